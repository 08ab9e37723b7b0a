package org.conductledger.store;

import static org.conductledger.store.jooq.Tables.ACCOUNTABILITY;
import static org.conductledger.store.jooq.Tables.CASE_CATEGORY;
import static org.conductledger.store.jooq.Tables.CASE_EVIDENCE;
import static org.conductledger.store.jooq.Tables.CASE_FILE;
import static org.conductledger.store.jooq.Tables.CASE_REGISTER_LINK;
import static org.conductledger.store.jooq.Tables.CASE_STATEMENT;
import static org.conductledger.store.jooq.Tables.CASE_SUBJECT;
import static org.conductledger.store.jooq.Tables.CASE_TRANSITION;
import static org.conductledger.store.jooq.Tables.CLARIFICATION;
import static org.conductledger.store.jooq.Tables.COMMENDATION;
import static org.conductledger.store.jooq.Tables.FILING_COUNTER;
import static org.conductledger.store.jooq.Tables.GROUP_SIZE;
import static org.conductledger.store.jooq.Tables.MEMBER;
import static org.conductledger.store.jooq.Tables.MEMBER_STATUS_CHANGE;
import static org.conductledger.store.jooq.Tables.ORGANISATION;
import static org.conductledger.store.jooq.Tables.OUTCOME;
import static org.conductledger.store.jooq.Tables.OUTCOME_APPEAL;
import static org.conductledger.store.jooq.Tables.OUTCOME_MEASURE;
import static org.conductledger.store.jooq.Tables.PROTECTION;
import static org.conductledger.store.jooq.Tables.REGISTER_OPERATOR;
import static org.conductledger.store.jooq.Tables.REGISTER_RECORD;
import static org.conductledger.store.jooq.Tables.REGISTER_STATUS_CHANGE;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.conductledger.model.Accountability;
import org.conductledger.model.AccountabilityTarget;
import org.conductledger.model.Clarification;
import org.conductledger.model.Commendation;
import org.conductledger.model.MemberForm;
import org.conductledger.model.Operator;
import org.conductledger.model.OrganisationRules;
import org.conductledger.model.Protection;
import org.conductledger.model.RegisterForm;
import org.conductledger.model.RegisterKind;

/**
 * Writes many records at once — the demo ledger (issue 12) — as JDBC batches inside the caller's transaction,
 * with the same columns the repositories write one record at a time (open keys, current ID numbers, paths,
 * status histories). It checks nothing: callers pass rows that the model's rules accept, and the database's
 * constraints still hold. Not scoped: the caller is a use case that acts on the whole ledger.
 */
public final class BulkLoader {

    private final Database database;
    private final long userId;

    /** {@code userId}: the user recorded as having entered every row. */
    public BulkLoader(Database database, long userId) {
        this.database = database;
        this.userId = userId;
    }

    private record Pair(long first, long second) {
    }

    /** Inserts organisations (parents before children, or parents already stored); returns their ids and paths. */
    public List<Stored> organisations(List<BulkRows.Org> rows) {
        long[] ids = new BulkInsert<BulkRows.Org>(ORGANISATION, true, (p, o) -> p.text(o.code()).text(o.name())
                .name(o.type()).number(o.parentId()).text("/").date(o.establishedOn()),
                ORGANISATION.CODE, ORGANISATION.NAME, ORGANISATION.ORG_TYPE, ORGANISATION.PARENT_ID, ORGANISATION.PATH,
                ORGANISATION.ESTABLISHED_ON).run(database, rows);
        List<Stored> stored = new ArrayList<>(rows.size());
        for (int i = 0; i < ids.length; i++) {
            stored.add(new Stored(ids[i], OrganisationRules.childPath(rows.get(i).parentPath(), ids[i])));
        }
        update("UPDATE " + ORGANISATION.getName() + " SET " + ORGANISATION.PATH.getName() + " = ? WHERE "
                + ORGANISATION.ID.getName() + " = ?", stored, (p, s) -> p.text(s.path()).number(s.id()));
        return stored;
    }

    /** An organisation as stored. */
    public record Stored(long id, String path) {
    }

    /** Makes each member the secretary of the organisation: pairs of (organisation id, member id). */
    public void secretaries(List<long[]> orgAndMember) {
        update("UPDATE " + ORGANISATION.getName() + " SET " + ORGANISATION.SECRETARY_ID.getName() + " = ? WHERE "
                + ORGANISATION.ID.getName() + " = ?", orgAndMember, (p, pair) -> p.number(pair[1]).number(pair[0]));
    }

    public long[] members(List<BulkRows.MemberRow> rows) {
        return new BulkInsert<BulkRows.MemberRow>(MEMBER, true, (p, row) -> {
            MemberForm f = row.form();
            p.text(f.name()).name(f.gender()).text(f.idNumber()).text(row.status().isCurrent() ? f.idNumber() : null)
                    .text(f.ethnicity()).date(f.birthDate()).name(f.category()).date(f.joinedOn()).date(f.confirmedOn())
                    .number(f.orgId()).text(f.workUnitPost()).flag(f.cadre()).name(f.rank()).number(f.managingOrgId())
                    .text(f.phone()).name(row.status());
        }, MEMBER.NAME, MEMBER.GENDER, MEMBER.ID_NUMBER, MEMBER.CURRENT_ID_NUMBER, MEMBER.ETHNICITY, MEMBER.BIRTH_DATE,
                MEMBER.CATEGORY, MEMBER.JOINED_ON, MEMBER.CONFIRMED_ON, MEMBER.ORG_ID, MEMBER.WORK_UNIT_POST,
                MEMBER.IS_CADRE, MEMBER.CADRE_RANK, MEMBER.MANAGING_ORG_ID, MEMBER.PHONE, MEMBER.STATUS).run(database, rows);
    }

    /** Records status changes (with their history) of members already stored; the last change per member wins. */
    public void memberStatusChanges(List<BulkRows.MemberStatusRow> rows) {
        new BulkInsert<BulkRows.MemberStatusRow>(MEMBER_STATUS_CHANGE, false, (p, r) -> p.number(r.memberId())
                .name(r.from()).name(r.to()).date(r.on()).text(r.reason()),
                MEMBER_STATUS_CHANGE.MEMBER_ID, MEMBER_STATUS_CHANGE.FROM_STATUS, MEMBER_STATUS_CHANGE.TO_STATUS,
                MEMBER_STATUS_CHANGE.CHANGED_ON, MEMBER_STATUS_CHANGE.REASON).run(database, rows);
        update("UPDATE " + MEMBER.getName() + " SET " + MEMBER.STATUS.getName() + " = ?, " + MEMBER.CURRENT_ID_NUMBER.getName()
                + " = CASE WHEN ? THEN " + MEMBER.ID_NUMBER.getName() + " ELSE NULL END WHERE " + MEMBER.ID.getName() + " = ?",
                rows, (p, r) -> p.name(r.to()).flag(r.to().isCurrent()).number(r.memberId()));
    }

    /** Register records with their operators, group size and status history; returns their ids. */
    public long[] registers(List<BulkRows.RegisterRow> rows) {
        long[] ids = new BulkInsert<BulkRows.RegisterRow>(REGISTER_RECORD, true, (p, r) -> {
            RegisterForm f = r.form();
            boolean group = f.kind() == RegisterKind.GROUP;
            boolean filing = f.kind() == RegisterKind.FILING;
            p.name(f.kind()).number(f.memberId()).number(r.orgId()).number(f.platformId()).flag(f.overseas())
                    .text(f.name()).text(f.identifier())
                    .text(r.open() ? RegisterRepository.openKey(f.kind(), f.platformId(), f.identifier()) : null)
                    .text(f.url()).text(f.roleIdentity()).text(f.purpose()).date(f.openedOn()).date(f.reportedOn())
                    .date(r.firstReportedOn()).name(r.status()).date(r.statusOn()).text(f.notes())
                    .number(group ? f.categoryId() : null).name(group ? f.memberRole() : null).flag(group && f.inRoleIdentity())
                    .text(filing ? f.accountType() : null).text(filing ? f.certSubject() : null)
                    .text(filing ? f.certUscc() : null).text(filing ? f.contentArea() : null)
                    .text(r.filingNo()).integer(r.filingSeq()).integer(r.versionNo()).number(r.supersedesId()).flag(r.latest());
        }, REGISTER_RECORD.KIND, REGISTER_RECORD.MEMBER_ID, REGISTER_RECORD.ORG_ID, REGISTER_RECORD.PLATFORM_ID,
                REGISTER_RECORD.OVERSEAS, REGISTER_RECORD.NAME, REGISTER_RECORD.IDENTIFIER, REGISTER_RECORD.OPEN_KEY,
                REGISTER_RECORD.URL, REGISTER_RECORD.ROLE_IDENTITY, REGISTER_RECORD.PURPOSE, REGISTER_RECORD.OPENED_ON,
                REGISTER_RECORD.REPORTED_ON, REGISTER_RECORD.FIRST_REPORTED_ON, REGISTER_RECORD.STATUS,
                REGISTER_RECORD.STATUS_ON, REGISTER_RECORD.NOTES, REGISTER_RECORD.CATEGORY_ID, REGISTER_RECORD.MEMBER_ROLE,
                REGISTER_RECORD.IN_ROLE_IDENTITY, REGISTER_RECORD.ACCOUNT_TYPE, REGISTER_RECORD.CERT_SUBJECT,
                REGISTER_RECORD.CERT_USCC, REGISTER_RECORD.CONTENT_AREA, REGISTER_RECORD.FILING_NO, REGISTER_RECORD.FILING_SEQ,
                REGISTER_RECORD.VERSION_NO, REGISTER_RECORD.SUPERSEDES_ID, REGISTER_RECORD.LATEST).run(database, rows);
        List<Object[]> operators = new ArrayList<>();
        List<Object[]> sizes = new ArrayList<>();
        List<Object[]> steps = new ArrayList<>();
        for (int i = 0; i < ids.length; i++) {
            BulkRows.RegisterRow r = rows.get(i);
            int position = 0;
            for (Operator o : r.form().operators()) {
                operators.add(new Object[] {ids[i], position++, o});
            }
            if (r.form().kind() == RegisterKind.GROUP && r.form().groupSize() != null) {
                sizes.add(new Object[] {ids[i], r.form()});
            }
            for (BulkRows.StatusStep s : r.steps()) {
                steps.add(new Object[] {ids[i], s});
            }
        }
        new BulkInsert<Object[]>(REGISTER_OPERATOR, false, (p, o) -> p.number((Long) o[0]).integer((Integer) o[1])
                .text(((Operator) o[2]).name()).text(((Operator) o[2]).post()),
                REGISTER_OPERATOR.RECORD_ID, REGISTER_OPERATOR.SEQ_NO, REGISTER_OPERATOR.NAME, REGISTER_OPERATOR.POST)
                .run(database, operators);
        new BulkInsert<Object[]>(GROUP_SIZE, false, (p, o) -> p.number((Long) o[0]).date(((RegisterForm) o[1]).groupSizeOn())
                .integer(((RegisterForm) o[1]).groupSize()),
                GROUP_SIZE.RECORD_ID, GROUP_SIZE.COUNTED_ON, GROUP_SIZE.MEMBER_COUNT).run(database, sizes);
        new BulkInsert<Object[]>(REGISTER_STATUS_CHANGE, false, (p, o) -> {
            BulkRows.StatusStep s = (BulkRows.StatusStep) o[1];
            p.number((Long) o[0]).name(s.from()).name(s.to()).date(s.on()).text(s.reason()).number(userId);
        }, REGISTER_STATUS_CHANGE.RECORD_ID, REGISTER_STATUS_CHANGE.FROM_STATUS, REGISTER_STATUS_CHANGE.TO_STATUS,
                REGISTER_STATUS_CHANGE.CHANGED_ON, REGISTER_STATUS_CHANGE.REASON, REGISTER_STATUS_CHANGE.USER_ID)
                .run(database, steps);
        return ids;
    }

    public void filingCounters(List<BulkRows.FilingCounter> counters) {
        new BulkInsert<BulkRows.FilingCounter>(FILING_COUNTER, false, (p, c) -> p.number(c.orgId()).integer(c.year())
                .integer(c.lastNo()), FILING_COUNTER.ORG_ID, FILING_COUNTER.FILING_YEAR, FILING_COUNTER.LAST_NO)
                .run(database, counters);
    }

    /** Cases with their subjects, categories, linked records, moves, statements and evidence addresses; their ids. */
    public long[] cases(List<BulkRows.CaseRow> rows) {
        long[] ids = new BulkInsert<BulkRows.CaseRow>(CASE_FILE, true, (p, c) -> p.number(c.form().orgId())
                .date(c.form().receivedOn()).name(c.form().source()).text(c.form().reporterName())
                .text(c.form().reporterContact()).flag(c.form().realName()).text(c.form().description()).name(c.stage())
                .date(c.stageSince()).text(c.dismissalReason()).text(c.decisionSummary()).date(c.decisionOn())
                .text(c.falseReport()).date(c.acceptanceNoticeOn()).date(c.resultNoticeOn()),
                CASE_FILE.ORG_ID, CASE_FILE.RECEIVED_ON, CASE_FILE.SOURCE, CASE_FILE.REPORTER_NAME, CASE_FILE.REPORTER_CONTACT,
                CASE_FILE.REAL_NAME, CASE_FILE.DESCRIPTION, CASE_FILE.STAGE, CASE_FILE.STAGE_SINCE, CASE_FILE.DISMISSAL_REASON,
                CASE_FILE.DECISION_SUMMARY, CASE_FILE.DECISION_ON, CASE_FILE.FALSE_REPORT, CASE_FILE.ACCEPTANCE_NOTICE_ON,
                CASE_FILE.RESULT_NOTICE_ON).run(database, rows);
        List<Pair> subjects = new ArrayList<>();
        List<Pair> categories = new ArrayList<>();
        List<Pair> links = new ArrayList<>();
        List<Object[]> steps = new ArrayList<>();
        List<Object[]> statements = new ArrayList<>();
        List<Object[]> evidence = new ArrayList<>();
        for (int i = 0; i < ids.length; i++) {
            BulkRows.CaseRow c = rows.get(i);
            long id = ids[i];
            c.form().subjectIds().forEach(m -> subjects.add(new Pair(id, m)));
            c.form().categoryIds().forEach(k -> categories.add(new Pair(id, k)));
            c.form().registerRecordIds().forEach(r -> links.add(new Pair(id, r)));
            c.steps().forEach(s -> steps.add(new Object[] {id, s}));
            if (c.statement() != null) {
                statements.add(new Object[] {id, c.statement()});
            }
            c.evidence().forEach(e -> evidence.add(new Object[] {id, e}));
        }
        pairs(CASE_SUBJECT, CASE_SUBJECT.CASE_ID, CASE_SUBJECT.MEMBER_ID, subjects);
        pairs(CASE_CATEGORY, CASE_CATEGORY.CASE_ID, CASE_CATEGORY.CATEGORY_ID, categories);
        pairs(CASE_REGISTER_LINK, CASE_REGISTER_LINK.CASE_ID, CASE_REGISTER_LINK.RECORD_ID, links);
        new BulkInsert<Object[]>(CASE_TRANSITION, false, (p, o) -> {
            BulkRows.CaseStep s = (BulkRows.CaseStep) o[1];
            p.number((Long) o[0]).name(s.from()).name(s.to()).date(s.on()).text(s.comment()).number(userId);
        }, CASE_TRANSITION.CASE_ID, CASE_TRANSITION.FROM_STAGE, CASE_TRANSITION.TO_STAGE, CASE_TRANSITION.MOVED_ON,
                CASE_TRANSITION.COMMENT, CASE_TRANSITION.USER_ID).run(database, steps);
        new BulkInsert<Object[]>(CASE_STATEMENT, false, (p, o) -> {
            org.conductledger.model.MemberStatement s = (org.conductledger.model.MemberStatement) o[1];
            p.number((Long) o[0]).date(s.shownOn()).text(String.join("、", s.staff())).text(s.opinion()).flag(s.refused())
                    .text(s.staffNote());
        }, CASE_STATEMENT.CASE_ID, CASE_STATEMENT.SHOWN_ON, CASE_STATEMENT.STAFF, CASE_STATEMENT.OPINION,
                CASE_STATEMENT.REFUSED, CASE_STATEMENT.STAFF_NOTE).run(database, statements);
        new BulkInsert<Object[]>(CASE_EVIDENCE, false, (p, o) -> {
            BulkRows.UrlEvidence e = (BulkRows.UrlEvidence) o[1];
            p.number((Long) o[0]).text("URL").text(e.title()).text(e.url()).instant(e.capturedAt()).text(e.capturedBy())
                    .number(userId);
        }, CASE_EVIDENCE.CASE_ID, CASE_EVIDENCE.KIND, CASE_EVIDENCE.TITLE, CASE_EVIDENCE.URL, CASE_EVIDENCE.CAPTURED_AT,
                CASE_EVIDENCE.CAPTURED_BY, CASE_EVIDENCE.ADDED_BY).run(database, evidence);
        return ids;
    }

    private void pairs(org.jooq.Table<?> table, org.jooq.Field<Long> first, org.jooq.Field<Long> second, List<Pair> rows) {
        new BulkInsert<Pair>(table, false, (p, pair) -> p.number(pair.first()).number(pair.second()), first, second)
                .run(database, rows);
    }

    /** Decisions with their measures; returns their ids. */
    public long[] outcomes(List<BulkRows.OutcomeRow> rows) {
        long[] ids = new BulkInsert<BulkRows.OutcomeRow>(OUTCOME, true, (p, o) -> p.number(o.form().caseId())
                .number(o.form().memberId()).date(o.form().decidedOn()).number(o.form().decidingOrgId())
                .text(o.form().documentNo()).date(o.form().effectiveOn() == null ? o.form().decidedOn() : o.form().effectiveOn())
                .text(o.form().notes()).text(o.form().authorityOverride()).flag(o.probationExtended()).date(o.restoredOn())
                .date(o.execution().announcedOn()).date(o.execution().filedOn()).date(o.execution().reportedOn())
                .name(o.status()).number(o.replacesId()).number(userId),
                OUTCOME.CASE_ID, OUTCOME.MEMBER_ID, OUTCOME.DECIDED_ON, OUTCOME.DECIDING_ORG_ID, OUTCOME.DOCUMENT_NO,
                OUTCOME.EFFECTIVE_ON, OUTCOME.NOTES, OUTCOME.AUTHORITY_OVERRIDE, OUTCOME.PROBATION_EXTENDED,
                OUTCOME.RESTORED_ON, OUTCOME.ANNOUNCED_ON, OUTCOME.FILED_ON, OUTCOME.EXECUTION_REPORTED_ON, OUTCOME.STATUS,
                OUTCOME.REPLACES_ID, OUTCOME.RECORDED_BY).run(database, rows);
        List<Pair> measures = new ArrayList<>();
        for (int i = 0; i < ids.length; i++) {
            long id = ids[i];
            rows.get(i).form().typeIds().stream().sorted().forEach(t -> measures.add(new Pair(id, t)));
        }
        pairs(OUTCOME_MEASURE, OUTCOME_MEASURE.OUTCOME_ID, OUTCOME_MEASURE.TYPE_ID, measures);
        return ids;
    }

    public void appeals(List<BulkRows.AppealRow> rows) {
        new BulkInsert<BulkRows.AppealRow>(OUTCOME_APPEAL, false, (p, a) -> p.number(a.outcomeId()).date(a.filedOn())
                .number(a.toOrgId()).name(a.result()).date(a.decidedOn()).text(a.notes()).number(userId),
                OUTCOME_APPEAL.OUTCOME_ID, OUTCOME_APPEAL.FILED_ON, OUTCOME_APPEAL.TO_ORG_ID, OUTCOME_APPEAL.RESULT,
                OUTCOME_APPEAL.DECIDED_ON, OUTCOME_APPEAL.NOTES, OUTCOME_APPEAL.RECORDED_BY).run(database, rows);
    }

    public void commendations(List<Commendation> rows) {
        new BulkInsert<Commendation>(COMMENDATION, false, (p, c) -> p.number(c.memberId()).name(c.level()).text(c.awardingOrg())
                .text(c.reason()).date(c.awardedOn()).text(c.documentNo()).number(userId),
                COMMENDATION.MEMBER_ID, COMMENDATION.AWARD_LEVEL, COMMENDATION.AWARDING_ORG, COMMENDATION.REASON,
                COMMENDATION.AWARDED_ON, COMMENDATION.DOCUMENT_NO, COMMENDATION.RECORDED_BY).run(database, rows);
    }

    public void clarifications(List<Clarification> rows) {
        new BulkInsert<Clarification>(CLARIFICATION, false, (p, c) -> p.number(c.caseId()).number(c.memberId())
                .name(c.trigger()).name(c.method()).text(c.scope()).date(c.clarifiedOn()).text(c.notes()).number(userId),
                CLARIFICATION.CASE_ID, CLARIFICATION.MEMBER_ID, CLARIFICATION.TRIGGER_KIND, CLARIFICATION.METHOD,
                CLARIFICATION.CLARIFY_SCOPE, CLARIFICATION.CLARIFIED_ON, CLARIFICATION.NOTES, CLARIFICATION.RECORDED_BY)
                .run(database, rows);
    }

    public void protections(List<Protection> rows) {
        new BulkInsert<Protection>(PROTECTION, false, (p, r) -> p.number(r.memberId()).date(r.recordedOn()).text(r.situation())
                .text(r.measures()).number(userId),
                PROTECTION.MEMBER_ID, PROTECTION.RECORDED_ON, PROTECTION.SITUATION, PROTECTION.MEASURES,
                PROTECTION.RECORDED_BY).run(database, rows);
    }

    public void accountability(List<Accountability.Form> rows) {
        new BulkInsert<Accountability.Form>(ACCOUNTABILITY, false, (p, f) -> p.name(f.target())
                .number(f.target() == AccountabilityTarget.ORGANISATION ? f.targetOrgId() : null)
                .number(f.target() == AccountabilityTarget.LEADER ? f.targetMemberId() : null)
                .text(f.measures().stream().sorted().map(Enum::name).collect(Collectors.joining(",")))
                .date(f.decidedOn()).number(f.decidingOrgId()).text(f.documentNo()).number(f.caseId()).text(f.reason())
                .number(userId),
                ACCOUNTABILITY.TARGET_KIND, ACCOUNTABILITY.TARGET_ORG_ID, ACCOUNTABILITY.TARGET_MEMBER_ID,
                ACCOUNTABILITY.MEASURES, ACCOUNTABILITY.DECIDED_ON, ACCOUNTABILITY.DECIDING_ORG_ID,
                ACCOUNTABILITY.DOCUMENT_NO, ACCOUNTABILITY.CASE_ID, ACCOUNTABILITY.REASON, ACCOUNTABILITY.RECORDED_BY)
                .run(database, rows);
    }

    /** Whether the ledger holds any member or case at all (a demo is generated into an empty ledger only). */
    public boolean holdsRecords() {
        return database.dsl().fetchExists(MEMBER) || database.dsl().fetchExists(CASE_FILE);
    }

    private <T> void update(String sql, List<T> rows, BulkInsert.Binder<T> binder) {
        BulkInsert.statement(sql, binder).run(database, rows);
    }
}
