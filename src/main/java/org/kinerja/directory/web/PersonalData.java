package org.kinerja.directory.web;

import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * Who may see contacts' personal data (e-mail and phone): administrators, Co-Managers, programme officers
 * and MEL officers. Viewers and member focal points see names, titles and organisations only.
 */
final class PersonalData {

    private static final Set<String> ALLOWED = Set.of("ROLE_ADMIN", "ROLE_CO_MANAGER", "ROLE_PROGRAMME_OFFICER",
            "ROLE_MEL_OFFICER");

    private PersonalData() {
    }

    static boolean visibleTo(Authentication auth) {
        return auth != null && auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(ALLOWED::contains);
    }
}
