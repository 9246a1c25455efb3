package org.kinerja.identity;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

@Component
class KinerjaUserDetailsService implements UserDetailsService {

    private final UserRepository users;

    KinerjaUserDetailsService(UserRepository users) {
        this.users = users;
    }

    @Override
    public KinerjaUser loadUserByUsername(String email) {
        return users.findByEmail(SignInGuard.normalise(email))
                .map(KinerjaUserDetailsService::principal)
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
    }

    KinerjaUser loadById(long id) {
        return users.findById(id).map(KinerjaUserDetailsService::principal)
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
    }

    static KinerjaUser principal(UserRepository.Row row) {
        UserAccount a = row.account();
        return new KinerjaUser(a.id(), a.email(), a.displayName(), a.roles(), a.memberCode(), a.preferredLanguage(),
                a.active(), a.mustChangePassword(), row.passwordHash());
    }
}
