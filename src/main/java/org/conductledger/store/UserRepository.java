package org.conductledger.store;

import static org.conductledger.store.jooq.Tables.APP_USER;
import static org.conductledger.store.jooq.Tables.APP_USER_ROLE;
import static org.conductledger.store.jooq.Tables.ORGANISATION;

import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.conductledger.model.Role;
import org.conductledger.model.UserAccount;
import org.conductledger.model.UserForm;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;

/** Users and their roles. Lists are confined to users of organisations in {@code scopePath}. */
public final class UserRepository {

    private final Database database;
    private final String scopePath;

    public UserRepository(Database database, String scopePath) {
        this.database = database;
        this.scopePath = scopePath;
    }

    private DSLContext dsl() {
        return database.dsl();
    }

    private Condition inScope() {
        return ORGANISATION.PATH.like(scopePath + "%");
    }

    public List<UserAccount> list() {
        return fetch(inScope());
    }

    public Optional<UserAccount> findById(long id) {
        return fetch(APP_USER.ID.eq(id).and(inScope())).stream().findFirst();
    }

    /** Login looks users up by name before any scope exists. */
    public Optional<UserAccount> findByUsernameAnywhere(String username) {
        return fetch(APP_USER.USERNAME.eq(username)).stream().findFirst();
    }

    public Optional<String> passwordHash(long id) {
        return dsl().select(APP_USER.PASSWORD_HASH).from(APP_USER).where(APP_USER.ID.eq(id)).fetchOptional(r -> r.value1());
    }

    /** Whether the name is taken, ignoring case: "Zhang" and "zhang" would be confused in the audit log. */
    public boolean usernameTakenAnywhere(String username) {
        return dsl().fetchExists(APP_USER, org.jooq.impl.DSL.lower(APP_USER.USERNAME).eq(username.toLowerCase(java.util.Locale.ROOT)));
    }

    public boolean isEmptyAnywhere() {
        return !dsl().fetchExists(APP_USER);
    }

    public long insert(UserForm form, String passwordHash, boolean mustChangePassword) {
        long id = dsl().insertInto(APP_USER)
                .set(APP_USER.USERNAME, form.username())
                .set(APP_USER.FULL_NAME, form.fullName().strip())
                .set(APP_USER.ORG_ID, form.orgId())
                .set(APP_USER.MEMBER_ID, form.memberId())
                .set(APP_USER.PASSWORD_HASH, passwordHash)
                .set(APP_USER.MUST_CHANGE_PASSWORD, mustChangePassword)
                .returningResult(APP_USER.ID)
                .fetchOne(r -> r.value1());
        for (Role role : form.roles()) {
            dsl().insertInto(APP_USER_ROLE).set(APP_USER_ROLE.USER_ID, id).set(APP_USER_ROLE.ROLE, role.name()).execute();
        }
        return id;
    }

    public void setPassword(long id, String passwordHash, boolean mustChange) {
        dsl().update(APP_USER)
                .set(APP_USER.PASSWORD_HASH, passwordHash)
                .set(APP_USER.MUST_CHANGE_PASSWORD, mustChange)
                .set(APP_USER.VERSION, APP_USER.VERSION.plus(1))
                .set(APP_USER.UPDATED_AT, OffsetDateTime.now())
                .where(APP_USER.ID.eq(id))
                .execute();
    }

    /** Full name, organisation and roles (the user name never changes: audit entries name it). */
    public void update(long id, UserForm form) {
        dsl().update(APP_USER)
                .set(APP_USER.FULL_NAME, form.fullName().strip())
                .set(APP_USER.ORG_ID, form.orgId())
                .set(APP_USER.VERSION, APP_USER.VERSION.plus(1))
                .set(APP_USER.UPDATED_AT, OffsetDateTime.now())
                .where(APP_USER.ID.eq(id))
                .execute();
        dsl().deleteFrom(APP_USER_ROLE).where(APP_USER_ROLE.USER_ID.eq(id)).execute();
        for (Role role : form.roles()) {
            dsl().insertInto(APP_USER_ROLE).set(APP_USER_ROLE.USER_ID, id).set(APP_USER_ROLE.ROLE, role.name()).execute();
        }
    }

    public void setActive(long id, boolean active) {
        dsl().update(APP_USER)
                .set(APP_USER.ACTIVE, active)
                .set(APP_USER.VERSION, APP_USER.VERSION.plus(1))
                .set(APP_USER.UPDATED_AT, OffsetDateTime.now())
                .where(APP_USER.ID.eq(id))
                .execute();
    }

    private List<UserAccount> fetch(Condition where) {
        List<Record> rows = dsl().select(APP_USER.fields()).select(ORGANISATION.NAME)
                .from(APP_USER).join(ORGANISATION).on(ORGANISATION.ID.eq(APP_USER.ORG_ID))
                .where(where).orderBy(APP_USER.USERNAME).fetch();
        Map<Long, Set<Role>> roles = dsl().selectFrom(APP_USER_ROLE)
                .where(APP_USER_ROLE.USER_ID.in(rows.stream().map(r -> r.get(APP_USER.ID)).toList()))
                .fetch().stream()
                .collect(Collectors.groupingBy(r -> r.getUserId(),
                        Collectors.mapping(r -> Role.valueOf(r.getRole()), Collectors.toCollection(() -> EnumSet.noneOf(Role.class)))));
        return rows.stream().map(r -> new UserAccount(r.get(APP_USER.ID), r.get(APP_USER.USERNAME), r.get(APP_USER.FULL_NAME),
                r.get(APP_USER.ORG_ID), r.get(ORGANISATION.NAME), r.get(APP_USER.MEMBER_ID),
                roles.getOrDefault(r.get(APP_USER.ID), EnumSet.noneOf(Role.class)), r.get(APP_USER.ACTIVE),
                r.get(APP_USER.MUST_CHANGE_PASSWORD), r.get(APP_USER.VERSION))).toList();
    }
}
