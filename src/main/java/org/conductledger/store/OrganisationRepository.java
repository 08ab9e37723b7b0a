package org.conductledger.store;

import static org.conductledger.store.jooq.Tables.MEMBER;
import static org.conductledger.store.jooq.Tables.ORGANISATION;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.conductledger.model.OrgType;
import org.conductledger.model.Organisation;
import org.conductledger.model.OrganisationForm;
import org.conductledger.model.OrganisationRules;
import org.conductledger.store.jooq.tables.records.OrganisationRecord;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Organisations, mapped to {@link Organisation} at this boundary. Every read and write is confined to
 * the subtree {@code scopePath} (the user's organisation and below): out of scope is "not found".
 */
public final class OrganisationRepository {

    private final Database database;
    private final String scopePath;

    public OrganisationRepository(Database database, String scopePath) {
        this.database = database;
        this.scopePath = scopePath;
    }

    private org.jooq.Condition inScope() {
        return ORGANISATION.PATH.like(scopePath + "%");
    }

    private DSLContext dsl() {
        return database.dsl();
    }

    public List<Organisation> findAll() {
        return dsl().selectFrom(ORGANISATION).where(inScope()).orderBy(ORGANISATION.PATH).fetch(OrganisationRepository::toModel);
    }

    public Optional<Organisation> findById(long id) {
        return dsl().selectFrom(ORGANISATION).where(ORGANISATION.ID.eq(id).and(inScope()))
                .fetchOptional(OrganisationRepository::toModel);
    }

    public Optional<Organisation> findByCode(String code) {
        return dsl().selectFrom(ORGANISATION).where(ORGANISATION.CODE.eq(code).and(inScope()))
                .fetchOptional(OrganisationRepository::toModel);
    }

    /** Whether any organisation, in scope or not, uses {@code code}: codes are unique across the database. */
    public boolean codeTakenAnywhere(String code, Long exceptId) {
        return dsl().fetchExists(ORGANISATION, ORGANISATION.CODE.eq(code)
                .and(exceptId == null ? org.jooq.impl.DSL.noCondition() : ORGANISATION.ID.ne(exceptId)));
    }

    /** Whether the database has no organisation at all (first start). */
    public boolean isEmptyAnywhere() {
        return !dsl().fetchExists(ORGANISATION);
    }

    /** The first root organisation, whatever the scope (used once, when a legacy database is secured). */
    public Optional<Organisation> firstRootAnywhere() {
        return dsl().selectFrom(ORGANISATION).where(ORGANISATION.PARENT_ID.isNull()).orderBy(ORGANISATION.ID).limit(1)
                .fetchOptional(OrganisationRepository::toModel);
    }

    /** Inserts a new organisation under {@code parent} (null for a root) and returns its id. */
    public long insert(OrganisationForm form, Organisation parent) {
        OrganisationRecord record = dsl().newRecord(ORGANISATION);
        record.setCode(form.code());
        record.setName(form.name().strip());
        record.setOrgType(form.type().name());
        record.setParentId(parent == null ? null : parent.id());
        record.setPath("/");
        record.setEstablishedOn(form.establishedOn());
        record.setSecretaryId(form.secretaryId());
        record.store();
        long id = record.getId();
        record.setPath(OrganisationRules.childPath(parent == null ? null : parent.path(), id));
        record.store();
        return id;
    }

    /** Updates name, code, type, date and secretary; false when someone changed the row since {@code version}. */
    public boolean update(long id, int version, OrganisationForm form) {
        return dsl().update(ORGANISATION)
                .set(ORGANISATION.NAME, form.name().strip())
                .set(ORGANISATION.CODE, form.code())
                .set(ORGANISATION.ORG_TYPE, form.type().name())
                .set(ORGANISATION.ESTABLISHED_ON, form.establishedOn())
                .set(ORGANISATION.SECRETARY_ID, form.secretaryId())
                .set(ORGANISATION.VERSION, ORGANISATION.VERSION.plus(1))
                .set(ORGANISATION.UPDATED_AT, OffsetDateTime.now())
                .where(ORGANISATION.ID.eq(id).and(ORGANISATION.VERSION.eq(version)).and(inScope()))
                .execute() == 1;
    }

    /** Re-parents {@code org} and rewrites the path of its whole subtree in one statement. */
    public void move(Organisation org, Organisation newParent) {
        String newPath = OrganisationRules.childPath(newParent.path(), org.id());
        dsl().update(ORGANISATION)
                .set(ORGANISATION.PARENT_ID, newParent.id())
                .where(ORGANISATION.ID.eq(org.id()).and(inScope()))
                .execute();
        dsl().update(ORGANISATION)
                .set(ORGANISATION.PATH, DSL.inline(newPath).concat(DSL.substring(ORGANISATION.PATH, org.path().length() + 1)))
                .set(ORGANISATION.VERSION, ORGANISATION.VERSION.plus(1))
                .set(ORGANISATION.UPDATED_AT, OffsetDateTime.now())
                .where(ORGANISATION.PATH.like(org.path() + "%"))
                .execute();
    }

    /** Clears {@code orgId}'s secretary if it is {@code memberId}. */
    public void clearSecretary(long orgId, long memberId) {
        dsl().update(ORGANISATION)
                .setNull(ORGANISATION.SECRETARY_ID)
                .set(ORGANISATION.VERSION, ORGANISATION.VERSION.plus(1))
                .set(ORGANISATION.UPDATED_AT, OffsetDateTime.now())
                .where(ORGANISATION.ID.eq(orgId).and(ORGANISATION.SECRETARY_ID.eq(memberId)).and(inScope()))
                .execute();
    }

    public void setActive(long id, boolean active) {
        dsl().update(ORGANISATION)
                .set(ORGANISATION.ACTIVE, active)
                .set(ORGANISATION.VERSION, ORGANISATION.VERSION.plus(1))
                .set(ORGANISATION.UPDATED_AT, OffsetDateTime.now())
                .where(ORGANISATION.ID.eq(id).and(inScope()))
                .execute();
    }

    /** Active organisations strictly below {@code org}. */
    public int countActiveDescendants(Organisation org) {
        return dsl().fetchCount(ORGANISATION, ORGANISATION.PATH.like(org.path() + "%")
                .and(ORGANISATION.ID.ne(org.id())).and(ORGANISATION.ACTIVE.isTrue()));
    }

    /** Current members directly in {@code orgId}. */
    public int countCurrentMembers(long orgId) {
        return dsl().fetchCount(MEMBER, MEMBER.ORG_ID.eq(orgId).and(MEMBER.CURRENT_ID_NUMBER.isNotNull()));
    }

    /** Whether {@code memberId} is a current member directly in {@code orgId}. */
    public boolean isCurrentMemberOf(long memberId, long orgId) {
        return dsl().fetchExists(MEMBER, MEMBER.ID.eq(memberId).and(MEMBER.ORG_ID.eq(orgId))
                .and(MEMBER.CURRENT_ID_NUMBER.isNotNull()));
    }

    /** Current members per organisation of the scope, directly in it (organisations without any are absent). */
    public java.util.Map<Long, Integer> currentMemberCounts() {
        return dsl().select(MEMBER.ORG_ID, DSL.count()).from(MEMBER).join(ORGANISATION).on(ORGANISATION.ID.eq(MEMBER.ORG_ID))
                .where(inScope()).and(MEMBER.CURRENT_ID_NUMBER.isNotNull())
                .groupBy(MEMBER.ORG_ID)
                .fetchMap(r -> r.value1(), r -> r.value2());
    }

    static Organisation toModel(OrganisationRecord r) {
        return new Organisation(r.getId(), r.getCode(), r.getName(), OrgType.valueOf(r.getOrgType()), r.getParentId(),
                r.getPath(), r.getSecretaryId(), r.getEstablishedOn(), r.getActive(), r.getVersion());
    }
}
