package org.conductledger.service;

import java.util.List;
import org.conductledger.model.Accountability;
import org.conductledger.model.AccountabilityTarget;
import org.conductledger.model.AuditAction;
import org.conductledger.model.CaseFile;
import org.conductledger.model.Clarification;
import org.conductledger.model.Commendation;
import org.conductledger.model.LedgerException;
import org.conductledger.model.OutcomeStatus;
import org.conductledger.model.Permission;
import org.conductledger.model.Problem;
import org.conductledger.model.Protection;
import org.conductledger.model.RecognitionRules;
import org.conductledger.model.Session;
import org.conductledger.model.ValidationException;
import org.conductledger.store.MemberRepository;
import org.conductledger.store.OrganisationRepository;
import org.conductledger.store.OutcomeRepository;
import org.conductledger.store.RecognitionRepository;
import org.conductledger.store.Transactions;

/**
 * 表彰奖励 and 保护支持 of members (2024 规定 第二十三、二十四条), 澄清正名 after a case closed as untrue or a
 * decision revoked, and 问责 of organisations and leaders for lax supervision (苏宣发 第十二条).
 */
public final class RecognitionService {

    private final Session session;
    private final AuditLog audit;
    private final Transactions transactions;
    private final RecognitionRepository records;
    private final CaseService cases;
    private final OutcomeRepository outcomes;
    private final MemberRepository members;
    private final OrganisationRepository organisations;
    private final RecognitionRules rules;

    public RecognitionService(Session session, AuditLog audit, Transactions transactions, RecognitionRepository records,
                              CaseService cases, OutcomeRepository outcomes, MemberRepository members,
                              OrganisationRepository organisations, RecognitionRules rules) {
        this.session = session;
        this.audit = audit;
        this.transactions = transactions;
        this.records = records;
        this.cases = cases;
        this.outcomes = outcomes;
        this.members = members;
        this.organisations = organisations;
        this.rules = rules;
    }

    public long commend(Commendation c) {
        audit.require(session, Permission.MEMBER_WRITE);
        member(c.memberId());
        check(rules.validate(c));
        return transactions.inTransaction(() -> {
            long id = records.addCommendation(c, session.userId());
            audit.record(session, AuditAction.CREATE, "commendation", id, "member: " + c.memberId() + "; level: "
                    + c.level().name() + "; on: " + c.awardedOn());
            return id;
        });
    }

    public List<Commendation> commendations(long memberId) {
        audit.require(session, Permission.MEMBER_READ);
        member(memberId);
        return records.commendations(memberId);
    }

    public long protect(Protection p) {
        audit.require(session, Permission.MEMBER_WRITE);
        member(p.memberId());
        check(rules.validate(p));
        return transactions.inTransaction(() -> {
            long id = records.addProtection(p, session.userId());
            audit.record(session, AuditAction.CREATE, "protection", id, "member: " + p.memberId() + "; on: " + p.recordedOn());
            return id;
        });
    }

    public List<Protection> protections(long memberId) {
        audit.require(session, Permission.MEMBER_READ);
        member(memberId);
        return records.protections(memberId);
    }

    /**
     * 澄清正名 for a subject of a case closed as untrue (予以了结) or whose decision was revoked on appeal.
     */
    public long clarify(Clarification c) {
        audit.require(session, Permission.CASE_WRITE);
        CaseFile caseFile = cases.get(c.caseId());
        if (caseFile.subjects().stream().noneMatch(s -> s.memberId() == c.memberId())) {
            throw new ValidationException(Problem.of(null, "validation.outcome.notSubject"));
        }
        // 予以了结 as untrue: from the 了结 step on, not only once the case is 结案.
        boolean untrue = (caseFile.stage() == org.conductledger.model.CaseStage.DISMISSED || caseFile.stage().isTerminal())
                && caseFile.dismissalReason() != null;
        boolean revoked = outcomes.byCase(c.caseId()).stream()
                .anyMatch(o -> o.memberId() == c.memberId() && o.status() == OutcomeStatus.REVOKED);
        if (!untrue && !revoked) {
            throw new ValidationException(Problem.of(null, "validation.clarification.notUntrue"));
        }
        check(rules.validate(c));
        if (c.clarifiedOn().isBefore(caseFile.stageSince()) && !revoked) {
            throw new ValidationException(Problem.of(null, "validation.clarification.date", caseFile.stageSince()));
        }
        return transactions.inTransaction(() -> {
            long id = records.addClarification(c, session.userId());
            audit.record(session, AuditAction.CREATE, "clarification", id, "case: " + c.caseId() + "; member: "
                    + c.memberId() + "; method: " + c.method().name() + "; on: " + c.clarifiedOn());
            return id;
        });
    }

    public List<Clarification> clarificationsOfMember(long memberId) {
        audit.require(session, Permission.MEMBER_READ);
        member(memberId);
        return records.clarificationsOfMember(memberId);
    }

    public List<Clarification> clarificationsOfCase(long caseId) {
        cases.get(caseId);
        return records.clarificationsOfCase(caseId);
    }

    /** Records 问责 of an organisation or a leader; target, deciding organisation and case must be in scope. */
    public long holdAccountable(Accountability.Form f) {
        audit.require(session, Permission.CASE_WRITE);
        check(rules.validate(f));
        if (f.caseId() != null) {
            cases.get(f.caseId());
        }
        if (f.target() == AccountabilityTarget.ORGANISATION) {
            organisation(f.targetOrgId());
        } else {
            member(f.targetMemberId());
        }
        organisation(f.decidingOrgId());
        return transactions.inTransaction(() -> {
            long id = records.addAccountability(f, session.userId());
            audit.record(session, AuditAction.CREATE, "accountability", id, "target: " + f.target().name() + " "
                    + (f.targetOrgId() != null ? f.targetOrgId() : f.targetMemberId()) + "; measures: " + f.measures()
                    + "; case: " + f.caseId());
            return id;
        });
    }

    public List<Accountability> accountability(Long caseId) {
        audit.require(session, Permission.CASE_READ);
        if (caseId != null) {
            cases.get(caseId);
        }
        return records.accountability(caseId);
    }

    private static void check(List<Problem> problems) {
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }

    private void member(long id) {
        members.findById(id).orElseThrow(() -> new LedgerException("error.member.notFound", id));
    }

    private void organisation(long id) {
        organisations.findById(id).orElseThrow(() -> new LedgerException("error.org.notFound", id));
    }
}
