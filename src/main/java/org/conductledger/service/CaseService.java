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

    public CaseService(Session session, AuditLog audit, Transactions transactions, CaseRepository cases,
                       MemberRepository members, OrganisationRepository organisations, ReferenceRepository reference,
                       RegisterRepository registers, CaseRules rules) {
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
            long id = cases.insert(form, rules.today());
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
        CaseFacts facts = new CaseFacts(cases.statement(id).orElse(null), false,
                to == CaseStage.DISMISSED ? dismissalReason : current.dismissalReason(), false);
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
