package org.kinerja.identity;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.kinerja.shared.ConflictException;
import org.kinerja.shared.EntityChanged;
import org.kinerja.shared.InvalidInputException;
import org.kinerja.shared.ListPage;
import org.kinerja.shared.NotFoundException;
import org.kinerja.shared.PageQuery;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Users and their roles: what administrators do to accounts, and what users do to their own password.
 */
@Service
public class UserService {

    static final int EMAIL_MAX = 254;
    static final int NAME_MAX = 120;
    /** ISO 3166 alpha-3 codes and the codes of member organisations (IOM, UNHCR, UNODC, ILO …). */
    private static final Pattern MEMBER_CODE = Pattern.compile("[A-Z]{2,8}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Set<String> LANGUAGES = Set.of("en", "id");

    private final UserRepository users;
    private final PasswordEncoder encoder;
    private final SignInGuard guard;
    private final ApplicationEventPublisher events;

    UserService(UserRepository users, PasswordEncoder encoder, SignInGuard guard, ApplicationEventPublisher events) {
        this.users = users;
        this.encoder = encoder;
        this.guard = guard;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public ListPage<UserAccount> list(String query, Role role, Boolean active, PageQuery page) {
        return users.list(query, role, active, page);
    }

    @Transactional(readOnly = true)
    public Optional<UserAccount> find(long id) {
        return users.findById(id).map(UserRepository.Row::account);
    }

    @Transactional(readOnly = true)
    public UserAccount get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("user.notFound", String.valueOf(id)));
    }

    /**
     * Creates a user with the password an administrator chose; since the administrator knows it, the
     * user must replace it at first sign-in.
     */
    @Transactional
    public UserAccount create(UserChange change) {
        return create(change, true);
    }

    /**
     * Creates a user; {@code mustChangePassword} false is for accounts whose password the user chose
     * (demo data, imports, tests).
     */
    @Transactional
    public UserAccount create(UserChange change, boolean mustChangePassword) {
        Normalised n = validate(change, null, true);
        long id = users.insert(n.email, n.displayName, n.roles, n.memberCode, n.language,
                encoder.encode(change.password()), mustChangePassword);
        events.publishEvent(EntityChanged.created("User", id)
                .field("email", null, n.email).field("displayName", null, n.displayName)
                .field("roles", null, n.roles.toString()).field("memberCode", null, n.memberCode)
                .field("preferredLanguage", null, n.language).field("active", null, true).build());
        return get(id);
    }

    @Transactional
    public UserAccount update(long id, UserChange change) {
        UserAccount before = get(id);
        Normalised n = validate(change, before, false);
        int version = change.version() == null ? before.version() : change.version();
        boolean active = change.active() == null ? before.active() : change.active();
        if (before.roles().contains(Role.ADMIN) && before.active() && (!active || !n.roles.contains(Role.ADMIN))
                && activeAdminsOtherThan(id) == 0) {
            throw InvalidInputException.of(active ? "roles" : "active", "user.lastAdmin");
        }
        if (!users.update(id, version, n.email, n.displayName, n.roles, n.memberCode, n.language, active)) {
            throw new ConflictException("version", "conflict.version", before.updatedAt());
        }
        EntityChanged.Builder audit = EntityChanged.updated("User", id)
                .field("email", before.email(), n.email).field("displayName", before.displayName(), n.displayName)
                .field("roles", before.roles().toString(), n.roles.toString())
                .field("memberCode", before.memberCode(), n.memberCode)
                .field("preferredLanguage", before.preferredLanguage(), n.language)
                .field("active", before.active(), active);
        if (change.password() != null && !change.password().isEmpty()) {
            users.setPassword(id, encoder.encode(change.password()), true);
            guard.unlock(n.email);
            audit.field("password", null, "temporary password set");
        }
        events.publishEvent(audit.build());
        return get(id);
    }

    private long activeAdminsOtherThan(long id) {
        return users.list(null, Role.ADMIN, true, new PageQuery(0, 2)).items().stream()
                .filter(u -> u.id() != id).count();
    }

    /** An administrator sets a temporary password; the user must change it at next sign-in. */
    @Transactional
    public void setTemporaryPassword(long id, String password) {
        UserAccount user = get(id);
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        PasswordPolicy.check("password", password, user.email(), errors);
        errors.throwIfAny();
        users.setPassword(id, encoder.encode(password), true);
        guard.unlock(user.email());
        events.publishEvent(EntityChanged.updated("User", id).field("password", null, "temporary password set").build());
    }

    @Transactional
    public UserAccount deactivate(long id) {
        UserAccount user = get(id);
        return update(id, new UserChange(user.email(), user.displayName(), user.roles(), user.memberCode(),
                user.preferredLanguage(), false, null, user.version()));
    }

    /** A user changes their own password, proving they know the current one. */
    @Transactional
    public void changeOwnPassword(long id, String currentPassword, String newPassword) {
        UserRepository.Row row = users.findById(id).orElseThrow(() -> new NotFoundException("user.notFound", String.valueOf(id)));
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        if (currentPassword == null || !encoder.matches(currentPassword, row.passwordHash())) {
            errors.add("currentPassword", "password.current.wrong");
        }
        PasswordPolicy.check("newPassword", newPassword, row.account().email(), errors);
        if (newPassword != null && newPassword.equals(currentPassword)) {
            errors.add("newPassword", "password.same");
        }
        errors.throwIfAny();
        users.setPassword(id, encoder.encode(newPassword), false);
        events.publishEvent(EntityChanged.updated("User", id).field("password", null, "changed by the user").build());
    }

    /** Creates the first administrator unless an active one exists; returns whether it did. */
    @Transactional
    public boolean createFirstAdministrator(String email, String displayName, String password, boolean mustChange) {
        if (users.anyActiveAdmin()) {
            return false;
        }
        String normalised = email.trim().toLowerCase();
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        errors.check(EMAIL.matcher(normalised).matches(), "email", "validation.email");
        PasswordPolicy.check("password", password, normalised, errors);
        errors.throwIfAny();
        if (users.emailTaken(normalised, null)) {
            throw new ConflictException("email", "user.email.taken", normalised);
        }
        long id = users.insert(normalised, displayName, EnumSet.of(Role.ADMIN), null, "en", encoder.encode(password), mustChange);
        events.publishEvent(EntityChanged.created("User", id).field("email", null, normalised)
                .field("roles", null, "[ADMIN]").field("origin", null, "first administrator").build());
        return true;
    }

    private record Normalised(String email, String displayName, Set<Role> roles, String memberCode, String language) {
    }

    private Normalised validate(UserChange change, UserAccount existing, boolean creating) {
        String email = change.email() == null ? "" : change.email().trim().toLowerCase();
        String name = change.displayName() == null ? "" : change.displayName().trim();
        Set<Role> roles = change.roles() == null || change.roles().isEmpty() ? EnumSet.noneOf(Role.class)
                : EnumSet.copyOf(change.roles());
        String member = change.memberCode() == null || change.memberCode().isBlank() ? null
                : change.memberCode().trim().toUpperCase();
        String language = change.preferredLanguage() == null || change.preferredLanguage().isBlank() ? "en"
                : change.preferredLanguage().trim();
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        if (email.isEmpty()) {
            errors.add("email", "validation.required");
        } else if (email.length() > EMAIL_MAX) {
            errors.add("email", "validation.length.max", EMAIL_MAX);
        } else if (!EMAIL.matcher(email).matches()) {
            errors.add("email", "validation.email");
        } else if (users.emailTaken(email, existing == null ? null : existing.id())) {
            errors.add("email", "user.email.taken", email);
        }
        if (name.isEmpty()) {
            errors.add("displayName", "validation.required");
        } else if (name.length() > NAME_MAX) {
            errors.add("displayName", "validation.length.max", NAME_MAX);
        }
        errors.check(!roles.isEmpty(), "roles", "user.roles.required");
        if (member != null && !MEMBER_CODE.matcher(member).matches()) {
            errors.add("memberCode", "user.memberCode.format");
        } else if (member == null && roles.stream().anyMatch(Role::needsMember)) {
            errors.add("memberCode", "user.memberCode.required");
        }
        errors.check(LANGUAGES.contains(language), "preferredLanguage", "user.language.unknown");
        if (creating) {
            PasswordPolicy.check("password", change.password(), email, errors);
        } else if (change.password() != null && !change.password().isEmpty()) {
            PasswordPolicy.check("password", change.password(), email, errors);
        }
        errors.throwIfAny();
        return new Normalised(email, name, roles, member, language);
    }
}
