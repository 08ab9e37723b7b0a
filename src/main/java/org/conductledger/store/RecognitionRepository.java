package org.conductledger.store;

import static org.conductledger.store.jooq.Tables.ACCOUNTABILITY;
import static org.conductledger.store.jooq.Tables.CLARIFICATION;
import static org.conductledger.store.jooq.Tables.COMMENDATION;
import static org.conductledger.store.jooq.Tables.MEMBER;
import static org.conductledger.store.jooq.Tables.ORGANISATION;
import static org.conductledger.store.jooq.Tables.PROTECTION;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.conductledger.model.Accountability;
import org.conductledger.model.AccountabilityMeasure;
import org.conductledger.model.AccountabilityTarget;
import org.conductledger.model.Clarification;
import org.conductledger.model.ClarificationMethod;
import org.conductledger.model.ClarificationTrigger;
import org.conductledger.model.Commendation;
import org.conductledger.model.CommendationLevel;
import org.conductledger.model.CommendationRegisterEntry;
import org.conductledger.model.Protection;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * Commendations, protection, name-clearing and accountability records, confined to members (and, for
 * accountability, organisations) in the subtree {@code scopePath}.
 */
public final class RecognitionRepository {

    private final Database database;
    private final String scopePath;

    public RecognitionRepository(Database database, String scopePath) {
        this.database = database;
        this.scopePath = scopePath;
    }

    private DSLContext dsl() {
        return database.dsl();
    }

    private Condition memberInScope(Field<Long> memberId) {
        return memberId.in(DSL.select(MEMBER.ID).from(MEMBER).join(ORGANISATION).on(ORGANISATION.ID.eq(MEMBER.ORG_ID))
                .where(ORGANISATION.PATH.like(scopePath + "%")));
    }

    public long addCommendation(Commendation c, long userId) {
        return dsl().insertInto(COMMENDATION).set(COMMENDATION.MEMBER_ID, c.memberId())
                .set(COMMENDATION.AWARD_LEVEL, c.level().name()).set(COMMENDATION.AWARDING_ORG, c.awardingOrg().strip())
                .set(COMMENDATION.REASON, c.reason().strip()).set(COMMENDATION.AWARDED_ON, c.awardedOn())
                .set(COMMENDATION.DOCUMENT_NO, trim(c.documentNo())).set(COMMENDATION.RECORDED_BY, userId)
                .returningResult(COMMENDATION.ID).fetchOne(r -> r.value1());
    }

    public List<Commendation> commendations(long memberId) {
        return dsl().selectFrom(COMMENDATION)
                .where(COMMENDATION.MEMBER_ID.eq(memberId).and(memberInScope(COMMENDATION.MEMBER_ID)))
                .orderBy(COMMENDATION.AWARDED_ON.desc(), COMMENDATION.ID.desc())
                .fetch(c -> new Commendation(c.getId(), c.getMemberId(), CommendationLevel.valueOf(c.getAwardLevel()),
                        c.getAwardingOrg(), c.getReason(), c.getAwardedOn(), c.getDocumentNo()));
    }

    /**
     * The commendations register: commendations awarded in the period (either end null: open) to members now in
     * the subtree at {@code orgPath}, oldest first, with the member's name and organisation; one query.
     */
    public List<CommendationRegisterEntry> commendationsBetween(String orgPath, java.time.LocalDate from,
                                                                java.time.LocalDate to) {
        Condition where = ORGANISATION.PATH.like(orgPath + "%").and(ORGANISATION.PATH.like(scopePath + "%"));
        if (from != null) {
            where = where.and(COMMENDATION.AWARDED_ON.ge(from));
        }
        if (to != null) {
            where = where.and(COMMENDATION.AWARDED_ON.le(to));
        }
        return dsl().select(COMMENDATION.fields()).select(MEMBER.NAME, ORGANISATION.NAME).from(COMMENDATION)
                .join(MEMBER).on(MEMBER.ID.eq(COMMENDATION.MEMBER_ID))
                .join(ORGANISATION).on(ORGANISATION.ID.eq(MEMBER.ORG_ID))
                .where(where).orderBy(COMMENDATION.AWARDED_ON, COMMENDATION.ID)
                .fetch(row -> {
                    var c = row.into(COMMENDATION);
                    return new CommendationRegisterEntry(new Commendation(c.getId(), c.getMemberId(),
                            CommendationLevel.valueOf(c.getAwardLevel()), c.getAwardingOrg(), c.getReason(), c.getAwardedOn(),
                            c.getDocumentNo()), row.get(MEMBER.NAME), row.get(ORGANISATION.NAME));
                });
    }

    public long addClarification(Clarification c, long userId) {
        return dsl().insertInto(CLARIFICATION).set(CLARIFICATION.CASE_ID, c.caseId()).set(CLARIFICATION.MEMBER_ID, c.memberId())
                .set(CLARIFICATION.TRIGGER_KIND, c.trigger().name()).set(CLARIFICATION.METHOD, c.method().name())
                .set(CLARIFICATION.CLARIFY_SCOPE, c.scope().strip()).set(CLARIFICATION.CLARIFIED_ON, c.clarifiedOn())
                .set(CLARIFICATION.NOTES, trim(c.notes())).set(CLARIFICATION.RECORDED_BY, userId)
                .returningResult(CLARIFICATION.ID).fetchOne(r -> r.value1());
    }

    public List<Clarification> clarifications(Condition where) {
        return dsl().selectFrom(CLARIFICATION).where(where.and(memberInScope(CLARIFICATION.MEMBER_ID)))
                .orderBy(CLARIFICATION.CLARIFIED_ON.desc(), CLARIFICATION.ID.desc())
                .fetch(c -> new Clarification(c.getId(), c.getCaseId(), c.getMemberId(),
                        ClarificationTrigger.valueOf(c.getTriggerKind()), ClarificationMethod.valueOf(c.getMethod()),
                        c.getClarifyScope(), c.getClarifiedOn(), c.getNotes()));
    }

    public List<Clarification> clarificationsOfMember(long memberId) {
        return clarifications(CLARIFICATION.MEMBER_ID.eq(memberId));
    }

    public List<Clarification> clarificationsOfCase(long caseId) {
        return clarifications(CLARIFICATION.CASE_ID.eq(caseId));
    }

    public long addProtection(Protection p, long userId) {
        return dsl().insertInto(PROTECTION).set(PROTECTION.MEMBER_ID, p.memberId()).set(PROTECTION.RECORDED_ON, p.recordedOn())
                .set(PROTECTION.SITUATION, p.situation().strip()).set(PROTECTION.MEASURES, p.measures().strip())
                .set(PROTECTION.RECORDED_BY, userId).returningResult(PROTECTION.ID).fetchOne(r -> r.value1());
    }

    public List<Protection> protections(long memberId) {
        return dsl().selectFrom(PROTECTION).where(PROTECTION.MEMBER_ID.eq(memberId).and(memberInScope(PROTECTION.MEMBER_ID)))
                .orderBy(PROTECTION.RECORDED_ON.desc(), PROTECTION.ID.desc())
                .fetch(p -> new Protection(p.getId(), p.getMemberId(), p.getRecordedOn(), p.getSituation(), p.getMeasures()));
    }

    public long addAccountability(Accountability.Form f, long userId) {
        return dsl().insertInto(ACCOUNTABILITY).set(ACCOUNTABILITY.TARGET_KIND, f.target().name())
                .set(ACCOUNTABILITY.TARGET_ORG_ID, f.target() == AccountabilityTarget.ORGANISATION ? f.targetOrgId() : null)
                .set(ACCOUNTABILITY.TARGET_MEMBER_ID, f.target() == AccountabilityTarget.LEADER ? f.targetMemberId() : null)
                .set(ACCOUNTABILITY.MEASURES, f.measures().stream().sorted().map(Enum::name).collect(Collectors.joining(",")))
                .set(ACCOUNTABILITY.DECIDED_ON, f.decidedOn()).set(ACCOUNTABILITY.DECIDING_ORG_ID, f.decidingOrgId())
                .set(ACCOUNTABILITY.DOCUMENT_NO, trim(f.documentNo())).set(ACCOUNTABILITY.CASE_ID, f.caseId())
                .set(ACCOUNTABILITY.REASON, f.reason().strip()).set(ACCOUNTABILITY.RECORDED_BY, userId)
                .returningResult(ACCOUNTABILITY.ID).fetchOne(r -> r.value1());
    }

    /** Accountability records linked to a case, or (caseId null) all in scope; deciding organisation in scope. */
    public List<Accountability> accountability(Long caseId) {
        var target = ORGANISATION.as("target");
        var decider = ORGANISATION.as("decider");
        Condition where = decider.PATH.like(scopePath + "%");
        if (caseId != null) {
            where = where.and(ACCOUNTABILITY.CASE_ID.eq(caseId));
        }
        return dsl().select(ACCOUNTABILITY.fields()).select(target.NAME, MEMBER.NAME, decider.NAME).from(ACCOUNTABILITY)
                .join(decider).on(decider.ID.eq(ACCOUNTABILITY.DECIDING_ORG_ID))
                .leftJoin(target).on(target.ID.eq(ACCOUNTABILITY.TARGET_ORG_ID))
                .leftJoin(MEMBER).on(MEMBER.ID.eq(ACCOUNTABILITY.TARGET_MEMBER_ID))
                .where(where).orderBy(ACCOUNTABILITY.DECIDED_ON.desc(), ACCOUNTABILITY.ID.desc())
                .fetch(row -> {
                    var a = row.into(ACCOUNTABILITY);
                    AccountabilityTarget kind = AccountabilityTarget.valueOf(a.getTargetKind());
                    String name = kind == AccountabilityTarget.ORGANISATION ? row.get(target.NAME) : row.get(MEMBER.NAME);
                    return new Accountability(a.getId(), kind, a.getTargetOrgId(), a.getTargetMemberId(), name,
                            Arrays.stream(a.getMeasures().split(",")).map(AccountabilityMeasure::valueOf)
                                    .collect(Collectors.toSet()),
                            a.getDecidedOn(), a.getDecidingOrgId(), row.get(decider.NAME), a.getDocumentNo(), a.getCaseId(),
                            a.getReason());
                });
    }

    private static String trim(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
