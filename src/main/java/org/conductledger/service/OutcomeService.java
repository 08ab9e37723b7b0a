package org.conductledger.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.conductledger.model.Appeal;
import org.conductledger.model.AppealResult;
import org.conductledger.model.AuditAction;
import org.conductledger.model.CaseFile;
import org.conductledger.model.CaseStage;
import org.conductledger.model.ImpactPeriod;
import org.conductledger.model.LedgerException;
import org.conductledger.model.Member;
import org.conductledger.model.Organisation;
import org.conductledger.model.Outcome;
import org.conductledger.model.OutcomeField;
import org.conductledger.model.OutcomeForm;
import org.conductledger.model.OutcomeRules;
import org.conductledger.model.OutcomeStatus;
import org.conductledger.model.OutcomeType;
import org.conductledger.model.Permission;
import org.conductledger.model.Problem;
import org.conductledger.model.Session;
import org.conductledger.model.ValidationException;
import org.conductledger.store.MemberRepository;
import org.conductledger.store.OrganisationRepository;
import org.conductledger.store.OutcomeRepository;
import org.conductledger.store.SettingRepository;
import org.conductledger.store.Transactions;

/**
 * Graded outcomes (处理决定): recorded on a case at 处理决定 for one of its subjects, checked against the
 * member (guards), 干部管理权限 (override with a reason, audited) and the recording role; appeals that uphold,
 * change (with the replacement decision) or revoke; execution dates; 留党察看's extension and restoration;
 * running impact periods for badges and the expiry list.
 */
public final class OutcomeService {

    public static final String HORIZON_SETTING = "impact.horizonDays";

    /** Whether the user's roles allow recording {@code type} (组织处理 → 组织部门, 纪律处分 → 案件承办); no database. */
    public boolean mayRecord(OutcomeType type) {
        return type.recordRole() == null || session.hasRole(type.recordRole());
    }

    private final Session session;
    private final AuditLog audit;
    private final Transactions transactions;
    private final OutcomeRepository outcomes;
    private final CaseService cases;
    private final MemberRepository members;
    private final OrganisationRepository organisations;
    private final SettingRepository settings;
    private final OutcomeRules rules;

    public OutcomeService(Session session, AuditLog audit, Transactions transactions, OutcomeRepository outcomes,
                          CaseService cases, MemberRepository members, OrganisationRepository organisations,
                          SettingRepository settings, OutcomeRules rules) {
        this.session = session;
        this.audit = audit;
        this.transactions = transactions;
        this.outcomes = outcomes;
        this.cases = cases;
        this.members = members;
        this.organisations = organisations;
        this.settings = settings;
        this.rules = rules;
    }

    /** The ladder, lightest first (retired types included: old decisions name them). */
    public List<OutcomeType> types() {
        return outcomes.types();
    }

    /** Sets a type's impact period (months, null for none), how sure it is and its note: 组织部门 at the root. */
    public OutcomeType setImpact(String code, Integer months, org.conductledger.model.ImpactBasis basis, String note) {
        OutcomeType type = rootEditable(code);
        if (months != null && (months < 1 || months > 120) || basis == null
                || (months == null) != (basis == org.conductledger.model.ImpactBasis.NONE)
                || note != null && note.strip().length() > 300) {
            throw new ValidationException(Problem.of(null, "validation.outcome.impactInput"));
        }
        return transactions.inTransaction(() -> {
            outcomes.updateImpact(type.id(), months, basis, note == null || note.isBlank() ? null : note.strip());
            audit.record(session, AuditAction.REFERENCE_CHANGE, "outcome_type", type.id(), "impact: "
                    + type.impactMonths() + " " + type.impactBasis() + " → " + months + " " + basis);
            return outcomes.types().stream().filter(t -> t.id() == type.id()).findFirst().orElseThrow();
        });
    }

    /** Retires a type (no new decisions name it) or restores it: 组织部门 at the root. */
    public OutcomeType setRetired(String code, boolean retired) {
        OutcomeType type = rootEditable(code);
        return transactions.inTransaction(() -> {
            outcomes.setTypeRetired(type.id(), retired);
            audit.record(session, AuditAction.REFERENCE_CHANGE, "outcome_type", type.id(),
                    "retired: " + type.retired() + " → " + retired);
            return outcomes.types().stream().filter(t -> t.id() == type.id()).findFirst().orElseThrow();
        });
    }

    private OutcomeType rootEditable(String code) {
        audit.require(session, Permission.REFERENCE_MANAGE);
        if (organisation(session.orgId()).parentId() != null) {
            throw new LedgerException("error.reference.rootOnly");
        }
        String wanted = code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT);
        return outcomes.types().stream().filter(t -> t.code().equals(wanted)).findFirst()
                .orElseThrow(() -> new LedgerException("error.reference.notFound"));
    }

    /** Whether {@code decidingOrgId} holds 干部管理权限 over the member. */
    public boolean holdsAuthority(long memberId, long decidingOrgId) {
        audit.require(session, Permission.CASE_READ);
        return authority(member(memberId), decidingOrgId);
    }

    private boolean authority(Member member, long decidingOrgId) {
        String deciding = organisations.findById(decidingOrgId).map(Organisation::path).orElse(null);
        String basis = organisations.findById(OutcomeRules.authorityBasis(member)).map(Organisation::path).orElse(null);
        return OutcomeRules.holdsAuthority(deciding, basis);
    }

    /**
     * Records a decision. Refused (with every problem) when the case is not at 处理决定, the member is not a
     * subject, a measure does not fit the member or the user's role, or authority is missing without an
     * override reason; warnings (e.g. 撤销党内职务 without a recorded party post) refuse until accepted.
     */
    public Outcome record(OutcomeForm form) {
        audit.require(session, Permission.CASE_WRITE);
        CaseFile c = cases.get(form.caseId());
        if (c.stage() != CaseStage.DECISION) {
            throw new ValidationException(Problem.of(null, "validation.outcome.stage"));
        }
        if (c.subjects().stream().noneMatch(s -> s.memberId() == form.memberId())) {
            throw new ValidationException(Problem.of(OutcomeField.MEMBER, "validation.outcome.notSubject"));
        }
        Member member = member(form.memberId());
        List<OutcomeType> types = typesOf(form.typeIds());
        boolean authority = form.decidingOrgId() != null && authority(member, form.decidingOrgId());
        OutcomeRules.Facts facts = new OutcomeRules.Facts(member, outcomes.holdsPartyPost(member.id()), c.stageSince(), authority);
        List<Problem> problems = new ArrayList<>(rules.validate(form, types, facts));
        for (OutcomeType type : types) {
            if (type.retired()) {
                problems.add(Problem.of(OutcomeField.TYPES, "validation.outcome.retired", type.name()));
            }
            if (type.recordRole() != null && !session.hasRole(type.recordRole())) {
                problems.add(Problem.of(OutcomeField.TYPES, "validation.outcome.role", type.name(), type.recordRole()));
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        List<Problem> warnings = rules.warnings(types, facts);
        if (!warnings.isEmpty() && !form.warningsAccepted()) {
            throw new ValidationException(warnings);
        }
        return transactions.inTransaction(() -> {
            organisations.findById(form.decidingOrgId())
                    .orElseThrow(() -> new LedgerException("error.org.notFound", form.decidingOrgId()));
            long id = outcomes.insert(authority ? withoutOverride(form) : form, null, session.userId());
            audit.record(session, AuditAction.OUTCOME_RECORD, "outcome", id, "case: " + form.caseId() + "; member: "
                    + form.memberId() + "; measures: " + codes(types) + "; decided: " + form.decidedOn()
                    + (warnings.isEmpty() ? "" : "; warnings accepted: " + warnings.size()));
            if (!authority) {
                audit.record(session, AuditAction.AUTHORITY_OVERRIDE, "outcome", id, "decidingOrg: "
                        + form.decidingOrgId() + "; reason: " + form.authorityOverride().strip());
            }
            return outcomes.findById(id).orElseThrow();
        });
    }

    private static OutcomeForm withoutOverride(OutcomeForm f) {
        return new OutcomeForm(f.caseId(), f.memberId(), f.typeIds(), f.decidedOn(), f.decidingOrgId(), f.documentNo(),
                f.effectiveOn(), f.notes(), null, f.warningsAccepted());
    }

    /** One decision, to a user who may open its case (in scope, no conflict of interest). */
    public Outcome get(long outcomeId) {
        return writable(outcomeId);
    }

    public List<Outcome> forCase(long caseId) {
        cases.get(caseId);
        return outcomes.byCase(caseId);
    }

    public List<Outcome> forMember(long memberId) {
        requireRead();
        member(memberId);
        return outcomes.byMember(memberId);
    }

    /** The members in the subtree at {@code orgId} with a running impact period, and when it ends. */
    public Map<Long, LocalDate> runningImpact(long orgId) {
        requireRead();
        LocalDate today = rules.today();
        return outcomes.inForce(organisation(orgId).path()).stream().filter(o -> ImpactPeriod.running(o, today))
                .collect(Collectors.toMap(Outcome::memberId, o -> ImpactPeriod.of(o).orElseThrow().endsOn(),
                        (a, b) -> a.isAfter(b) ? a : b));
    }

    /** Which decisions the expiry list shows. */
    public enum Expiry { ENDING, ENDED, RUNNING, ALL }

    /** Decisions in force in the subtree, filtered: 即将届满 within the horizon, 已届满, 影响期内 or all. */
    public List<Outcome> expiry(long orgId, Expiry which) {
        requireRead();
        LocalDate today = rules.today();
        int horizon = horizonDays();
        return outcomes.inForce(organisation(orgId).path()).stream().filter(o -> switch (which) {
            case ENDING -> ImpactPeriod.endingWithin(o, today, horizon);
            case ENDED -> ImpactPeriod.ended(o, today);
            case RUNNING -> ImpactPeriod.running(o, today);
            case ALL -> true;
        }).sorted(java.util.Comparator.comparing((Outcome o) -> ImpactPeriod.of(o)
                .map(ImpactPeriod.Term::endsOn).orElse(LocalDate.MAX))).toList();
    }

    public int horizonDays() {
        return settings.get(HORIZON_SETTING).map(Integer::parseInt).orElse(30);
    }

    public void setHorizonDays(int days) {
        audit.require(session, Permission.SETTINGS_MANAGE);
        if (days < 1 || days > 366) {
            throw new ValidationException(Problem.of(null, "validation.outcome.horizon"));
        }
        int before = horizonDays();
        transactions.run(() -> {
            settings.put(HORIZON_SETTING, Integer.toString(days));
            audit.record(session, AuditAction.SETTINGS_CHANGE, "setting", HORIZON_SETTING, "days: " + before + " → " + days);
        });
    }

    /** Files an appeal (申诉) with an organisation; one pending appeal at a time. */
    public Outcome fileAppeal(long outcomeId, LocalDate filedOn, Long toOrgId, String notes) {
        audit.require(session, Permission.CASE_WRITE);
        Outcome o = writable(outcomeId);
        List<Problem> problems = rules.validateAppeal(o, filedOn, toOrgId);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return transactions.inTransaction(() -> {
            organisation(toOrgId);
            long id = outcomes.addAppeal(outcomeId, filedOn, toOrgId, notes, session.userId());
            audit.record(session, AuditAction.APPEAL_FILE, "outcome", outcomeId, "appeal: " + id + "; filed: " + filedOn
                    + "; to: " + toOrgId);
            return outcomes.findById(outcomeId).orElseThrow();
        });
    }

    /**
     * Decides the pending appeal. 维持 leaves the decision; 撤销 ends it; 变更 ends it and records the
     * replacement ({@code newTypeIds}, decided by the appeal's organisation on the appeal's date) in the
     * same transaction. The original keeps its history either way.
     */
    public Outcome decideAppeal(long outcomeId, AppealResult result, LocalDate decidedOn, String notes, Set<Long> newTypeIds) {
        audit.require(session, Permission.CASE_WRITE);
        Outcome o = writable(outcomeId);
        Appeal appeal = o.pendingAppeal().orElseThrow(() -> new ValidationException(Problem.of(null, "validation.appeal.none")));
        List<Problem> problems = new ArrayList<>(rules.validateAppealDecision(appeal, result, decidedOn, newTypeIds));
        List<OutcomeType> newTypes = result == AppealResult.CHANGED ? typesOf(newTypeIds) : List.of();
        if (result == AppealResult.CHANGED) {
            Member member = member(o.memberId());
            newTypes.forEach(t -> org.conductledger.model.OutcomeRules.eligibilityProblem(t, member).ifPresent(problems::add));
            org.conductledger.model.OutcomeRules.heavierOnAppeal(o.types(), newTypes).ifPresent(problems::add);
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return transactions.inTransaction(() -> {
            outcomes.decideAppeal(appeal.id(), result, decidedOn, notes);
            Long replacement = null;
            if (result != AppealResult.UPHELD) {
                OutcomeStatus status = result == AppealResult.CHANGED ? OutcomeStatus.CHANGED : OutcomeStatus.REVOKED;
                if (!outcomes.setStatus(o.id(), o.version(), status)) {
                    throw new LedgerException("error.outcome.stale");
                }
            }
            if (result == AppealResult.CHANGED) {
                OutcomeForm form = new OutcomeForm(o.caseId(), o.memberId(), newTypeIds, decidedOn, appeal.toOrgId(), null,
                        decidedOn, notes, null, true);
                replacement = outcomes.insert(form, o.id(), session.userId());
            }
            audit.record(session, AuditAction.APPEAL_DECIDE, "outcome", o.id(), "appeal: " + appeal.id() + "; result: "
                    + result.name() + "; decided: " + decidedOn
                    + (replacement == null ? "" : "; replacement: " + replacement + "; measures: " + codes(newTypes)));
            return outcomes.findById(replacement == null ? o.id() : replacement).orElseThrow();
        });
    }

    /** Records 宣布, 归档 and 执行情况报告 dates. */
    public Outcome recordExecution(long outcomeId, Outcome.Execution execution) {
        audit.require(session, Permission.CASE_WRITE);
        Outcome o = writable(outcomeId);
        List<Problem> problems = rules.validateExecution(o, execution);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return transactions.inTransaction(() -> {
            if (!outcomes.setExecution(o.id(), o.version(), execution)) {
                throw new LedgerException("error.outcome.stale");
            }
            audit.record(session, AuditAction.UPDATE, "outcome", o.id(), "announced: " + execution.announcedOn()
                    + "; filed: " + execution.filedOn() + "; reported: " + execution.reportedOn());
            return outcomes.findById(o.id()).orElseThrow();
        });
    }

    /** Extends a one-year 留党察看 term by a year (the member is still unfit). */
    public Outcome extendProbation(long outcomeId) {
        audit.require(session, Permission.CASE_WRITE);
        Outcome o = writable(outcomeId);
        List<Problem> problems = rules.validateExtension(o);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return probation(o, true, null, "probation extended");
    }

    /** Records the restoration of the member's rights (恢复党员权利) after 留党察看. */
    public Outcome restore(long outcomeId, LocalDate restoredOn) {
        audit.require(session, Permission.CASE_WRITE);
        Outcome o = writable(outcomeId);
        List<Problem> problems = rules.validateRestoration(o, restoredOn);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return probation(o, o.probationExtended(), restoredOn, "restored: " + restoredOn);
    }

    private Outcome probation(Outcome o, boolean extended, LocalDate restoredOn, String summary) {
        return transactions.inTransaction(() -> {
            if (!outcomes.setProbation(o.id(), o.version(), extended, restoredOn)) {
                throw new LedgerException("error.outcome.stale");
            }
            audit.record(session, AuditAction.UPDATE, "outcome", o.id(), summary);
            return outcomes.findById(o.id()).orElseThrow();
        });
    }

    /** A decision the user may change: in scope, and in a case they may open (no conflict of interest). */
    private Outcome writable(long outcomeId) {
        Outcome o = outcomes.findById(outcomeId).orElseThrow(() -> new LedgerException("error.outcome.notFound", outcomeId));
        cases.get(o.caseId());
        return o;
    }

    private List<OutcomeType> typesOf(Set<Long> ids) {
        Map<Long, OutcomeType> byId = outcomes.types().stream().collect(Collectors.toMap(OutcomeType::id, Function.identity()));
        Set<Long> unknown = new HashSet<>(ids == null ? Set.of() : ids);
        unknown.removeAll(byId.keySet());
        if (!unknown.isEmpty()) {
            throw new ValidationException(Problem.of(OutcomeField.TYPES, "validation.outcome.noType"));
        }
        return (ids == null ? Set.<Long>of() : ids).stream().map(byId::get)
                .sorted(java.util.Comparator.comparingInt(OutcomeType::severity)).toList();
    }

    private static String codes(List<OutcomeType> types) {
        return String.join(",", types.stream().map(OutcomeType::code).toList());
    }

    private void requireRead() {
        if (!session.has(Permission.MEMBER_READ) && !session.has(Permission.CASE_READ)) {
            audit.require(session, Permission.MEMBER_READ);
        }
    }

    private Member member(long id) {
        return members.findById(id).orElseThrow(() -> new LedgerException("error.member.notFound", id));
    }

    private Organisation organisation(long id) {
        return organisations.findById(id).orElseThrow(() -> new LedgerException("error.org.notFound", id));
    }
}
