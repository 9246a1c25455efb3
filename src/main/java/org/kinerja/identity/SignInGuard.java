package org.kinerja.identity;

import static org.kinerja.identity.db.Tables.SIGN_IN_FAILURE;
import static org.kinerja.identity.db.Tables.SIGN_IN_LOCK;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;

import org.jooq.DSLContext;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed sign-ins per e-mail typed and locks that e-mail for a while after too many. It works the
 * same for addresses without an account, so neither the messages nor the lock reveal which exist.
 */
@Component
class SignInGuard {

    private final DSLContext db;
    private final ApplicationEventPublisher events;
    private final int maxFailures;
    private final Duration window;
    private final Duration lockDuration;

    SignInGuard(DSLContext db, ApplicationEventPublisher events,
                @Value("${kinerja.security.max-failed-sign-ins:5}") int maxFailures,
                @Value("${kinerja.security.failure-window:15m}") Duration window,
                @Value("${kinerja.security.lock-duration:15m}") Duration lockDuration) {
        this.db = db;
        this.events = events;
        this.maxFailures = maxFailures;
        this.window = window;
        this.lockDuration = lockDuration;
    }

    Duration lockDuration() {
        return lockDuration;
    }

    @Transactional(readOnly = true)
    Optional<OffsetDateTime> lockedUntil(String email) {
        return db.select(SIGN_IN_LOCK.LOCKED_UNTIL).from(SIGN_IN_LOCK)
                .where(SIGN_IN_LOCK.EMAIL.eq(normalise(email)).and(SIGN_IN_LOCK.LOCKED_UNTIL.gt(OffsetDateTime.now())))
                .fetchOptional(SIGN_IN_LOCK.LOCKED_UNTIL);
    }

    /** An attempt while locked: refused without looking at the password, and recorded. */
    @Transactional
    void recordLockedAttempt(String email, Long userId, String remoteAddress) {
        events.publishEvent(new SignInAttempted(normalise(email), userId, SignInAttempted.Outcome.LOCKED, remoteAddress));
    }

    /**
     * Records a failed attempt; returns whether it locked the e-mail.
     */
    @Transactional
    boolean recordFailure(String email, Long userId, String remoteAddress) {
        String key = normalise(email);
        OffsetDateTime now = OffsetDateTime.now();
        db.insertInto(SIGN_IN_FAILURE).set(SIGN_IN_FAILURE.EMAIL, key).set(SIGN_IN_FAILURE.FAILED_AT, now).execute();
        int recent = db.fetchCount(SIGN_IN_FAILURE, SIGN_IN_FAILURE.EMAIL.eq(key)
                .and(SIGN_IN_FAILURE.FAILED_AT.gt(now.minus(window))));
        boolean locks = recent >= maxFailures;
        if (locks) {
            db.insertInto(SIGN_IN_LOCK).set(SIGN_IN_LOCK.EMAIL, key).set(SIGN_IN_LOCK.LOCKED_UNTIL, now.plus(lockDuration))
                    .onConflict(SIGN_IN_LOCK.EMAIL).doUpdate().set(SIGN_IN_LOCK.LOCKED_UNTIL, now.plus(lockDuration))
                    .execute();
            db.deleteFrom(SIGN_IN_FAILURE).where(SIGN_IN_FAILURE.EMAIL.eq(key)).execute();
        }
        events.publishEvent(new SignInAttempted(key, userId,
                locks ? SignInAttempted.Outcome.LOCKED : SignInAttempted.Outcome.FAILURE, remoteAddress));
        return locks;
    }

    @Transactional
    void recordSuccess(String email, Long userId, String remoteAddress, boolean audit) {
        String key = normalise(email);
        db.deleteFrom(SIGN_IN_FAILURE).where(SIGN_IN_FAILURE.EMAIL.eq(key)).execute();
        if (audit) {
            events.publishEvent(new SignInAttempted(key, userId, SignInAttempted.Outcome.SUCCESS, remoteAddress));
        }
    }

    /** An administrator unlocks a user, e.g. after setting a temporary password. */
    @Transactional
    void unlock(String email) {
        String key = normalise(email);
        db.deleteFrom(SIGN_IN_LOCK).where(SIGN_IN_LOCK.EMAIL.eq(key)).execute();
        db.deleteFrom(SIGN_IN_FAILURE).where(SIGN_IN_FAILURE.EMAIL.eq(key)).execute();
    }

    static String normalise(String email) {
        String e = email == null ? "" : email.trim().toLowerCase();
        return e.length() > 254 ? e.substring(0, 254) : e;
    }
}
