package org.kinerja.identity;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * E-mail and password sign-in with the lock-out rule around it. Every failure, for whatever reason
 * (unknown e-mail, wrong password, deactivated account), answers the same.
 */
class GuardedAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final SignInGuard guard;
    private final UserRepository users;
    private final boolean auditSuccess;

    GuardedAuthenticationProvider(DaoAuthenticationProvider passwords, SignInGuard guard, UserRepository users,
                                  boolean auditSuccess) {
        this.passwords = passwords;
        this.guard = guard;
        this.users = users;
        this.auditSuccess = auditSuccess;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String email = SignInGuard.normalise(authentication.getName());
        String remote = authentication.getDetails() instanceof WebAuthenticationDetails d ? d.getRemoteAddress() : null;
        Long userId = users.findByEmail(email).map(r -> r.account().id()).orElse(null);
        if (guard.lockedUntil(email).isPresent()) {
            guard.recordLockedAttempt(email, userId, remote);
            throw new LockedException("locked");
        }
        try {
            Authentication result = passwords.authenticate(authentication);
            guard.recordSuccess(email, userId, remote, auditSuccess);
            return result;
        } catch (AuthenticationException e) {
            if (guard.recordFailure(email, userId, remote)) {
                throw new LockedException("locked");
            }
            throw new BadCredentialsException("bad credentials");
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
