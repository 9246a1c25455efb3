package org.kinerja.request.web;

import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.kinerja.exchange.ExportResponses;
import org.kinerja.exchange.RowSource;
import org.kinerja.identity.KinerjaUser;
import org.kinerja.request.MemberRequest;
import org.kinerja.request.MemberRequestFilter;
import org.kinerja.request.MemberRequestInput;
import org.kinerja.request.MemberRequestService;
import org.kinerja.request.MemberRequestStatus;
import org.kinerja.request.RequestViewer;
import org.kinerja.request.StatusChange;
import org.kinerja.request.StatusHistoryEntry;
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
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Member requests over {@code /api/v1/requests}: lists (filters {@code status}, {@code type},
 * {@code requester} = member code, {@code body:<id>} or {@code CO_CHAIRS}, {@code officer}, {@code overdue},
 * {@code from}, {@code to}) and exports ({@code ?format=csv|xlsx}) for every role — a member focal point
 * gets only their own member's requests, and 404 for another's; focal points and officers submit
 * requests; officers, Co-Managers and administrators edit them and move their status.
 */
@RestController
@RequestMapping("/api/v1/requests")
class MemberRequestApiController {

    private final MemberRequestService requests;
    private final ExportResponses exports;

    MemberRequestApiController(MemberRequestService requests, ExportResponses exports) {
        this.requests = requests;
        this.exports = exports;
    }

    /** The body of {@code POST /api/v1/requests/{id}/status}. */
    record StatusRequest(MemberRequestStatus status, LocalDate date, String reason, Integer version) {
    }

    static RequestViewer viewer(KinerjaUser user) {
        return RequestViewer.of(user.id(), user.roles(), user.memberCode());
    }

    @GetMapping
    ListPage<MemberRequest> list(@RequestParam(required = false) String status, @RequestParam(required = false) String type,
                                 @RequestParam(required = false) String requester,
                                 @RequestParam(required = false) String officer,
                                 @RequestParam(required = false) String overdue, @RequestParam(required = false) String from,
                                 @RequestParam(required = false) String to,
                                 @RequestParam(required = false) String openOn,
                                 @RequestParam(required = false) String dueBefore, @RequestParam(required = false) Integer page,
                                 @RequestParam(required = false) Integer size, @AuthenticationPrincipal KinerjaUser user) {
        MemberRequestFilter filter = new RequestParams(status, type, requester, officer, overdue, from, to, openOn,
                dueBefore).toFilter();
        return requests.list(filter, PageQuery.of(page, size), viewer(user));
    }

    /** The whole filtered list as a file: {@code ?format=csv} or {@code ?format=xlsx}. */
    @GetMapping(params = "format")
    void export(@RequestParam String format, @RequestParam(required = false) String status,
                @RequestParam(required = false) String type, @RequestParam(required = false) String requester,
                @RequestParam(required = false) String officer, @RequestParam(required = false) String overdue,
                @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                @RequestParam(required = false) String openOn,
                @RequestParam(required = false) String dueBefore,
                @AuthenticationPrincipal KinerjaUser user, HttpServletResponse response) throws IOException {
        MemberRequestFilter filter = new RequestParams(status, type, requester, officer, overdue, from, to, openOn,
                dueBefore).toFilter();
        RequestViewer viewer = viewer(user);
        exports.write(format, RequestExports.REQUESTS, RowSource.paged(page -> requests.list(filter, page, viewer).items()), "requests",
                response);
    }

    @GetMapping("/{id}")
    MemberRequest get(@PathVariable long id, @AuthenticationPrincipal KinerjaUser user) {
        return requests.get(id, viewer(user));
    }

    @GetMapping("/{id}/history")
    List<StatusHistoryEntry> history(@PathVariable long id, @AuthenticationPrincipal KinerjaUser user) {
        return requests.history(id, viewer(user));
    }

    @PostMapping
    @PreAuthorize(RequestWebConfig.SUBMITTER_RULE)
    ResponseEntity<MemberRequest> create(@RequestBody MemberRequestInput input, @AuthenticationPrincipal KinerjaUser user) {
        MemberRequest r = requests.create(input, viewer(user));
        URI location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(r.id()).toUri();
        return ResponseEntity.created(location).body(r);
    }

    @PutMapping("/{id}")
    @PreAuthorize(RequestWebConfig.WRITER_RULE)
    MemberRequest update(@PathVariable long id, @RequestBody MemberRequestInput input) {
        return requests.update(id, input);
    }

    @PostMapping("/{id}/status")
    @PreAuthorize(RequestWebConfig.WRITER_RULE)
    MemberRequest status(@PathVariable long id, @RequestBody StatusRequest body, @AuthenticationPrincipal KinerjaUser user) {
        return requests.changeStatus(id, new StatusChange(body.status(), body.date(), body.reason()), body.version(),
                viewer(user));
    }
}
