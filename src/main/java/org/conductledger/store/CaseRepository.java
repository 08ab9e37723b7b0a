package org.conductledger.store;

import static org.conductledger.store.jooq.Tables.APP_USER;
import static org.conductledger.store.jooq.Tables.CASE_CATEGORY;
import static org.conductledger.store.jooq.Tables.CASE_FILE;
import static org.conductledger.store.jooq.Tables.CASE_HANDLER;
import static org.conductledger.store.jooq.Tables.CASE_REGISTER_LINK;
import static org.conductledger.store.jooq.Tables.CASE_STATEMENT;
import static org.conductledger.store.jooq.Tables.CASE_SUBJECT;
import static org.conductledger.store.jooq.Tables.CASE_TRANSITION;
import static org.conductledger.store.jooq.Tables.MEMBER;
import static org.conductledger.store.jooq.Tables.ORGANISATION;
import static org.conductledger.store.jooq.Tables.VIOLATION_CATEGORY;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.conductledger.model.CaseFile;
import org.conductledger.model.CaseForm;
import org.conductledger.model.CaseHistoryEntry;
import org.conductledger.model.CaseRegisterEntry;
import org.conductledger.model.CaseSource;
import org.conductledger.model.CaseStage;
import org.conductledger.model.MemberStatement;
import org.conductledger.model.Organisation;
import org.conductledger.store.jooq.tables.records.CaseFileRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Misconduct cases, confined to cases whose handling organisation lies in the subtree {@code scopePath}.
 * The repository returns everything; what a user may see of it (reporter, restricted cases) is the
 * service's decision.
 */
public final class CaseRepository {

    private final Database database;
    private final String scopePath;

    public CaseRepository(Database database, String scopePath) {
        this.database = database;
        this.scopePath = scopePath;
    }

    private DSLContext dsl() {
        return database.dsl();
    }

    private Condition inScope() {
        return CASE_FILE.ORG_ID.in(org.jooq.impl.DSL.select(ORGANISATION.ID).from(ORGANISATION)
                .where(ORGANISATION.PATH.like(scopePath + "%")));
    }

    public long insert(CaseForm form, LocalDate today) {
        CaseFileRecord r = dsl().newRecord(CASE_FILE);
        r.setOrgId(form.orgId());
        r.setReceivedOn(form.receivedOn());
        r.setSource(form.source().name());
        r.setReporterName(trim(form.reporterName()));
        r.setReporterContact(trim(form.reporterContact()));
        r.setRealName(form.realName());
        r.setDescription(form.description().strip());
        r.setStage(CaseStage.REGISTERED.name());
        r.setStageSince(form.receivedOn());
        r.store();
        long id = r.getId();
        for (Long member : form.subjectIds()) {
            dsl().insertInto(CASE_SUBJECT).set(CASE_SUBJECT.CASE_ID, id).set(CASE_SUBJECT.MEMBER_ID, member).execute();
        }
        for (Long category : form.categoryIds()) {
            dsl().insertInto(CASE_CATEGORY).set(CASE_CATEGORY.CASE_ID, id).set(CASE_CATEGORY.CATEGORY_ID, category).execute();
        }
        for (Long record : form.registerRecordIds()) {
            dsl().insertInto(CASE_REGISTER_LINK).set(CASE_REGISTER_LINK.CASE_ID, id).set(CASE_REGISTER_LINK.RECORD_ID, record)
                    .execute();
        }
        return id;
    }

    public void addHandler(long caseId, long userId) {
        if (!isHandler(caseId, userId)) {
            dsl().insertInto(CASE_HANDLER).set(CASE_HANDLER.CASE_ID, caseId).set(CASE_HANDLER.USER_ID, userId).execute();
        }
    }

    public boolean isHandler(long caseId, long userId) {
        return dsl().fetchExists(CASE_HANDLER, CASE_HANDLER.CASE_ID.eq(caseId).and(CASE_HANDLER.USER_ID.eq(userId)));
    }

    public Optional<CaseFile> findById(long id) {
        return dsl().select(CASE_FILE.fields()).select(ORGANISATION.NAME).from(CASE_FILE)
                .join(ORGANISATION).on(ORGANISATION.ID.eq(CASE_FILE.ORG_ID))
                .where(CASE_FILE.ID.eq(id).and(inScope()))
                .fetchOptional(r -> toModel(r.into(CASE_FILE), r.get(ORGANISATION.NAME)));
    }

    /** The cases handled by {@code org} (with {@code subtree}: and the organisations below), newest first. */
    public List<CaseFile> list(Organisation org, boolean subtree) {
        Condition where = (subtree ? ORGANISATION.PATH.like(org.path() + "%") : CASE_FILE.ORG_ID.eq(org.id()))
                .and(ORGANISATION.PATH.like(scopePath + "%"));
        var ids = DSL.select(CASE_FILE.ID).from(CASE_FILE).join(ORGANISATION).on(ORGANISATION.ID.eq(CASE_FILE.ORG_ID)).where(where);
        // Subjects, categories and linked records in one query each for the whole list (not three per case).
        Map<Long, List<CaseFile.Subject>> subjects = subjectsOf(ids);
        Map<Long, List<Long>> categories = new HashMap<>();
        dsl().select(CASE_CATEGORY.CASE_ID, CASE_CATEGORY.CATEGORY_ID).from(CASE_CATEGORY).where(CASE_CATEGORY.CASE_ID.in(ids))
                .orderBy(CASE_CATEGORY.CASE_ID, CASE_CATEGORY.CATEGORY_ID)
                .forEach(r -> categories.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(r.value2()));
        Map<Long, List<Long>> records = new HashMap<>();
        dsl().select(CASE_REGISTER_LINK.CASE_ID, CASE_REGISTER_LINK.RECORD_ID).from(CASE_REGISTER_LINK)
                .where(CASE_REGISTER_LINK.CASE_ID.in(ids)).orderBy(CASE_REGISTER_LINK.CASE_ID, CASE_REGISTER_LINK.RECORD_ID)
                .forEach(r -> records.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(r.value2()));
        return dsl().select(CASE_FILE.fields()).select(ORGANISATION.NAME).from(CASE_FILE)
                .join(ORGANISATION).on(ORGANISATION.ID.eq(CASE_FILE.ORG_ID))
                .where(where).orderBy(CASE_FILE.RECEIVED_ON.desc(), CASE_FILE.ID.desc())
                .fetch(r -> {
                    CaseFileRecord c = r.into(CASE_FILE);
                    return toModel(c, r.get(ORGANISATION.NAME), subjects.getOrDefault(c.getId(), List.of()),
                            categories.getOrDefault(c.getId(), List.of()), records.getOrDefault(c.getId(), List.of()));
                });
    }

    /** The subjects of the cases {@code ids} selects, by case, in one query. */
    private Map<Long, List<CaseFile.Subject>> subjectsOf(org.jooq.Select<? extends org.jooq.Record1<Long>> ids) {
        Map<Long, List<CaseFile.Subject>> subjects = new HashMap<>();
        dsl().select(CASE_SUBJECT.CASE_ID, MEMBER.ID, MEMBER.NAME, ORGANISATION.NAME).from(CASE_SUBJECT)
                .join(MEMBER).on(MEMBER.ID.eq(CASE_SUBJECT.MEMBER_ID))
                .join(ORGANISATION).on(ORGANISATION.ID.eq(MEMBER.ORG_ID))
                .where(CASE_SUBJECT.CASE_ID.in(ids)).orderBy(CASE_SUBJECT.CASE_ID, MEMBER.ID)
                .forEach(r -> subjects.computeIfAbsent(r.value1(), k -> new ArrayList<>())
                        .add(new CaseFile.Subject(r.value2(), r.value3(), r.value4())));
        return subjects;
    }

    /** The reporter notices (acceptance, result) of every case {@link #list} returns, in one query. */
    public Map<Long, LocalDate[]> notices(Organisation org, boolean subtree) {
        Condition where = (subtree ? ORGANISATION.PATH.like(org.path() + "%") : CASE_FILE.ORG_ID.eq(org.id()))
                .and(ORGANISATION.PATH.like(scopePath + "%"));
        Map<Long, LocalDate[]> notices = new HashMap<>();
        dsl().select(CASE_FILE.ID, CASE_FILE.ACCEPTANCE_NOTICE_ON, CASE_FILE.RESULT_NOTICE_ON).from(CASE_FILE)
                .join(ORGANISATION).on(ORGANISATION.ID.eq(CASE_FILE.ORG_ID)).where(where)
                .forEach(r -> notices.put(r.value1(), new LocalDate[] {r.value2(), r.value3()}));
        return notices;
    }

    /**
     * The case register of {@code org}'s subtree: cases received in the period (either end null: open), oldest
     * first, in five queries whatever their number. The reporter's columns are never read.
     */
    public List<CaseRegisterEntry> receivedBetween(Organisation org, LocalDate from, LocalDate to) {
        var handling = ORGANISATION.as("handling");
        Condition where = handling.PATH.like(org.path() + "%").and(handling.PATH.like(scopePath + "%"));
        if (from != null) {
            where = where.and(CASE_FILE.RECEIVED_ON.ge(from));
        }
        if (to != null) {
            where = where.and(CASE_FILE.RECEIVED_ON.le(to));
        }
        var ids = DSL.select(CASE_FILE.ID).from(CASE_FILE).join(handling).on(handling.ID.eq(CASE_FILE.ORG_ID)).where(where);
        Map<Long, List<CaseFile.Subject>> subjects = subjectsOf(ids);
        Map<Long, List<String>> categories = new HashMap<>();
        dsl().select(CASE_CATEGORY.CASE_ID, VIOLATION_CATEGORY.NAME).from(CASE_CATEGORY)
                .join(VIOLATION_CATEGORY).on(VIOLATION_CATEGORY.ID.eq(CASE_CATEGORY.CATEGORY_ID))
                .where(CASE_CATEGORY.CASE_ID.in(ids)).orderBy(CASE_CATEGORY.CASE_ID, VIOLATION_CATEGORY.SORT_ORDER,
                        VIOLATION_CATEGORY.ID)
                .forEach(r -> categories.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(r.value2()));
        Map<Long, Map.Entry<CaseStage, LocalDate>> disposals = new HashMap<>();
        List<String> disposalStages = Arrays.stream(CaseStage.values()).filter(CaseStage::isDisposal).map(Enum::name).toList();
        dsl().select(CASE_TRANSITION.CASE_ID, CASE_TRANSITION.TO_STAGE, CASE_TRANSITION.MOVED_ON).from(CASE_TRANSITION)
                .where(CASE_TRANSITION.CASE_ID.in(ids).and(CASE_TRANSITION.TO_STAGE.in(disposalStages)))
                .orderBy(CASE_TRANSITION.CASE_ID, CASE_TRANSITION.ID)
                .forEach(r -> disposals.put(r.value1(), Map.entry(CaseStage.valueOf(r.value2()), r.value3())));
        Map<Long, List<String>> handlers = new HashMap<>();
        dsl().select(CASE_HANDLER.CASE_ID, APP_USER.FULL_NAME).from(CASE_HANDLER)
                .join(APP_USER).on(APP_USER.ID.eq(CASE_HANDLER.USER_ID))
                .where(CASE_HANDLER.CASE_ID.in(ids)).orderBy(CASE_HANDLER.CASE_ID, APP_USER.ID)
                .forEach(r -> handlers.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(r.value2()));
        return dsl().select(CASE_FILE.ID, CASE_FILE.ORG_ID, handling.NAME, CASE_FILE.RECEIVED_ON, CASE_FILE.SOURCE,
                        CASE_FILE.STAGE, CASE_FILE.STAGE_SINCE)
                .from(CASE_FILE).join(handling).on(handling.ID.eq(CASE_FILE.ORG_ID))
                .where(where).orderBy(CASE_FILE.RECEIVED_ON, CASE_FILE.ID)
                .fetch(r -> {
                    long id = r.value1();
                    CaseStage stage = CaseStage.valueOf(r.value6());
                    Map.Entry<CaseStage, LocalDate> disposal = disposals.get(id);
                    boolean concluded = stage == CaseStage.CLOSED || stage == CaseStage.DISMISSED;
                    return new CaseRegisterEntry(id, r.value2(), r.value3(), r.value4(), CaseSource.valueOf(r.value5()),
                            categories.getOrDefault(id, List.of()), subjects.getOrDefault(id, List.of()), stage, r.value7(),
                            disposal == null ? null : disposal.getKey(), disposal == null ? null : disposal.getValue(),
                            concluded ? r.value7() : null, handlers.getOrDefault(id, List.of()), false);
                });
    }

    private CaseFile toModel(CaseFileRecord r, String orgName) {
        long id = r.getId();
        List<CaseFile.Subject> subjects = dsl().select(MEMBER.ID, MEMBER.NAME, ORGANISATION.NAME).from(CASE_SUBJECT)
                .join(MEMBER).on(MEMBER.ID.eq(CASE_SUBJECT.MEMBER_ID))
                .join(ORGANISATION).on(ORGANISATION.ID.eq(MEMBER.ORG_ID))
                .where(CASE_SUBJECT.CASE_ID.eq(id)).orderBy(MEMBER.ID)
                .fetch(s -> new CaseFile.Subject(s.value1(), s.value2(), s.value3()));
        List<Long> categories = dsl().select(CASE_CATEGORY.CATEGORY_ID).from(CASE_CATEGORY)
                .where(CASE_CATEGORY.CASE_ID.eq(id)).orderBy(CASE_CATEGORY.CATEGORY_ID).fetch(c -> c.value1());
        List<Long> records = dsl().select(CASE_REGISTER_LINK.RECORD_ID).from(CASE_REGISTER_LINK)
                .where(CASE_REGISTER_LINK.CASE_ID.eq(id)).orderBy(CASE_REGISTER_LINK.RECORD_ID).fetch(c -> c.value1());
        return toModel(r, orgName, subjects, categories, records);
    }

    private static CaseFile toModel(CaseFileRecord r, String orgName, List<CaseFile.Subject> subjects, List<Long> categories,
                                    List<Long> records) {
        long id = r.getId();
        CaseFile.Reporter reporter = r.getReporterName() == null && r.getReporterContact() == null ? null
                : new CaseFile.Reporter(r.getReporterName(), r.getReporterContact());
        return new CaseFile(id, r.getOrgId(), orgName, r.getReceivedOn(), CaseSource.valueOf(r.getSource()), reporter,
                r.getRealName(), r.getDescription(), CaseStage.valueOf(r.getStage()), r.getStageSince(),
                r.getDismissalReason(), subjects, categories, records, false, r.getVersion());
    }

    /** Moves the case (optimistic lock on {@code expectedVersion}) and records the step. */
    public boolean move(long id, int expectedVersion, CaseStage from, CaseStage to, LocalDate on, String comment,
                        String dismissalReason, Long userId) {
        var update = dsl().update(CASE_FILE)
                .set(CASE_FILE.STAGE, to.name())
                .set(CASE_FILE.STAGE_SINCE, on)
                .set(CASE_FILE.VERSION, expectedVersion + 1)
                .set(CASE_FILE.UPDATED_AT, OffsetDateTime.now());
        if (to == CaseStage.DISMISSED) {
            update = update.set(CASE_FILE.DISMISSAL_REASON, trim(dismissalReason));
        }
        int changed = update.where(CASE_FILE.ID.eq(id).and(CASE_FILE.VERSION.eq(expectedVersion))).execute();
        if (changed == 0) {
            return false;
        }
        recordStep(id, from, to, on, comment, userId);
        return true;
    }

    public void recordStep(long id, CaseStage from, CaseStage to, LocalDate on, String comment, Long userId) {
        dsl().insertInto(CASE_TRANSITION)
                .set(CASE_TRANSITION.CASE_ID, id)
                .set(CASE_TRANSITION.FROM_STAGE, from == null ? null : from.name())
                .set(CASE_TRANSITION.TO_STAGE, to.name())
                .set(CASE_TRANSITION.MOVED_ON, on)
                .set(CASE_TRANSITION.COMMENT, trim(comment))
                .set(CASE_TRANSITION.USER_ID, userId)
                .execute();
    }

    public List<CaseHistoryEntry> history(long id) {
        return dsl().select(CASE_TRANSITION.FROM_STAGE, CASE_TRANSITION.TO_STAGE, CASE_TRANSITION.MOVED_ON,
                        CASE_TRANSITION.COMMENT, APP_USER.FULL_NAME, CASE_TRANSITION.RECORDED_AT)
                .from(CASE_TRANSITION).leftJoin(APP_USER).on(APP_USER.ID.eq(CASE_TRANSITION.USER_ID))
                .where(CASE_TRANSITION.CASE_ID.eq(id)).orderBy(CASE_TRANSITION.ID)
                .fetch(r -> new CaseHistoryEntry(r.value1() == null ? null : CaseStage.valueOf(r.value1()),
                        CaseStage.valueOf(r.value2()), r.value3(), r.value4(), r.value5(), r.value6().toInstant()));
    }

    public Optional<MemberStatement> statement(long caseId) {
        return dsl().selectFrom(CASE_STATEMENT).where(CASE_STATEMENT.CASE_ID.eq(caseId))
                .fetchOptional(s -> new MemberStatement(s.getShownOn(), Arrays.asList(s.getStaff().split("、")),
                        s.getOpinion(), s.getRefused(), s.getStaffNote()));
    }

    public void putStatement(long caseId, MemberStatement s) {
        dsl().deleteFrom(CASE_STATEMENT).where(CASE_STATEMENT.CASE_ID.eq(caseId)).execute();
        dsl().insertInto(CASE_STATEMENT)
                .set(CASE_STATEMENT.CASE_ID, caseId)
                .set(CASE_STATEMENT.SHOWN_ON, s.shownOn())
                .set(CASE_STATEMENT.STAFF, String.join("、", s.staff().stream().map(String::strip).filter(x -> !x.isEmpty()).toList()))
                .set(CASE_STATEMENT.OPINION, trim(s.opinion()))
                .set(CASE_STATEMENT.REFUSED, s.refused())
                .set(CASE_STATEMENT.STAFF_NOTE, trim(s.staffNote()))
                .execute();
    }

    /** Stores a file's bytes with their hash and size; returns the evidence id. */
    public long addFile(long caseId, String title, byte[] content, String sha256, String mediaType,
                        java.time.Instant capturedAt, String capturedBy, Long userId) {
        return dsl().insertInto(org.conductledger.store.jooq.Tables.CASE_EVIDENCE)
                .set(org.conductledger.store.jooq.Tables.CASE_EVIDENCE.CASE_ID, caseId)
                .set(org.conductledger.store.jooq.Tables.CASE_EVIDENCE.KIND, "FILE")
                .set(org.conductledger.store.jooq.Tables.CASE_EVIDENCE.TITLE, title)
                .set(org.conductledger.store.jooq.Tables.CASE_EVIDENCE.CONTENT, content)
                .set(org.conductledger.store.jooq.Tables.CASE_EVIDENCE.SHA256, sha256)
                .set(org.conductledger.store.jooq.Tables.CASE_EVIDENCE.SIZE_BYTES, (long) content.length)
                .set(org.conductledger.store.jooq.Tables.CASE_EVIDENCE.MEDIA_TYPE, mediaType)
                .set(org.conductledger.store.jooq.Tables.CASE_EVIDENCE.CAPTURED_AT, java.time.OffsetDateTime.ofInstant(capturedAt, java.time.ZoneOffset.UTC))
                .set(org.conductledger.store.jooq.Tables.CASE_EVIDENCE.CAPTURED_BY, capturedBy)
                .set(org.conductledger.store.jooq.Tables.CASE_EVIDENCE.ADDED_BY, userId)
                .returningResult(org.conductledger.store.jooq.Tables.CASE_EVIDENCE.ID).fetchOne(r -> r.value1());
    }

    public long addUrl(long caseId, String title, String url, java.time.Instant capturedAt, String capturedBy, Long userId) {
        return dsl().insertInto(org.conductledger.store.jooq.Tables.CASE_EVIDENCE)
                .set(org.conductledger.store.jooq.Tables.CASE_EVIDENCE.CASE_ID, caseId)
                .set(org.conductledger.store.jooq.Tables.CASE_EVIDENCE.KIND, "URL")
                .set(org.conductledger.store.jooq.Tables.CASE_EVIDENCE.TITLE, title)
                .set(org.conductledger.store.jooq.Tables.CASE_EVIDENCE.URL, url)
                .set(org.conductledger.store.jooq.Tables.CASE_EVIDENCE.CAPTURED_AT, java.time.OffsetDateTime.ofInstant(capturedAt, java.time.ZoneOffset.UTC))
                .set(org.conductledger.store.jooq.Tables.CASE_EVIDENCE.CAPTURED_BY, capturedBy)
                .set(org.conductledger.store.jooq.Tables.CASE_EVIDENCE.ADDED_BY, userId)
                .returningResult(org.conductledger.store.jooq.Tables.CASE_EVIDENCE.ID).fetchOne(r -> r.value1());
    }

    /** The evidence of a case, oldest first, without the files' bytes. */
    public List<org.conductledger.model.Evidence> evidence(long caseId) {
        var e = org.conductledger.store.jooq.Tables.CASE_EVIDENCE;
        return dsl().select(e.ID, e.CASE_ID, e.KIND, e.TITLE, e.URL, e.SHA256, e.SIZE_BYTES, e.MEDIA_TYPE, e.CAPTURED_AT,
                        e.CAPTURED_BY, APP_USER.FULL_NAME, e.ADDED_AT, e.WITHDRAWN, e.WITHDRAW_REASON)
                .from(e).leftJoin(APP_USER).on(APP_USER.ID.eq(e.ADDED_BY))
                .where(e.CASE_ID.eq(caseId)).orderBy(e.ID)
                .fetch(r -> new org.conductledger.model.Evidence(r.value1(), r.value2(),
                        org.conductledger.model.Evidence.Kind.valueOf(r.value3()), r.value4(), r.value5(), r.value6(), r.value7(),
                        r.value8(), r.value9().toInstant(), r.value10(), r.value11(), r.value12().toInstant(), r.value13(),
                        r.value14()));
    }

    public Optional<byte[]> content(long evidenceId) {
        var e = org.conductledger.store.jooq.Tables.CASE_EVIDENCE;
        return dsl().select(e.CONTENT).from(e).where(e.ID.eq(evidenceId)).fetchOptional(r -> r.value1());
    }

    public void withdraw(long evidenceId, String reason) {
        var e = org.conductledger.store.jooq.Tables.CASE_EVIDENCE;
        dsl().update(e).set(e.WITHDRAWN, true).set(e.WITHDRAW_REASON, reason.strip()).where(e.ID.eq(evidenceId)).execute();
    }

    public void setDecision(long caseId, String summary, LocalDate on) {
        dsl().update(CASE_FILE).set(CASE_FILE.DECISION_SUMMARY, summary.strip()).set(CASE_FILE.DECISION_ON, on)
                .where(CASE_FILE.ID.eq(caseId)).execute();
    }

    public Optional<String> decision(long caseId) {
        return dsl().select(CASE_FILE.DECISION_SUMMARY).from(CASE_FILE).where(CASE_FILE.ID.eq(caseId))
                .fetchOptional(r -> r.value1()).filter(java.util.Objects::nonNull);
    }

    /** The dates the two notices to a real-name reporter were given: [acceptance, result]. */
    public LocalDate[] notices(long caseId) {
        return dsl().select(CASE_FILE.ACCEPTANCE_NOTICE_ON, CASE_FILE.RESULT_NOTICE_ON).from(CASE_FILE)
                .where(CASE_FILE.ID.eq(caseId)).fetchOne(r -> new LocalDate[] {r.value1(), r.value2()});
    }

    public void setNotice(long caseId, boolean result, LocalDate on) {
        dsl().update(CASE_FILE).set(result ? CASE_FILE.RESULT_NOTICE_ON : CASE_FILE.ACCEPTANCE_NOTICE_ON, on)
                .where(CASE_FILE.ID.eq(caseId)).execute();
    }

    /**
     * The earliest open case (not closed) in any organisation about one of {@code subjects} and one of
     * {@code categories}: a new report about it is a repeat.
     */
    public Optional<Long> earlierOpenCase(List<Long> subjects, List<Long> categories) {
        if (subjects.isEmpty() || categories.isEmpty()) {
            return Optional.empty();
        }
        return dsl().select(CASE_FILE.ID).from(CASE_FILE)
                .where(CASE_FILE.STAGE.ne(CaseStage.CLOSED.name())
                        .and(CASE_FILE.ID.in(org.jooq.impl.DSL.select(CASE_SUBJECT.CASE_ID).from(CASE_SUBJECT)
                                .where(CASE_SUBJECT.MEMBER_ID.in(subjects))))
                        .and(CASE_FILE.ID.in(org.jooq.impl.DSL.select(CASE_CATEGORY.CASE_ID).from(CASE_CATEGORY)
                                .where(CASE_CATEGORY.CATEGORY_ID.in(categories)))))
                .orderBy(CASE_FILE.ID).limit(1).fetchOptional(r -> r.value1());
    }

    public void setRepeatOf(long caseId, long earlier) {
        dsl().update(CASE_FILE).set(CASE_FILE.REPEAT_OF, earlier).where(CASE_FILE.ID.eq(caseId)).execute();
    }

    public Optional<Long> repeatOf(long caseId) {
        return dsl().select(CASE_FILE.REPEAT_OF).from(CASE_FILE).where(CASE_FILE.ID.eq(caseId))
                .fetchOptional(r -> r.value1()).filter(java.util.Objects::nonNull);
    }

    public void setFalseReport(long caseId, String kind) {
        dsl().update(CASE_FILE).set(CASE_FILE.FALSE_REPORT, kind).where(CASE_FILE.ID.eq(caseId)).execute();
    }

    public Optional<String> falseReport(long caseId) {
        return dsl().select(CASE_FILE.FALSE_REPORT).from(CASE_FILE).where(CASE_FILE.ID.eq(caseId))
                .fetchOptional(r -> r.value1()).filter(java.util.Objects::nonNull);
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
