package org.conductledger.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.conductledger.model.AnnualReview;
import org.conductledger.model.BackupState;
import org.conductledger.model.CaseDue;
import org.conductledger.model.CaseFile;
import org.conductledger.model.ConfirmationRound;
import org.conductledger.model.ExecutionDue;
import org.conductledger.model.ImpactPeriod;
import org.conductledger.model.Outcome;
import org.conductledger.model.Permission;
import org.conductledger.model.Progress;
import org.conductledger.model.RegisterKind;
import org.conductledger.model.RegisterRecord;
import org.conductledger.model.ReportingDeadline;
import org.conductledger.model.RoundMember;
import org.conductledger.model.Session;
import org.conductledger.model.Todo;
import org.conductledger.model.TodoKind;

/**
 * The 工作台 (issue 9): what the session's user has to do, gathered in one call from the use cases that own each
 * kind, in the user's scope and only for what their roles may read (a refused call would be audited as a security
 * event, so nothing is asked that would be refused). Also the backup state, the audit chain and this year's key
 * numbers, each a call of its own (the last two can take a while).
 */
public final class WorkbenchService {

    private final Session session;
    private final RegisterService registers;
    private final ConfirmationService confirmations;
    private final CaseService cases;
    private final OutcomeService outcomes;
    private final OrganisationService organisations;
    private final BackupService backups;
    private final AuditService audit;
    private final AnnualReviewService reviews;
    private final Clock clock;

    public WorkbenchService(Session session, RegisterService registers, ConfirmationService confirmations, CaseService cases,
                            OutcomeService outcomes, OrganisationService organisations, BackupService backups,
                            AuditService audit, AnnualReviewService reviews, Clock clock) {
        this.session = session;
        this.registers = registers;
        this.confirmations = confirmations;
        this.cases = cases;
        this.outcomes = outcomes;
        this.organisations = organisations;
        this.backups = backups;
        this.audit = audit;
        this.reviews = reviews;
        this.clock = clock;
    }

    /** The kinds this user may have at all (the counts shown). */
    public Set<TodoKind> kinds() {
        Set<TodoKind> kinds = java.util.EnumSet.noneOf(TodoKind.class);
        if (session.has(Permission.REGISTER_READ)) {
            kinds.add(TodoKind.REGISTER);
            kinds.add(TodoKind.ROUND);
        }
        if (session.has(Permission.CASE_READ)) {
            kinds.add(TodoKind.CASE_STAGE);
            kinds.add(TodoKind.REPORTER_NOTICE);
            kinds.add(TodoKind.EXECUTION);
        }
        if (session.has(Permission.MEMBER_READ) || session.has(Permission.CASE_READ)) {
            kinds.add(TodoKind.IMPACT_ENDING);
        }
        return kinds;
    }

    /** Every to-do of the user, overdue first, then by date. */
    public List<Todo> todos() {
        LocalDate today = LocalDate.now(clock);
        long orgId = session.orgId();
        Set<TodoKind> kinds = kinds();
        List<Todo> todos = new ArrayList<>();
        if (kinds.contains(TodoKind.REGISTER)) {
            unreported(orgId, today, todos);
            unconfirmed(todos);
        }
        if (kinds.contains(TodoKind.CASE_STAGE)) {
            List<CaseService.Due> mine = cases.myCases(orgId);
            caseItems(mine, today, todos);
            executions(orgId, mine.stream().map(d -> d.caseFile().id()).collect(Collectors.toSet()), today, todos);
        }
        if (kinds.contains(TodoKind.IMPACT_ENDING)) {
            for (Outcome o : outcomes.expiry(orgId, OutcomeService.Expiry.ENDING)) {
                ImpactPeriod.of(o).ifPresent(term -> todos.add(Todo.dated(TodoKind.IMPACT_ENDING, term.endsOn(), today,
                        "workbench.todo.impact", List.of(o.memberName(), o.measures()), o.decidingOrgName(),
                        Todo.Target.of(Todo.TargetType.MEMBER, o.memberId()))));
            }
        }
        return Todo.sorted(todos);
    }

    /** Accounts and groups not reported yet whose window has passed or ends within {@code Urgency.SOON_DAYS}. */
    private void unreported(long orgId, LocalDate today, List<Todo> todos) {
        ReportingDeadline deadline = registers.deadline();
        // One query for the records never reported (not every record of the tree: 300,000 at 100,000 members).
        for (RegisterRecord r : registers.unreported(orgId)) {
            Todo todo = Todo.dated(TodoKind.REGISTER, deadline.dueOn(r.form().openedOn()), today, "workbench.todo.register",
                    List.of(r.kind(), r.memberName(), r.platformName(), r.form().name()), r.orgName(),
                    new Todo.Target(Todo.TargetType.REGISTER, r.id(), r.kind()));
            if (todo.urgency().pressing()) {
                todos.add(todo);
            }
        }
    }

    /** One item per open 年审 round that still waits for members. */
    private void unconfirmed(List<Todo> todos) {
        for (ConfirmationRound round : confirmations.openRounds()) {
            long missing = confirmations.progress(round).stream().filter(m -> !m.confirmed()).count();
            if (missing > 0) {
                String orgName = session.has(Permission.ORG_READ) ? organisations.get(round.orgId()).name() : "";
                todos.add(new Todo(TodoKind.ROUND, null, org.conductledger.model.Urgency.OPEN, "workbench.todo.round",
                        List.of(String.valueOf(round.year()), missing), orgName,
                        Todo.Target.of(Todo.TargetType.ROUND, round.orgId())));
            }
        }
    }

    private static void caseItems(List<CaseService.Due> mine, LocalDate today, List<Todo> todos) {
        for (CaseService.Due d : mine) {
            CaseFile c = d.caseFile();
            String subjects = String.join("、", c.subjects().stream().map(CaseFile.Subject::name).toList());
            for (CaseDue.Item item : d.items()) {
                boolean stage = item.kind() == CaseDue.Kind.STAGE;
                List<Object> args = new ArrayList<>(List.of(String.valueOf(c.id()), subjects));
                args.add(stage ? c.stage() : item.kind());
                String key = stage ? (subjects.isEmpty() ? "workbench.todo.caseStageNoSubject" : "workbench.todo.caseStage")
                        : subjects.isEmpty() ? "workbench.todo.noticeNoSubject" : "workbench.todo.notice";
                todos.add(Todo.dated(stage ? TodoKind.CASE_STAGE : TodoKind.REPORTER_NOTICE, item.dueOn(), today,
                        key, args, c.orgName(), Todo.Target.of(Todo.TargetType.CASE, c.id())));
            }
        }
    }

    /** Decisions in force in the user's cases with an execution step not done: the earliest such step. */
    private void executions(long orgId, Set<Long> myCases, LocalDate today, List<Todo> todos) {
        for (Outcome o : outcomes.expiry(orgId, OutcomeService.Expiry.ALL)) {
            if (!myCases.contains(o.caseId())) {
                continue;
            }
            ExecutionDue.of(o, today).stream().filter(i -> i.doneOn() == null).min(Comparator.comparing(ExecutionDue.Item::dueOn))
                    .ifPresent(step -> todos.add(Todo.dated(TodoKind.EXECUTION, step.dueOn(), today, "workbench.todo.execution",
                            List.of(o.memberName(), o.measures(), step.step()), o.decidingOrgName(),
                            Todo.Target.of(Todo.TargetType.OUTCOME, o.id()))));
        }
    }

    /** The automatic backups: the last one and the next. */
    public BackupState backups() {
        return backups.dailyState();
    }

    /** Whether this user may see the audit chain's state. */
    public boolean mayVerifyAudit() {
        return session.has(Permission.AUDIT_READ);
    }

    /** The audit chain verified (walks the whole log: run it in the background), for users who may read it. */
    public Optional<AuditVerification> auditChain() {
        return mayVerifyAudit() ? Optional.of(audit.verify()) : Optional.empty();
    }

    public boolean mayCompileFigures() {
        return reviews.mayCompile();
    }

    /** This year's review of the user's subtree so far, the same code as the annual review, if they may compile it. */
    public Optional<AnnualReview> keyFigures() {
        if (!mayCompileFigures()) {
            return Optional.empty();
        }
        return Optional.of(reviews.compile(session.orgId(), LocalDate.now(clock).getYear(), Progress.NONE));
    }
}
