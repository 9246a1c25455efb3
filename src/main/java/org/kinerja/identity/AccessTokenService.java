package org.kinerja.identity;

import static org.kinerja.identity.db.Tables.ACCESS_TOKEN;
import static org.kinerja.identity.db.Tables.APP_USER;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.jooq.DSLContext;
import org.kinerja.shared.EntityChanged;
import org.kinerja.shared.InvalidInputException;
import org.kinerja.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal access tokens for the API. The secret is shown once, when created; only its SHA-256 is kept.
 */
@Service
public class AccessTokenService {

    static final String PREFIX = "knj_";
    private static final char[] ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A token as its owner sees it in the list (never the secret). */
    public record AccessToken(long id, String name, String prefix, OffsetDateTime createdAt, OffsetDateTime expiresAt,
                              OffsetDateTime lastUsedAt, boolean revoked) {
        public boolean expired() {
            return expiresAt != null && expiresAt.isBefore(OffsetDateTime.now());
        }
    }

    /** A token just created, with its secret. */
    public record CreatedToken(AccessToken token, String secret) {
    }

    private final DSLContext db;
    private final ApplicationEventPublisher events;

    AccessTokenService(DSLContext db, ApplicationEventPublisher events) {
        this.db = db;
        this.events = events;
    }

    @Transactional
    public CreatedToken create(long userId, String name, LocalDate expiresOn) {
        String trimmed = name == null ? "" : name.trim();
        new InvalidInputException.Collector()
                .check(!trimmed.isEmpty(), "name", "validation.required")
                .check(trimmed.length() <= 80, "name", "validation.length.max", 80)
                .check(expiresOn == null || expiresOn.isAfter(LocalDate.now(ZoneOffset.UTC)), "expiresOn", "token.expiry.past")
                .throwIfAny();
        String secret = PREFIX + randomString(40);
        OffsetDateTime expiresAt = expiresOn == null ? null : expiresOn.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC);
        long id = db.insertInto(ACCESS_TOKEN)
                .set(ACCESS_TOKEN.USER_ID, userId)
                .set(ACCESS_TOKEN.NAME, trimmed)
                .set(ACCESS_TOKEN.TOKEN_HASH, sha256(secret))
                .set(ACCESS_TOKEN.TOKEN_PREFIX, secret.substring(0, PREFIX.length() + 6))
                .set(ACCESS_TOKEN.EXPIRES_AT, expiresAt)
                .returning(ACCESS_TOKEN.ID).fetchOne(ACCESS_TOKEN.ID);
        events.publishEvent(EntityChanged.created("AccessToken", id)
                .field("user", null, userId).field("name", null, trimmed).field("expiresAt", null, expiresAt).build());
        return new CreatedToken(list(userId).stream().filter(t -> t.id() == id).findFirst().orElseThrow(), secret);
    }

    @Transactional(readOnly = true)
    public List<AccessToken> list(long userId) {
        return db.selectFrom(ACCESS_TOKEN).where(ACCESS_TOKEN.USER_ID.eq(userId))
                .orderBy(ACCESS_TOKEN.CREATED_AT.desc(), ACCESS_TOKEN.ID.desc())
                .fetch(r -> new AccessToken(r.getId(), r.getName(), r.getTokenPrefix(), r.getCreatedAt(), r.getExpiresAt(),
                        r.getLastUsedAt(), r.getRevokedAt() != null));
    }

    @Transactional
    public void revoke(long userId, long tokenId) {
        int n = db.update(ACCESS_TOKEN).set(ACCESS_TOKEN.REVOKED_AT, OffsetDateTime.now())
                .where(ACCESS_TOKEN.ID.eq(tokenId).and(ACCESS_TOKEN.USER_ID.eq(userId)).and(ACCESS_TOKEN.REVOKED_AT.isNull()))
                .execute();
        if (n == 0) {
            throw new NotFoundException("token.notFound");
        }
        events.publishEvent(EntityChanged.updated("AccessToken", tokenId).field("revoked", false, true).build());
    }

    /** The id of the active user owning a valid, unexpired, unrevoked token. */
    @Transactional
    Optional<Long> authenticate(String secret) {
        if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        OffsetDateTime now = OffsetDateTime.now();
        Optional<Long> userId = db.select(ACCESS_TOKEN.ID, ACCESS_TOKEN.USER_ID)
                .from(ACCESS_TOKEN).join(APP_USER).on(APP_USER.ID.eq(ACCESS_TOKEN.USER_ID))
                .where(ACCESS_TOKEN.TOKEN_HASH.eq(sha256(secret))
                        .and(ACCESS_TOKEN.REVOKED_AT.isNull())
                        .and(ACCESS_TOKEN.EXPIRES_AT.isNull().or(ACCESS_TOKEN.EXPIRES_AT.gt(now)))
                        .and(APP_USER.ACTIVE))
                .fetchOptional()
                .map(r -> {
                    db.update(ACCESS_TOKEN).set(ACCESS_TOKEN.LAST_USED_AT, now).where(ACCESS_TOKEN.ID.eq(r.value1())).execute();
                    return r.value2();
                });
        return userId;
    }

    static String sha256(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static String randomString(int length) {
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return out.toString();
    }
}
