package org.kinerja.delivery.web;

import org.kinerja.delivery.EventService;
import org.kinerja.delivery.MemberParticipation;
import org.kinerja.identity.KinerjaUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/participation?member=}: a member's participation in events, counts only; a member focal
 * point is held to their own member (another member's code answers 403).
 */
@RestController
class ParticipationApiController {

    private final EventService events;

    ParticipationApiController(EventService events) {
        this.events = events;
    }

    @GetMapping("/api/v1/participation")
    MemberParticipation participation(@RequestParam(required = false) String member,
                                      @AuthenticationPrincipal KinerjaUser user) {
        return events.participation(ParticipationController.member(user, member));
    }
}
