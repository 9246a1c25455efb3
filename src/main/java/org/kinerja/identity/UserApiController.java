package org.kinerja.identity;

import java.io.IOException;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import org.kinerja.exchange.ExportResponses;
import org.kinerja.shared.ListPage;
import org.kinerja.shared.PageQuery;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/users} for administrators and {@code /api/v1/me} for everyone signed in.
 */
@RestController
@RequestMapping("/api/v1")
class UserApiController {

    private final UserService users;
    private final ExportResponses exports;

    UserApiController(UserService users, ExportResponses exports) {
        this.users = users;
        this.exports = exports;
    }

    /** A user as the API shows it; never the password. */
    record UserJson(long id, String email, String displayName, Set<Role> roles, String memberCode,
                    String preferredLanguage, boolean active, boolean mustChangePassword, int version,
                    OffsetDateTime createdAt, OffsetDateTime updatedAt) {
        static UserJson of(UserAccount a) {
            return new UserJson(a.id(), a.email(), a.displayName(), a.roles(), a.memberCode(), a.preferredLanguage(),
                    a.active(), a.mustChangePassword(), a.version(), a.createdAt(), a.updatedAt());
        }
    }

    record UserRequest(
            @NotBlank(message = "{validation.required}") @Size(max = UserService.EMAIL_MAX, message = "{validation.size.max}") String email,
            @NotBlank(message = "{validation.required}") @Size(max = UserService.NAME_MAX, message = "{validation.size.max}") String displayName,
            @NotEmpty(message = "{user.roles.required}") Set<Role> roles,
            @Size(max = 8, message = "{validation.size.max}") String memberCode,
            @Size(max = 8, message = "{validation.size.max}") String preferredLanguage,
            @Size(max = PasswordPolicy.MAX_LENGTH, message = "{validation.size.max}") String password,
            Boolean active,
            Integer version) {
        UserChange toChange() {
            return new UserChange(email, displayName, roles, memberCode, preferredLanguage, active, password, version);
        }
    }

    @GetMapping("/me")
    UserJson me(@AuthenticationPrincipal KinerjaUser me) {
        return UserJson.of(users.get(me.id()));
    }

    @GetMapping("/users")
    @PreAuthorize("hasRole('ADMIN')")
    ListPage<UserJson> list(@RequestParam(required = false) String q, @RequestParam(required = false) Role role,
                            @RequestParam(required = false) Boolean active,
                            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return users.list(q, role, active, PageQuery.of(page, size)).map(UserJson::of);
    }

    /** The whole list with the same filters as a file: {@code ?format=csv} or {@code ?format=xlsx}. */
    @GetMapping(value = "/users", params = "format")
    @PreAuthorize("hasRole('ADMIN')")
    void export(@RequestParam String format, @RequestParam(required = false) String q,
                @RequestParam(required = false) Role role, @RequestParam(required = false) Boolean active,
                HttpServletResponse response) throws IOException {
        exports.write(format, UserExport.TABLE, UserExport.rows(users, q, role, active), UserExport.FILE_NAME, response);
    }

    @GetMapping("/users/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    UserJson get(@PathVariable long id) {
        return UserJson.of(users.get(id));
    }

    @PostMapping("/users")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<UserJson> create(@Valid @RequestBody UserRequest request) {
        UserAccount created = users.create(request.toChange());
        return ResponseEntity.created(URI.create("/api/v1/users/" + created.id())).body(UserJson.of(created));
    }

    @PutMapping("/users/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    UserJson update(@PathVariable long id, @Valid @RequestBody UserRequest request) {
        return UserJson.of(users.update(id, request.toChange()));
    }
}
