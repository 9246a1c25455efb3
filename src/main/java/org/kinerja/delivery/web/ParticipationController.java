package org.kinerja.delivery.web;

import java.util.Set;

import org.kinerja.delivery.EventService;
import org.kinerja.identity.KinerjaUser;
import org.kinerja.identity.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The page of a member's participation in events ({@code /participation}): counts only.
 * A member focal point is held to their own member (another member's code answers 403); the other roles name
 * the member with {@code member}.
 */
@Controller
class ParticipationController {

    private static final Set<Role> FREE = Set.of(Role.ADMIN, Role.CO_MANAGER, Role.PROGRAMME_OFFICER,
            Role.MEL_OFFICER, Role.VIEWER);

    private final EventService events;
    private final DeliveryChoices choices;

    ParticipationController(EventService events, DeliveryChoices choices) {
        this.events = events;
        this.choices = choices;
    }

    /** The member the user may and wants to read: a focal point's own, or {@code member} for the other roles. */
    static String member(KinerjaUser user, String member) {
        boolean free = user.roles().stream().anyMatch(FREE::contains);
        if (free) {
            return member;
        }
        String own = user.memberCode();
        if (own == null || (member != null && !member.isBlank() && !member.strip().equalsIgnoreCase(own))) {
            throw new AccessDeniedException("a member focal point reads only their own member's participation");
        }
        return own;
    }

    @GetMapping("/participation")
    String page(@RequestParam(required = false) String member, @AuthenticationPrincipal KinerjaUser user, Model model) {
        String code = member(user, member);
        boolean chooses = user.roles().stream().anyMatch(FREE::contains);
        model.addAttribute("chooses", chooses);
        model.addAttribute("members", chooses ? choices.members() : java.util.List.of());
        model.addAttribute("member", code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT));
        model.addAttribute("result", code == null || code.isBlank() ? null : events.participation(code));
        return "delivery/participation";
    }
}
