package org.conductledger.store;

import static org.conductledger.store.jooq.Tables.MEMBER;
import static org.conductledger.store.jooq.Tables.ORGANISATION;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.conductledger.model.CadreRank;
import org.conductledger.model.Gender;
import org.conductledger.model.Member;
import org.conductledger.model.MemberCategory;
import org.conductledger.model.MemberForm;
import org.conductledger.model.MemberStatus;
import org.conductledger.model.MemberSummary;
import org.conductledger.model.Organisation;
import org.conductledger.store.jooq.tables.records.MemberRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;

/**
 * Members, mapped to {@link Member} and {@link MemberSummary} at this boundary. Every read and write is
 * confined to members of organisations in the subtree {@code scopePath}.
 */
public final class MemberRepository {

    private final Database database;
    private final String scopePath;

    public MemberRepository(Database database, String scopePath) {
        this.database = database;
        this.scopePath = scopePath;
    }

    /** The member's organisation lies in scope. */
    private Condition inScope() {
        return MEMBER.ORG_ID.in(org.jooq.impl.DSL.select(ORGANISATION.ID).from(ORGANISATION)
                .where(ORGANISATION.PATH.like(scopePath + "%")));
    }

    private DSLContext dsl() {
        return database.dsl();
    }

    /** The roster of {@code org} (and, with {@code subtree}, of every organisation below it). */
    public List<MemberSummary> roster(Organisation org, boolean subtree, boolean includeFormer) {
        Condition where = (subtree ? ORGANISATION.PATH.like(org.path() + "%") : MEMBER.ORG_ID.eq(org.id()))
                .and(ORGANISATION.PATH.like(scopePath + "%"));
        if (!includeFormer) {
            where = where.and(MEMBER.CURRENT_ID_NUMBER.isNotNull());
        }
        return dsl().select(MEMBER.ID, MEMBER.NAME, MEMBER.GENDER, MEMBER.ID_NUMBER, MEMBER.BIRTH_DATE, MEMBER.CATEGORY,
                        MEMBER.JOINED_ON, MEMBER.ORG_ID, ORGANISATION.NAME, MEMBER.WORK_UNIT_POST, MEMBER.IS_CADRE,
                        MEMBER.CADRE_RANK, MEMBER.STATUS)
                .from(MEMBER).join(ORGANISATION).on(ORGANISATION.ID.eq(MEMBER.ORG_ID))
                .where(where)
                .orderBy(ORGANISATION.PATH, MEMBER.ID)
                .fetch(r -> new MemberSummary(r.value1(), r.value2(), Gender.valueOf(r.value3()), r.value4(), r.value5(),
                        MemberCategory.valueOf(r.value6()), r.value7(), r.value8(), r.value9(), r.value10(), r.value11(),
                        CadreRank.valueOf(r.value12()), MemberStatus.valueOf(r.value13())));
    }

    public Optional<Member> findById(long id) {
        return dsl().selectFrom(MEMBER).where(MEMBER.ID.eq(id).and(inScope())).fetchOptional(MemberRepository::toModel);
    }

    /**
     * The current (not transferred out, not left, not deceased) member holding {@code idNumber}, in any
     * organisation: ID numbers are unique across the database. Callers reveal nothing of an
     * out-of-scope holder but the fact.
     */
    public Optional<Member> findCurrentByIdNumberAnywhere(String idNumber) {
        return dsl().selectFrom(MEMBER).where(MEMBER.CURRENT_ID_NUMBER.eq(idNumber))
                .fetchOptional(MemberRepository::toModel);
    }

    /** The current members holding any of {@code idNumbers}, anywhere (the bulk form of findCurrentByIdNumberAnywhere). */
    public java.util.Map<String, Member> currentHoldersAnywhere(java.util.Collection<String> idNumbers) {
        java.util.Map<String, Member> holders = new java.util.HashMap<>();
        List<String> all = List.copyOf(idNumbers);
        for (int from = 0; from < all.size(); from += 1_000) {
            dsl().selectFrom(MEMBER).where(MEMBER.CURRENT_ID_NUMBER.in(all.subList(from, Math.min(all.size(), from + 1_000))))
                    .forEach(r -> holders.put(r.getCurrentIdNumber(), toModel(r)));
        }
        return holders;
    }

    /** Inserts many members (forms already checked) in batches; returns their ids in order. */
    public long[] insertAll(List<MemberForm> forms) {
        return new BulkInsert<MemberForm>(MEMBER, true, (p, f) -> p.text(f.name()).name(f.gender()).text(f.idNumber())
                .text(f.idNumber()).text(f.ethnicity()).date(f.birthDate()).name(f.category()).date(f.joinedOn())
                .date(f.confirmedOn()).number(f.orgId()).text(f.workUnitPost()).flag(f.cadre()).name(f.rank())
                .number(f.managingOrgId()).text(f.phone()).text(MemberStatus.NORMAL.name()),
                MEMBER.NAME, MEMBER.GENDER, MEMBER.ID_NUMBER, MEMBER.CURRENT_ID_NUMBER, MEMBER.ETHNICITY, MEMBER.BIRTH_DATE,
                MEMBER.CATEGORY, MEMBER.JOINED_ON, MEMBER.CONFIRMED_ON, MEMBER.ORG_ID, MEMBER.WORK_UNIT_POST, MEMBER.IS_CADRE,
                MEMBER.CADRE_RANK, MEMBER.MANAGING_ORG_ID, MEMBER.PHONE, MEMBER.STATUS).run(database, forms);
    }

    public long insert(MemberForm form) {
        MemberRecord record = dsl().newRecord(MEMBER);
        apply(record, form);
        record.setStatus(MemberStatus.NORMAL.name());
        record.setCurrentIdNumber(form.idNumber());
        record.store();
        return record.getId();
    }

    /** Saves the form over the member's row; false when someone changed it since {@code version}. */
    public boolean update(long id, int version, MemberForm form, MemberStatus status) {
        return dsl().update(MEMBER)
                .set(MEMBER.NAME, form.name())
                .set(MEMBER.GENDER, form.gender().name())
                .set(MEMBER.ID_NUMBER, form.idNumber())
                .set(MEMBER.CURRENT_ID_NUMBER, status.isCurrent() ? form.idNumber() : null)
                .set(MEMBER.ETHNICITY, form.ethnicity())
                .set(MEMBER.BIRTH_DATE, form.birthDate())
                .set(MEMBER.CATEGORY, form.category().name())
                .set(MEMBER.JOINED_ON, form.joinedOn())
                .set(MEMBER.CONFIRMED_ON, form.confirmedOn())
                .set(MEMBER.WORK_UNIT_POST, form.workUnitPost())
                .set(MEMBER.IS_CADRE, form.cadre())
                .set(MEMBER.CADRE_RANK, form.rank().name())
                .set(MEMBER.MANAGING_ORG_ID, form.managingOrgId())
                .set(MEMBER.PHONE, form.phone())
                .set(MEMBER.VERSION, MEMBER.VERSION.plus(1))
                .set(MEMBER.UPDATED_AT, OffsetDateTime.now())
                .where(MEMBER.ID.eq(id).and(MEMBER.VERSION.eq(version)).and(inScope()))
                .execute() == 1;
    }

    public boolean moveToOrganisation(long id, int version, long orgId) {
        return dsl().update(MEMBER)
                .set(MEMBER.ORG_ID, orgId)
                .set(MEMBER.VERSION, MEMBER.VERSION.plus(1))
                .set(MEMBER.UPDATED_AT, OffsetDateTime.now())
                .where(MEMBER.ID.eq(id).and(MEMBER.VERSION.eq(version)).and(inScope()))
                .execute() == 1;
    }

    public boolean changeStatus(long id, int version, MemberStatus status) {
        return dsl().update(MEMBER)
                .set(MEMBER.STATUS, status.name())
                .set(MEMBER.CURRENT_ID_NUMBER, status.isCurrent() ? MEMBER.ID_NUMBER : null)
                .set(MEMBER.VERSION, MEMBER.VERSION.plus(1))
                .set(MEMBER.UPDATED_AT, OffsetDateTime.now())
                .where(MEMBER.ID.eq(id).and(MEMBER.VERSION.eq(version)).and(inScope()))
                .execute() == 1;
    }

    private static void apply(MemberRecord record, MemberForm form) {
        record.setName(form.name());
        record.setGender(form.gender().name());
        record.setIdNumber(form.idNumber());
        record.setEthnicity(form.ethnicity());
        record.setBirthDate(form.birthDate());
        record.setCategory(form.category().name());
        record.setJoinedOn(form.joinedOn());
        record.setConfirmedOn(form.confirmedOn());
        record.setOrgId(form.orgId());
        record.setWorkUnitPost(form.workUnitPost());
        record.setIsCadre(form.cadre());
        record.setCadreRank(form.rank().name());
        record.setManagingOrgId(form.managingOrgId());
        record.setPhone(form.phone());
    }

    static Member toModel(MemberRecord r) {
        return new Member(r.getId(), r.getName(), Gender.valueOf(r.getGender()), r.getIdNumber(), r.getEthnicity(),
                r.getBirthDate(), MemberCategory.valueOf(r.getCategory()), r.getJoinedOn(), r.getConfirmedOn(),
                r.getOrgId(), r.getWorkUnitPost(), r.getIsCadre(), CadreRank.valueOf(r.getCadreRank()),
                r.getManagingOrgId(), r.getPhone(), MemberStatus.valueOf(r.getStatus()), r.getVersion());
    }
}
