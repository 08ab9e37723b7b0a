package org.conductledger.store;

import static org.conductledger.store.jooq.Tables.FILING_COUNTER;
import static org.conductledger.store.jooq.Tables.GROUP_SIZE;
import static org.conductledger.store.jooq.Tables.MEMBER;
import static org.conductledger.store.jooq.Tables.ORGANISATION;
import static org.conductledger.store.jooq.Tables.PLATFORM;
import static org.conductledger.store.jooq.Tables.REGISTER_OPERATOR;
import static org.conductledger.store.jooq.Tables.REGISTER_RECORD;
import static org.conductledger.store.jooq.Tables.REGISTER_STATUS_CHANGE;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.conductledger.model.GroupRole;
import org.conductledger.model.Operator;
import org.conductledger.model.Organisation;
import org.conductledger.model.RegisterForm;
import org.conductledger.model.RegisterKind;
import org.conductledger.model.RegisterRecord;
import org.conductledger.model.RegisterStatus;
import org.conductledger.model.StatusChange;
import org.conductledger.store.jooq.tables.records.RegisterRecordRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

/**
 * The three registers in one table. Every read and write is confined to records whose receiving
 * organisation lies in the subtree {@code scopePath}; the duplicate check alone looks everywhere.
 */
public final class RegisterRepository {

    private final Database database;
    private final String scopePath;

    public RegisterRepository(Database database, String scopePath) {
        this.database = database;
        this.scopePath = scopePath;
    }

    private DSLContext dsl() {
        return database.dsl();
    }

    /** The key under which an open registration is unique: kind class, platform, identifier ignoring case. */
    public static String openKey(RegisterKind kind, long platformId, String identifier) {
        return kind.identityClass() + ":" + platformId + ":" + identifier.strip().toLowerCase(Locale.ROOT);
    }

    /** The open record holding {@code openKey}, in any organisation (callers reveal only the fact when out of scope). */
    public Optional<RegisterRecord> findOpenByKeyAnywhere(String openKey) {
        return select(REGISTER_RECORD.OPEN_KEY.eq(openKey)).stream().findFirst();
    }

    /** Whether the record with this id lies in scope (for naming a duplicate to a user who may see it). */
    public boolean inScope(long id) {
        return dsl().fetchExists(REGISTER_RECORD.join(ORGANISATION).on(ORGANISATION.ID.eq(REGISTER_RECORD.ORG_ID)),
                REGISTER_RECORD.ID.eq(id).and(ORGANISATION.PATH.like(scopePath + "%")));
    }

    public Optional<RegisterRecord> findById(long id) {
        return select(REGISTER_RECORD.ID.eq(id).and(ORGANISATION.PATH.like(scopePath + "%"))).stream().findFirst();
    }

    /** The register of one kind for {@code org} (with {@code subtree}: and the organisations below it); newest versions only. */
    public List<RegisterRecord> list(RegisterKind kind, Organisation org, boolean subtree) {
        Condition where = REGISTER_RECORD.KIND.eq(kind.name()).and(REGISTER_RECORD.LATEST.isTrue())
                .and(subtree ? ORGANISATION.PATH.like(org.path() + "%") : REGISTER_RECORD.ORG_ID.eq(org.id()))
                .and(ORGANISATION.PATH.like(scopePath + "%"));
        return select(where);
    }

    /**
     * The register of one kind for {@code org}'s subtree over a period: records (newest versions) opened on or
     * before {@code to} and not closed before {@code from} (null: no lower bound) — the records that existed at
     * some time in the period.
     */
    public List<RegisterRecord> existedIn(RegisterKind kind, Organisation org, LocalDate from, LocalDate to) {
        return select(existedInCondition(kind, org, from, to));
    }

    /**
     * The status of each record {@link #existedIn} returns as it stood on {@code on}: the last status change
     * effective on or before that day (one query). Records with no change by then are absent.
     */
    public Map<Long, Map.Entry<RegisterStatus, LocalDate>> statusOn(RegisterKind kind, Organisation org, LocalDate from,
                                                                      LocalDate to, LocalDate on) {
        Map<Long, Map.Entry<RegisterStatus, LocalDate>> status = new HashMap<>();
        dsl().select(REGISTER_STATUS_CHANGE.RECORD_ID, REGISTER_STATUS_CHANGE.TO_STATUS, REGISTER_STATUS_CHANGE.CHANGED_ON)
                .from(REGISTER_STATUS_CHANGE)
                .join(REGISTER_RECORD).on(REGISTER_RECORD.ID.eq(REGISTER_STATUS_CHANGE.RECORD_ID))
                .join(ORGANISATION).on(ORGANISATION.ID.eq(REGISTER_RECORD.ORG_ID))
                .where(existedInCondition(kind, org, from, to).and(REGISTER_STATUS_CHANGE.CHANGED_ON.le(on)))
                .orderBy(REGISTER_STATUS_CHANGE.RECORD_ID, REGISTER_STATUS_CHANGE.CHANGED_ON, REGISTER_STATUS_CHANGE.ID)
                .forEach(r -> status.put(r.value1(), Map.entry(RegisterStatus.valueOf(r.value2()), r.value3())));
        return status;
    }

    private Condition existedInCondition(RegisterKind kind, Organisation org, LocalDate from, LocalDate to) {
        Condition where = REGISTER_RECORD.KIND.eq(kind.name()).and(REGISTER_RECORD.LATEST.isTrue())
                .and(ORGANISATION.PATH.like(org.path() + "%")).and(ORGANISATION.PATH.like(scopePath + "%"))
                .and(REGISTER_RECORD.OPENED_ON.le(to));
        if (from != null) {
            // Closed statuses are final: closed now and dated before the period means closed before it.
            where = where.and(REGISTER_RECORD.STATUS.notIn(closedStatuses()).or(REGISTER_RECORD.STATUS_ON.isNull())
                    .or(REGISTER_RECORD.STATUS_ON.ge(from)));
        }
        return where;
    }

    /** Open records (newest versions) of {@code org}'s subtree with no report yet. */
    public List<RegisterRecord> unreported(Organisation org) {
        return select(REGISTER_RECORD.LATEST.isTrue().and(REGISTER_RECORD.FIRST_REPORTED_ON.isNull())
                .and(REGISTER_RECORD.STATUS.notIn(closedStatuses()))
                .and(ORGANISATION.PATH.like(org.path() + "%")).and(ORGANISATION.PATH.like(scopePath + "%")));
    }

    /** Every record (all kinds, all versions) of one member. */
    public List<RegisterRecord> ofMember(long memberId) {
        return select(REGISTER_RECORD.MEMBER_ID.eq(memberId).and(ORGANISATION.PATH.like(scopePath + "%")));
    }

    /** Every version of the filing that {@code filingNo} names, oldest first. */
    public List<RegisterRecord> versions(String filingNo) {
        List<RegisterRecord> all = new ArrayList<>(select(REGISTER_RECORD.FILING_NO.eq(filingNo)
                .and(ORGANISATION.PATH.like(scopePath + "%"))));
        all.sort(java.util.Comparator.comparingInt(RegisterRecord::versionNo));
        return all;
    }

    /** Members in {@code org}'s subtree who hold at least one open record, with how many. */
    public Map<Long, Integer> openRecordCounts(Organisation org) {
        Map<Long, Integer> counts = new HashMap<>();
        dsl().select(REGISTER_RECORD.MEMBER_ID, DSL.count())
                .from(REGISTER_RECORD).join(ORGANISATION).on(ORGANISATION.ID.eq(REGISTER_RECORD.ORG_ID))
                .where(ORGANISATION.PATH.like(org.path() + "%").and(ORGANISATION.PATH.like(scopePath + "%"))
                        .and(REGISTER_RECORD.LATEST.isTrue())
                        .and(REGISTER_RECORD.STATUS.notIn(closedStatuses())))
                .groupBy(REGISTER_RECORD.MEMBER_ID)
                .forEach(r -> counts.put(r.value1(), r.value2()));
        return counts;
    }

    private static List<String> closedStatuses() {
        return java.util.Arrays.stream(RegisterStatus.values()).filter(RegisterStatus::isClosed).map(Enum::name).toList();
    }

    private List<RegisterRecord> select(Condition where) {
        List<Record> rows = dsl().select(REGISTER_RECORD.fields()).select(MEMBER.NAME, MEMBER.ID_NUMBER, ORGANISATION.NAME,
                        PLATFORM.NAME)
                .from(REGISTER_RECORD)
                .join(ORGANISATION).on(ORGANISATION.ID.eq(REGISTER_RECORD.ORG_ID))
                .join(MEMBER).on(MEMBER.ID.eq(REGISTER_RECORD.MEMBER_ID))
                .join(PLATFORM).on(PLATFORM.ID.eq(REGISTER_RECORD.PLATFORM_ID))
                .where(where)
                .orderBy(REGISTER_RECORD.OPENED_ON.desc(), REGISTER_RECORD.ID.desc())
                .fetch();
        if (rows.isEmpty()) {
            return List.of();
        }
        // Details by the same condition as a subquery: one query each, however many records (no id lists).
        var ids = DSL.select(REGISTER_RECORD.ID).from(REGISTER_RECORD)
                .join(ORGANISATION).on(ORGANISATION.ID.eq(REGISTER_RECORD.ORG_ID)).where(where);
        Map<Long, List<Operator>> operators = new HashMap<>();
        dsl().selectFrom(REGISTER_OPERATOR).where(REGISTER_OPERATOR.RECORD_ID.in(ids))
                .orderBy(REGISTER_OPERATOR.RECORD_ID, REGISTER_OPERATOR.SEQ_NO)
                .forEach(o -> operators.computeIfAbsent(o.getRecordId(), k -> new ArrayList<>())
                        .add(new Operator(o.getName(), o.getPost())));
        Map<Long, GroupSizeRow> sizes = new HashMap<>();
        dsl().selectFrom(GROUP_SIZE).where(GROUP_SIZE.RECORD_ID.in(ids)).orderBy(GROUP_SIZE.COUNTED_ON)
                .forEach(s -> sizes.put(s.getRecordId(), new GroupSizeRow(s.getCountedOn(), s.getMemberCount())));
        return rows.stream().map(r -> toModel(r, operators.getOrDefault(r.get(REGISTER_RECORD.ID), List.of()),
                sizes.get(r.get(REGISTER_RECORD.ID)))).toList();
    }

    private record GroupSizeRow(LocalDate countedOn, int size) {
    }

    private static RegisterRecord toModel(Record r, List<Operator> operators, GroupSizeRow size) {
        RegisterKind kind = RegisterKind.valueOf(r.get(REGISTER_RECORD.KIND));
        String role = r.get(REGISTER_RECORD.MEMBER_ROLE);
        RegisterForm form = new RegisterForm(kind, r.get(REGISTER_RECORD.MEMBER_ID), r.get(REGISTER_RECORD.PLATFORM_ID),
                r.get(REGISTER_RECORD.OVERSEAS), r.get(REGISTER_RECORD.NAME), r.get(REGISTER_RECORD.IDENTIFIER),
                r.get(REGISTER_RECORD.URL), r.get(REGISTER_RECORD.ROLE_IDENTITY), r.get(REGISTER_RECORD.PURPOSE),
                r.get(REGISTER_RECORD.OPENED_ON), r.get(REGISTER_RECORD.REPORTED_ON), r.get(REGISTER_RECORD.NOTES),
                r.get(REGISTER_RECORD.CATEGORY_ID), role == null ? null : GroupRole.valueOf(role),
                r.get(REGISTER_RECORD.IN_ROLE_IDENTITY), size == null ? null : size.size(),
                size == null ? null : size.countedOn(), r.get(REGISTER_RECORD.ACCOUNT_TYPE),
                r.get(REGISTER_RECORD.CERT_SUBJECT), r.get(REGISTER_RECORD.CERT_USCC), r.get(REGISTER_RECORD.CONTENT_AREA),
                operators);
        return new RegisterRecord(r.get(REGISTER_RECORD.ID), form, r.get(MEMBER.NAME), r.get(MEMBER.ID_NUMBER),
                r.get(REGISTER_RECORD.ORG_ID), r.get(ORGANISATION.NAME), r.get(PLATFORM.NAME),
                RegisterStatus.valueOf(r.get(REGISTER_RECORD.STATUS)), r.get(REGISTER_RECORD.STATUS_ON),
                r.get(REGISTER_RECORD.FILING_NO), r.get(REGISTER_RECORD.VERSION_NO), r.get(REGISTER_RECORD.SUPERSEDES_ID),
                r.get(REGISTER_RECORD.LATEST), r.get(REGISTER_RECORD.VERSION), r.get(REGISTER_RECORD.FIRST_REPORTED_ON));
    }

    /** Inserts a record (status: the kind's initial one) with its operators and group size; returns its id. */
    public long insert(RegisterForm form, long orgId, String filingNo, Integer filingSeq, int versionNo, Long supersedesId,
                       java.time.LocalDate firstReportedOn) {
        RegisterRecordRecord record = dsl().newRecord(REGISTER_RECORD);
        record.setKind(form.kind().name());
        record.setOrgId(orgId);
        record.setStatus(form.kind().initialStatus().name());
        record.setStatusOn(initialStatusDate(form));
        record.setFirstReportedOn(firstReportedOn);
        record.setFilingNo(filingNo);
        record.setFilingSeq(filingSeq);
        record.setVersionNo(versionNo);
        record.setSupersedesId(supersedesId);
        record.setLatest(true);
        apply(record, form);
        record.setOpenKey(openKey(form.kind(), form.platformId(), form.identifier()));
        record.store();
        replaceDetails(record.getId(), form);
        return record.getId();
    }

    /** A filing is 已备案 from its filing date; an account is 在用, a group 正常, from the day it was opened. */
    public static java.time.LocalDate initialStatusDate(RegisterForm form) {
        return form.kind() == RegisterKind.FILING && form.reportedOn() != null ? form.reportedOn() : form.openedOn();
    }

    /** Updates the fields of a record in scope, checking the version the user edited (optimistic lock). */
    public boolean update(long id, int expectedVersion, RegisterForm form) {
        RegisterRecordRecord record = dsl().selectFrom(REGISTER_RECORD).where(REGISTER_RECORD.ID.eq(id)).fetchOne();
        if (record == null || record.getVersion() != expectedVersion) {
            return false;
        }
        apply(record, form);
        record.setFirstReportedOn(form.reportedOn());      // a correction of the report itself
        if (record.getOpenKey() != null) {
            record.setOpenKey(openKey(form.kind(), form.platformId(), form.identifier()));
        }
        record.setVersion(expectedVersion + 1);
        record.setUpdatedAt(OffsetDateTime.now());
        record.store();
        replaceDetails(id, form);
        return true;
    }

    private static void apply(RegisterRecordRecord record, RegisterForm f) {
        record.setMemberId(f.memberId());
        record.setPlatformId(f.platformId());
        record.setOverseas(f.overseas());
        record.setName(f.name().strip());
        record.setIdentifier(f.identifier().strip());
        record.setUrl(trim(f.url()));
        record.setRoleIdentity(trim(f.roleIdentity()));
        record.setPurpose(trim(f.purpose()));
        record.setOpenedOn(f.openedOn());
        record.setReportedOn(f.reportedOn());
        record.setNotes(trim(f.notes()));
        boolean group = f.kind() == RegisterKind.GROUP;
        record.setCategoryId(group ? f.categoryId() : null);
        record.setMemberRole(group && f.memberRole() != null ? f.memberRole().name() : null);
        record.setInRoleIdentity(group && f.inRoleIdentity());
        boolean filing = f.kind() == RegisterKind.FILING;
        record.setAccountType(filing ? trim(f.accountType()) : null);
        record.setCertSubject(filing ? trim(f.certSubject()) : null);
        record.setCertUscc(filing ? trim(f.certUscc()) : null);
        record.setContentArea(filing ? trim(f.contentArea()) : null);
    }

    private void replaceDetails(long id, RegisterForm form) {
        dsl().deleteFrom(REGISTER_OPERATOR).where(REGISTER_OPERATOR.RECORD_ID.eq(id)).execute();
        int position = 0;
        for (Operator o : form.operators()) {
            dsl().insertInto(REGISTER_OPERATOR).set(REGISTER_OPERATOR.RECORD_ID, id)
                    .set(REGISTER_OPERATOR.SEQ_NO, position++).set(REGISTER_OPERATOR.NAME, o.name().strip())
                    .set(REGISTER_OPERATOR.POST, trim(o.post())).execute();
        }
        if (form.kind() == RegisterKind.GROUP && form.groupSize() != null && form.groupSizeOn() != null) {
            // A count on a new date is added to the history; a correction on the same date replaces it.
            dsl().deleteFrom(GROUP_SIZE).where(GROUP_SIZE.RECORD_ID.eq(id).and(GROUP_SIZE.COUNTED_ON.eq(form.groupSizeOn())))
                    .execute();
            dsl().insertInto(GROUP_SIZE).set(GROUP_SIZE.RECORD_ID, id).set(GROUP_SIZE.COUNTED_ON, form.groupSizeOn())
                    .set(GROUP_SIZE.MEMBER_COUNT, form.groupSize()).execute();
        }
    }

    /** Every size count of a group, oldest first. */
    public List<Map.Entry<LocalDate, Integer>> sizeHistory(long id) {
        return dsl().selectFrom(GROUP_SIZE).where(GROUP_SIZE.RECORD_ID.eq(id)).orderBy(GROUP_SIZE.COUNTED_ON)
                .fetch(s -> Map.entry(s.getCountedOn(), s.getMemberCount()));
    }

    /** Sets the status (closing frees the open key), and records who changed it, when and why. */
    public void changeStatus(long id, RegisterStatus from, RegisterStatus to, LocalDate on, String reason, Long userId) {
        var update = dsl().update(REGISTER_RECORD)
                .set(REGISTER_RECORD.STATUS, to.name())
                .set(REGISTER_RECORD.STATUS_ON, on)
                .set(REGISTER_RECORD.VERSION, REGISTER_RECORD.VERSION.plus(1))
                .set(REGISTER_RECORD.UPDATED_AT, OffsetDateTime.now());
        if (to.isClosed() || to == RegisterStatus.CHANGED) {
            update = update.set(REGISTER_RECORD.OPEN_KEY, (String) null);
        }
        if (to == RegisterStatus.CHANGED) {
            update = update.set(REGISTER_RECORD.LATEST, false);
        }
        update.where(REGISTER_RECORD.ID.eq(id)).execute();
        dsl().insertInto(REGISTER_STATUS_CHANGE)
                .set(REGISTER_STATUS_CHANGE.RECORD_ID, id)
                .set(REGISTER_STATUS_CHANGE.FROM_STATUS, from == null ? null : from.name())
                .set(REGISTER_STATUS_CHANGE.TO_STATUS, to.name())
                .set(REGISTER_STATUS_CHANGE.CHANGED_ON, on)
                .set(REGISTER_STATUS_CHANGE.REASON, trim(reason))
                .set(REGISTER_STATUS_CHANGE.USER_ID, userId)
                .execute();
    }

    /** The effective date of the newest status change (a new one may not be dated before it). */
    public java.util.Optional<java.time.LocalDate> lastStatusDate(long id) {
        return dsl().select(DSL.max(REGISTER_STATUS_CHANGE.CHANGED_ON)).from(REGISTER_STATUS_CHANGE)
                .where(REGISTER_STATUS_CHANGE.RECORD_ID.eq(id)).fetchOptional(r -> r.value1());
    }

    /** The status history of a record, oldest first. */
    public List<StatusChange> statusHistory(long id) {
        return dsl().select(REGISTER_STATUS_CHANGE.FROM_STATUS, REGISTER_STATUS_CHANGE.TO_STATUS,
                        REGISTER_STATUS_CHANGE.CHANGED_ON, REGISTER_STATUS_CHANGE.REASON,
                        org.conductledger.store.jooq.Tables.APP_USER.FULL_NAME, REGISTER_STATUS_CHANGE.RECORDED_AT)
                .from(REGISTER_STATUS_CHANGE)
                .leftJoin(org.conductledger.store.jooq.Tables.APP_USER)
                .on(org.conductledger.store.jooq.Tables.APP_USER.ID.eq(REGISTER_STATUS_CHANGE.USER_ID))
                .where(REGISTER_STATUS_CHANGE.RECORD_ID.eq(id))
                .orderBy(REGISTER_STATUS_CHANGE.ID)
                .fetch(r -> new StatusChange(r.value1() == null ? null : RegisterStatus.valueOf(r.value1()),
                        RegisterStatus.valueOf(r.value2()), r.value3(), r.value4(), r.value5(), r.value6().toInstant()));
    }

    /**
     * The next filing number of {@code orgId} in {@code year}: the counter row stays locked until the
     * caller's transaction ends, so two saves never get the same number, and a rolled-back save gives
     * its number back (no gaps).
     */
    public int nextFilingSeq(long orgId, int year) {
        int updated = dsl().update(FILING_COUNTER).set(FILING_COUNTER.LAST_NO, FILING_COUNTER.LAST_NO.plus(1))
                .where(FILING_COUNTER.ORG_ID.eq(orgId).and(FILING_COUNTER.FILING_YEAR.eq(year))).execute();
        if (updated == 0) {
            dsl().insertInto(FILING_COUNTER).set(FILING_COUNTER.ORG_ID, orgId).set(FILING_COUNTER.FILING_YEAR, year)
                    .set(FILING_COUNTER.LAST_NO, 1).execute();
            return 1;
        }
        return dsl().select(FILING_COUNTER.LAST_NO).from(FILING_COUNTER)
                .where(FILING_COUNTER.ORG_ID.eq(orgId).and(FILING_COUNTER.FILING_YEAR.eq(year))).fetchOne().value1();
    }

    /** Whether any filing, of any organisation and outside the scope too, already carries {@code filingNo}. */
    public boolean filingNoTaken(String filingNo) {
        return dsl().fetchExists(REGISTER_RECORD, REGISTER_RECORD.FILING_NO.eq(filingNo));
    }

    /** Makes later allocations for the organisation and year continue above {@code seq} (a carried-over number). */
    public void reserveFilingSeq(long orgId, int year, int seq) {
        int updated = dsl().update(FILING_COUNTER).set(FILING_COUNTER.LAST_NO, DSL.greatest(FILING_COUNTER.LAST_NO, DSL.val(seq)))
                .where(FILING_COUNTER.ORG_ID.eq(orgId).and(FILING_COUNTER.FILING_YEAR.eq(year))).execute();
        if (updated == 0) {
            dsl().insertInto(FILING_COUNTER).set(FILING_COUNTER.ORG_ID, orgId).set(FILING_COUNTER.FILING_YEAR, year)
                    .set(FILING_COUNTER.LAST_NO, seq).execute();
        }
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
