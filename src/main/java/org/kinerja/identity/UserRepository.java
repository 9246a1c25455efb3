package org.kinerja.identity;

import static org.kinerja.identity.db.Tables.APP_USER;
import static org.kinerja.identity.db.Tables.USER_ROLE;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.select;

import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.kinerja.shared.ListPage;
import org.kinerja.shared.PageQuery;
import org.springframework.stereotype.Repository;

@Repository
class UserRepository {

    private final DSLContext db;

    UserRepository(DSLContext db) {
        this.db = db;
    }

    record Row(UserAccount account, String passwordHash) {
    }

    private Field<List<String>> roles() {
        return multiset(select(USER_ROLE.ROLE).from(USER_ROLE).where(USER_ROLE.USER_ID.eq(APP_USER.ID)))
                .convertFrom(r -> r.map(rec -> rec.value1()));
    }

    private Optional<Row> findOne(Condition condition) {
        return db.select(APP_USER.asterisk(), roles().as("roles"))
                .from(APP_USER)
                .where(condition)
                .fetchOptional(this::toRow);
    }

    Optional<Row> findByEmail(String email) {
        return findOne(APP_USER.EMAIL.eq(email.toLowerCase()));
    }

    Optional<Row> findById(long id) {
        return findOne(APP_USER.ID.eq(id));
    }

    boolean emailTaken(String email, Long exceptId) {
        return db.fetchExists(APP_USER, APP_USER.EMAIL.eq(email)
                .and(exceptId == null ? noCondition() : APP_USER.ID.ne(exceptId)));
    }

    boolean anyActiveAdmin() {
        return db.fetchExists(select(APP_USER.ID).from(APP_USER).join(USER_ROLE).on(USER_ROLE.USER_ID.eq(APP_USER.ID))
                .where(USER_ROLE.ROLE.eq(Role.ADMIN.name()).and(APP_USER.ACTIVE)));
    }

    ListPage<UserAccount> list(String query, Role role, Boolean active, PageQuery page) {
        Condition where = noCondition();
        if (query != null && !query.isBlank()) {
            String like = "%" + query.trim().toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            where = where.and(APP_USER.EMAIL.like(like).or(APP_USER.DISPLAY_NAME.lower().like(like)));
        }
        if (role != null) {
            where = where.and(APP_USER.ID.in(select(USER_ROLE.USER_ID).from(USER_ROLE).where(USER_ROLE.ROLE.eq(role.name()))));
        }
        if (active != null) {
            where = where.and(APP_USER.ACTIVE.eq(active));
        }
        long total = db.fetchCount(APP_USER, where);
        List<UserAccount> items = db.select(APP_USER.asterisk(), roles().as("roles"))
                .from(APP_USER)
                .where(where)
                .orderBy(APP_USER.DISPLAY_NAME, APP_USER.ID)
                .limit(page.size()).offset(page.offset())
                .fetch(r -> toRow(r).account());
        return new ListPage<>(items, page.page(), page.size(), total);
    }

    long insert(String email, String displayName, Set<Role> roles, String memberCode, String language,
                String passwordHash, boolean mustChangePassword) {
        long id = db.insertInto(APP_USER)
                .set(APP_USER.EMAIL, email)
                .set(APP_USER.DISPLAY_NAME, displayName)
                .set(APP_USER.MEMBER_CODE, memberCode)
                .set(APP_USER.PREFERRED_LANGUAGE, language)
                .set(APP_USER.PASSWORD_HASH, passwordHash)
                .set(APP_USER.MUST_CHANGE_PASSWORD, mustChangePassword)
                .returning(APP_USER.ID)
                .fetchOne(APP_USER.ID);
        replaceRoles(id, roles);
        return id;
    }

    /** Updates the profile fields; false when the version no longer matches. */
    boolean update(long id, int expectedVersion, String email, String displayName, Set<Role> roles,
                   String memberCode, String language, boolean active) {
        int updated = db.update(APP_USER)
                .set(APP_USER.EMAIL, email)
                .set(APP_USER.DISPLAY_NAME, displayName)
                .set(APP_USER.MEMBER_CODE, memberCode)
                .set(APP_USER.PREFERRED_LANGUAGE, language)
                .set(APP_USER.ACTIVE, active)
                .set(APP_USER.VERSION, APP_USER.VERSION.plus(1))
                .set(APP_USER.UPDATED_AT, OffsetDateTime.now())
                .where(APP_USER.ID.eq(id).and(APP_USER.VERSION.eq(expectedVersion)))
                .execute();
        if (updated == 1) {
            replaceRoles(id, roles);
        }
        return updated == 1;
    }

    void setPassword(long id, String passwordHash, boolean mustChange) {
        db.update(APP_USER)
                .set(APP_USER.PASSWORD_HASH, passwordHash)
                .set(APP_USER.MUST_CHANGE_PASSWORD, mustChange)
                .set(APP_USER.VERSION, APP_USER.VERSION.plus(1))
                .set(APP_USER.UPDATED_AT, OffsetDateTime.now())
                .where(APP_USER.ID.eq(id))
                .execute();
    }

    private void replaceRoles(long id, Set<Role> roles) {
        db.deleteFrom(USER_ROLE).where(USER_ROLE.USER_ID.eq(id)).execute();
        for (Role role : roles) {
            db.insertInto(USER_ROLE).set(USER_ROLE.USER_ID, id).set(USER_ROLE.ROLE, role.name()).execute();
        }
    }

    private Row toRow(Record r) {
        @SuppressWarnings("unchecked")
        List<String> roleNames = (List<String>) r.get("roles");
        Set<Role> roles = EnumSet.noneOf(Role.class);
        roleNames.forEach(name -> roles.add(Role.valueOf(name)));
        UserAccount account = new UserAccount(r.get(APP_USER.ID), r.get(APP_USER.EMAIL), r.get(APP_USER.DISPLAY_NAME),
                roles, r.get(APP_USER.MEMBER_CODE), r.get(APP_USER.PREFERRED_LANGUAGE), r.get(APP_USER.ACTIVE),
                r.get(APP_USER.MUST_CHANGE_PASSWORD), r.get(APP_USER.VERSION), r.get(APP_USER.CREATED_AT),
                r.get(APP_USER.UPDATED_AT));
        return new Row(account, r.get(APP_USER.PASSWORD_HASH));
    }
}
