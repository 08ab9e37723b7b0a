package org.conductledger.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.conductledger.model.AuditAction;
import org.conductledger.model.CaseFacts;
import org.conductledger.model.CaseField;
import org.conductledger.model.CaseFile;
import org.conductledger.model.CaseForm;
import org.conductledger.model.CaseHistoryEntry;
import org.conductledger.model.CaseRules;
import org.conductledger.model.CaseStage;
import org.conductledger.model.CaseWorkflow;
import org.conductledger.model.LedgerException;
import org.conductledger.model.MemberStatement;
import org.conductledger.model.Organisation;
import org.conductledger.model.Permission;
import org.conductledger.model.Problem;
import org.conductledger.model.Role;
import org.conductledger.model.Session;
import org.conductledger.model.ValidationException;
import org.conductledger.model.ViolationCategory;
import org.conductledger.store.CaseRepository;
import org.conductledger.store.MemberRepository;
import org.conductledger.store.OrganisationRepository;
import org.conductledger.store.ReferenceRepository;
import org.conductledger.store.RegisterRepository;
import org.conductledger.store.Transactions;

/**
 * Misconduct cases: intake, the stage workflow with its guards, the member's statement. Confidential by
 * construction: the reporter is shown only to 案件承办 users handling the case; a user who is a subject
 * sees only that a case exists (conflict of interest); audit entries never carry the reporter.
 */
public final class CaseService {

    private final Session session;
    private final AuditLog audit;
    private final Transactions transactions;
    private final CaseRepository cases;
    private final MemberRepository members;
    private final OrganisationRepository organisations;
    private final ReferenceRepository reference;
    private final RegisterRepository registers;
    private final CaseRules rules;
    private final org.conductledger.store.SettingRepository settings;
    private final org.conductledger.store.OutcomeRepository outcomes;

    public CaseService(Session session, AuditLog audit, Transactions transactions, CaseRepository cases,
                       MemberRepository members, OrganisationRepository organisations, ReferenceRepository reference,
                       RegisterRepository registers, CaseRules rules, org.conductledger.store.SettingRepository settings,
                       org.conductledger.store.OutcomeRepository outcomes) {
        this.outcomes = outcomes;
        this.settings = settings;
        this.session = session;
        this.audit = audit;
        this.transactions = transactions;
        this.cases = cases;
        this.members = members;
        this.organisations = organisations;
        this.reference = reference;
        this.registers = registers;
        this.rules = rules;
    }

    /** Records a report or clue (受理登记); the user, if a 案件承办, becomes one of its handlers. */
    public CaseFile intake(CaseForm form) {
        audit.require(session, Permission.CASE_WRITE);
        List<Problem> problems = new ArrayList<>(rules.validate(form));
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return transactions.inTransaction(() -> {
            organisation(form.orgId());
            for (Long member : form.subjectIds()) {
                members.findById(member).orElseThrow(() -> new LedgerException("error.member.notFound", member));
            }
            List<Long> known = reference.violationCategories().stream().map(ViolationCategory::id).toList();
            if (!known.containsAll(form.categoryIds())) {
                throw new ValidationException(Problem.of(CaseField.CATEGORIES, "validation.case.noCategory"));
            }
            for (Long record : form.registerRecordIds()) {
                registers.findById(record).orElseThrow(() -> new LedgerException("error.register.notFound", record));
            }
            // A repeat report about the same subject and category is linked to the first, not handled twice.
            java.util.Optional<Long> earlier = cases.earlierOpenCase(form.subjectIds(), form.categoryIds());
            long id = cases.insert(form, rules.today());
            earlier.ifPresent(first -> cases.setRepeatOf(id, first));
            cases.recordStep(id, null, CaseStage.REGISTERED, form.receivedOn(), null, session.userId());
            if (session.hasRole(Role.CASE_HANDLER)) {
                cases.addHandler(id, session.userId());
            }
            // No reporter identity here: the audit log is read by others than the handlers.
            audit.record(session, AuditAction.CREATE, "case", id, "source: " + form.source().name() + "; subjects: "
                    + form.subjectIds() + "; categories: " + form.categoryIds() + "; realName: " + form.realName());
            return shown(cases.findById(id).orElseThrow());
        });
    }

    /** The cases handled in {@code orgId} (and below); cases about the user show only that they exist. */
    public List<CaseFile> list(long orgId, boolean subtree) {
        audit.require(session, Permission.CASE_READ);
        return cases.list(organisation(orgId), subtree).stream().map(this::shown).toList();
    }

    /** The cases in the user's subtree that are about {@code memberId}, oldest first (for the member's dossier). */
    public List<CaseFile> ofMember(long memberId) {
        audit.require(session, Permission.CASE_READ);
        members.findById(memberId).orElseThrow(() -> new LedgerException("error.member.notFound", memberId));
        return cases.list(organisation(session.orgId()), true).stream()
                .filter(c -> c.subjects().stream().anyMatch(s -> s.memberId() == memberId))
                .sorted(java.util.Comparator.comparing(CaseFile::receivedOn).thenComparingLong(CaseFile::id))
                .map(this::shown).toList();
    }

    /** One case; refused to a user who is one of its subjects. */
    public CaseFile get(long id) {
        audit.require(session, Permission.CASE_READ);
        CaseFile found = cases.findById(id).orElseThrow(() -> new LedgerException("error.case.notFound", id));
        if (isSubject(found)) {
            throw new LedgerException("error.access.conflictOfInterest");
        }
        return shown(found);
    }

    public List<CaseHistoryEntry> history(long id) {
        get(id);
        return cases.history(id);
    }

    public void addHandler(long caseId, long userId) {
        audit.require(session, Permission.CASE_WRITE);
        get(caseId);
        transactions.run(() -> {
            cases.addHandler(caseId, userId);
            audit.record(session, AuditAction.UPDATE, "case", caseId, "handler: " + userId);
        });
    }

    /** 材料见面: the facts shown to the member, their statement or noted refusal. */
    public void recordStatement(long caseId, MemberStatement statement) {
        audit.require(session, Permission.CASE_WRITE);
        get(caseId);
        List<Problem> problems = statement.problems();
        if (statement.shownOn() != null && statement.shownOn().isAfter(rules.today())) {
            problems = new ArrayList<>(problems);
            problems.add(Problem.of(null, "validation.date.future"));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        transactions.run(() -> {
            cases.putStatement(caseId, statement);
            audit.record(session, AuditAction.UPDATE, "case", caseId, "statement: " + statement.shownOn()
                    + "; refused: " + statement.refused());
        });
    }

    public java.util.Optional<MemberStatement> statement(long caseId) {
        get(caseId);
        return cases.statement(caseId);
    }

    /**
     * Moves the case to {@code to} on {@code on}, if the workflow allows it now: the move is legal and its
     * guards hold (statement before a decision, an outcome or a reason before closing, new evidence to
     * reopen a case on hold). Who, when and why are recorded; the move is audited.
     */
    public CaseFile move(long id, int expectedVersion, CaseStage to, LocalDate on, String comment, String dismissalReason) {
        audit.require(session, Permission.CASE_WRITE);
        CaseFile current = get(id);
        boolean newEvidence = current.stage() == CaseStage.ON_HOLD && cases.evidence(id).stream()
                .anyMatch(e -> !e.withdrawn() && !e.addedAt().atZone(java.time.ZoneId.systemDefault()).toLocalDate()
                        .isBefore(current.stageSince()));
        // A decision (处理决定) with graded outcomes, or a written conclusion (书面结论) when none is imposed.
        boolean decided = outcomes.existsForCase(id) || cases.decision(id).isPresent();
        CaseFacts facts = new CaseFacts(cases.statement(id).orElse(null), decided,
                to == CaseStage.DISMISSED ? dismissalReason : current.dismissalReason(), newEvidence);
        List<Problem> problems = new ArrayList<>(CaseWorkflow.check(current.stage(), to, facts));
        if (on == null) {
            problems.add(Problem.of(CaseField.STAGE, "validation.required"));
        } else if (on.isAfter(rules.today()) || on.isBefore(current.stageSince())) {
            problems.add(Problem.of(CaseField.STAGE, "validation.case.moveDate", current.stageSince()));
        }
        if (comment != null && comment.strip().length() > CaseRules.COMMENT_MAX) {
            problems.add(Problem.of(CaseField.COMMENT, "validation.tooLong", CaseRules.COMMENT_MAX));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return transactions.inTransaction(() -> {
            if (!cases.move(id, expectedVersion, current.stage(), to, on, comment, dismissalReason, session.userId())) {
                throw new LedgerException("error.case.stale");
            }
            audit.record(session, AuditAction.STATUS_CHANGE, "case", id,
                    "stage: " + current.stage().name() + " → " + to.name() + "; date: " + on);
            return shown(cases.findById(id).orElseThrow());
        });
    }

    /**
     * Records the written conclusion (书面结论) once the case has reached 处理决定: the text of the decision, and
     * what lets a case in which no measure is imposed (不予 / 免予处分) go on to 执行 and 结案. Graded outcomes
     * are recorded with {@link OutcomeService}.
     */
    public void recordDecision(long caseId, String summary, LocalDate on) {
        audit.require(session, Permission.CASE_WRITE);
        CaseFile c = get(caseId);
        if (c.stage() != CaseStage.DECISION) {
            throw new ValidationException(Problem.of(null, "validation.case.decisionStage"));
        }
        if (summary == null || summary.isBlank() || summary.strip().length() > 2000) {
            throw new ValidationException(Problem.of(null, "validation.case.decisionText"));
        }
        if (on == null || on.isAfter(rules.today()) || on.isBefore(c.stageSince())) {
            throw new ValidationException(Problem.of(CaseField.STAGE, "validation.case.moveDate", c.stageSince()));
        }
        transactions.run(() -> {
            cases.setDecision(caseId, summary, on);
            audit.record(session, AuditAction.UPDATE, "case", caseId, "decision: " + on);
        });
    }

    public java.util.Optional<String> decision(long caseId) {
        get(caseId);
        return cases.decision(caseId);
    }

    /** The case this one repeats (an earlier open case about the same subject and category), if any. */
    public java.util.Optional<Long> repeatOf(long caseId) {
        get(caseId);
        return cases.repeatOf(caseId);
    }

    /** Records that a real-name reporter was told of the acceptance, or of the result. */
    public void recordNotice(long caseId, boolean result, LocalDate on) {
        audit.require(session, Permission.CASE_WRITE);
        CaseFile c = get(caseId);
        if (!c.realName()) {
            throw new ValidationException(Problem.of(null, "validation.case.noticeNotRealName"));
        }
        if (result && c.stage() != CaseStage.CLOSED) {
            throw new ValidationException(Problem.of(null, "validation.case.resultNoticeBeforeClose"));
        }
        if (on == null || on.isAfter(rules.today()) || on.isBefore(c.receivedOn())) {
            throw new ValidationException(Problem.of(null, "validation.case.noticeDate"));
        }
        transactions.run(() -> {
            cases.setNotice(caseId, result, on);
            audit.record(session, AuditAction.UPDATE, "case", caseId, (result ? "resultNotice: " : "acceptanceNotice: ") + on);
        });
    }

    /** A report found untrue: 错告 (MISTAKEN) or 诬告 (MALICIOUS) — only on a clue closed without action. */
    public void markFalseReport(long caseId, String kind) {
        audit.require(session, Permission.CASE_WRITE);
        CaseFile c = get(caseId);
        if (!"MISTAKEN".equals(kind) && !"MALICIOUS".equals(kind)) {
            throw new ValidationException(Problem.of(null, "validation.case.falseReportKind"));
        }
        if (c.dismissalReason() == null) {
            throw new ValidationException(Problem.of(null, "validation.case.falseReportNeedsDismissal"));
        }
        transactions.run(() -> {
            cases.setFalseReport(caseId, kind);
            audit.record(session, AuditAction.UPDATE, "case", caseId, "falseReport: " + kind);
        });
    }

    public java.util.Optional<String> falseReport(long caseId) {
        get(caseId);
        return cases.falseReport(caseId);
    }

    /** The working calendar (holidays, 调休 working days) the time limits are counted with. */
    public org.conductledger.model.WorkingCalendar calendar() {
        return new org.conductledger.model.WorkingCalendar(dates("calendar.holidays"), dates("calendar.workdays"));
    }

    public void setCalendar(java.util.Set<LocalDate> holidays, java.util.Set<LocalDate> workdays) {
        audit.require(session, Permission.SETTINGS_MANAGE);
        transactions.run(() -> {
            settings.put("calendar.holidays", joined(holidays));
            settings.put("calendar.workdays", joined(workdays));
            audit.record(session, AuditAction.SETTINGS_CHANGE, "setting", "calendar",
                    "holidays: " + holidays.size() + "; workdays: " + workdays.size());
        });
    }

    private java.util.Set<LocalDate> dates(String setting) {
        String text = settings.get(setting).orElse("");
        java.util.Set<LocalDate> dates = new java.util.TreeSet<>();
        for (String part : text.split(",")) {
            if (!part.isBlank()) {
                dates.add(LocalDate.parse(part.strip()));
            }
        }
        return dates;
    }

    private static String joined(java.util.Set<LocalDate> dates) {
        return String.join(",", new java.util.TreeSet<>(dates).stream().map(LocalDate::toString).toList());
    }

    /** The time limits per stage (ledger settings "case.due.<STAGE>"). */
    public java.util.Map<CaseStage, org.conductledger.model.DueRule> dueRules() {
        java.util.Map<CaseStage, org.conductledger.model.DueRule> rulesByStage = new java.util.EnumMap<>(CaseStage.class);
        for (CaseStage stage : CaseStage.values()) {
            settings.get("case.due." + stage.name()).filter(t -> !t.isBlank())
                    .ifPresent(t -> rulesByStage.put(stage, org.conductledger.model.DueRule.parse(t)));
        }
        return rulesByStage;
    }

    /** Sets the time limit of a stage ("15w" working days, "90d" calendar days; blank removes it). */
    public void setDueRule(CaseStage stage, String rule) {
        audit.require(session, Permission.SETTINGS_MANAGE);
        String text = rule == null ? "" : rule.strip();
        if (!text.isEmpty()) {
            org.conductledger.model.DueRule.parse(text);
        }
        String before = settings.get("case.due." + stage.name()).orElse("");
        transactions.run(() -> {
            settings.put("case.due." + stage.name(), text);
            audit.record(session, AuditAction.SETTINGS_CHANGE, "setting", "case.due." + stage.name(),
                    "dueRule: " + (before.isEmpty() ? "∅" : before) + " → " + (text.isEmpty() ? "∅" : text));
        });
    }

    /** What a case owes and by when. */
    public List<org.conductledger.model.CaseDue.Item> due(long caseId) {
        CaseFile c = get(caseId);
        LocalDate[] notices = cases.notices(caseId);
        return org.conductledger.model.CaseDue.of(c, notices[0], notices[1], dueRules(), calendar(), rules.today());
    }

    /**
     * The cases handled in {@code orgId} (and below), each with the first thing it owes (null when nothing, or when
     * the user may see only that the case exists): the case list, in a few queries whatever the number of cases.
     */
    public List<Todo> listWithDue(long orgId, boolean subtree) {
        audit.require(session, Permission.CASE_READ);
        Organisation handling = organisation(orgId);
        var rulesByStage = dueRules();
        var calendar = calendar();
        java.util.Map<Long, LocalDate[]> notices = cases.notices(handling, subtree);
        List<Todo> listed = new ArrayList<>();
        for (CaseFile found : cases.list(handling, subtree)) {
            CaseFile c = shown(found);
            LocalDate[] n = notices.getOrDefault(c.id(), new LocalDate[2]);
            List<org.conductledger.model.CaseDue.Item> due = c.restricted() ? List.of()
                    : org.conductledger.model.CaseDue.of(c, n[0], n[1], rulesByStage, calendar, rules.today());
            listed.add(new Todo(c, due.isEmpty() ? null : due.get(0)));
        }
        return listed;
    }

    /** A case needing action and its earliest due item. */
    public record Todo(CaseFile caseFile, org.conductledger.model.CaseDue.Item next) {
    }

    /** A case this user is responsible for and everything it owes (possibly nothing), the earliest first. */
    public record Due(CaseFile caseFile, List<org.conductledger.model.CaseDue.Item> items) {
    }

    /**
     * 我的待办: cases in scope that owe something — for a 案件承办, those they handle; for a 组织部门 user, all
     * in scope — soonest first; overdue ones come first by date.
     */
    public List<Todo> myTodo(long orgId) {
        List<Todo> todo = new ArrayList<>();
        for (Due d : myCases(orgId)) {
            if (!d.items().isEmpty()) {
                todo.add(new Todo(d.caseFile(), d.items().get(0)));
            }
        }
        todo.sort(java.util.Comparator.comparing(t -> t.next().dueOn()));
        return todo;
    }

    /**
     * The cases in scope this user is responsible for — for a 案件承办, those they handle; for a 组织部门 user, all
     * in scope; never a case about the user — each with what it owes (the 工作台 lists these).
     */
    public List<Due> myCases(long orgId) {
        audit.require(session, Permission.CASE_READ);
        var rulesByStage = dueRules();
        var calendar = calendar();
        List<Due> mine = new ArrayList<>();
        boolean department = session.hasRole(Role.ORG_DEPARTMENT);
        Organisation handling = organisation(orgId);
        java.util.Map<Long, LocalDate[]> allNotices = cases.notices(handling, true);
        for (CaseFile c : cases.list(handling, true)) {
            if (isSubject(c) || !department && !cases.isHandler(c.id(), session.userId())) {
                continue;
            }
            LocalDate[] notices = allNotices.getOrDefault(c.id(), new LocalDate[2]);
            mine.add(new Due(shown(c), org.conductledger.model.CaseDue.of(c, notices[0], notices[1], rulesByStage, calendar,
                    rules.today())));
        }
        return mine;
    }

    private boolean isSubject(CaseFile c) {
        return session.memberId() != null && c.subjects().stream().anyMatch(s -> s.memberId() == session.memberId());
    }

    /** What this user may see of a case: everything, less the reporter unless they handle it; or only its existence. */
    private CaseFile shown(CaseFile c) {
        if (isSubject(c)) {
            return new CaseFile(c.id(), c.orgId(), c.orgName(), c.receivedOn(), c.source(), null, false, "", c.stage(),
                    c.stageSince(), null, List.of(), List.of(), List.of(), true, c.version());
        }
        boolean seesReporter = session.hasRole(Role.CASE_HANDLER) && cases.isHandler(c.id(), session.userId());
        if (seesReporter) {
            return c;
        }
        return new CaseFile(c.id(), c.orgId(), c.orgName(), c.receivedOn(), c.source(), null, c.realName(), c.description(),
                c.stage(), c.stageSince(), c.dismissalReason(), c.subjects(), c.categoryIds(), c.registerRecordIds(), false,
                c.version());
    }

    private Organisation organisation(long orgId) {
        return organisations.findById(orgId).orElseThrow(() -> new LedgerException("error.org.notFound", orgId));
    }
}
