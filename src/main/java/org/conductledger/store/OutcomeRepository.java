package org.conductledger.store;

import static org.conductledger.store.jooq.Tables.MEMBER;
import static org.conductledger.store.jooq.Tables.ORGANISATION;
import static org.conductledger.store.jooq.Tables.OUTCOME;
import static org.conductledger.store.jooq.Tables.OUTCOME_APPEAL;
import static org.conductledger.store.jooq.Tables.OUTCOME_MEASURE;
import static org.conductledger.store.jooq.Tables.OUTCOME_TYPE;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.conductledger.model.Appeal;
import org.conductledger.model.AppealResult;
import org.conductledger.model.Eligibility;
import org.conductledger.model.ImpactBasis;
import org.conductledger.model.Outcome;
import org.conductledger.model.OutcomeForm;
import org.conductledger.model.OutcomeKind;
import org.conductledger.model.OutcomeRegisterEntry;
import org.conductledger.model.OutcomeStatus;
import org.conductledger.model.OutcomeType;
import org.conductledger.model.Role;
import org.conductledger.store.jooq.tables.records.OutcomeRecord;
import org.conductledger.store.jooq.tables.records.OutcomeTypeRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Decisions (处理决定), their measures and appeals, confined to members whose organisation lies in the
 * subtree {@code scopePath}; and the outcome ladder (reference data, read everywhere).
 */
public final class OutcomeRepository {

    private final Database database;
    private final String scopePath;

    public OutcomeRepository(Database database, String scopePath) {
        this.database = database;
        this.scopePath = scopePath;
    }

    private DSLContext dsl() {
        return database.dsl();
    }

    private Condition inScope() {
        return MEMBER.ORG_ID.in(DSL.select(ORGANISATION.ID).from(ORGANISATION)
                .where(ORGANISATION.PATH.like(scopePath + "%")));
    }

    public List<OutcomeType> types() {
        return dsl().selectFrom(OUTCOME_TYPE).orderBy(OUTCOME_TYPE.SEVERITY, OUTCOME_TYPE.ID).fetch(OutcomeRepository::type);
    }

    private static OutcomeType type(OutcomeTypeRecord t) {
        return new OutcomeType(t.getId(), t.getCode(), t.getName(), OutcomeKind.valueOf(t.getKind()), t.getSeverity(),
                t.getFormNo(), t.getImpactMonths(), ImpactBasis.valueOf(t.getImpactBasis()), t.getImpactNote(),
                Eligibility.valueOf(t.getEligibility()), t.getNeedsPartyPost(), t.getProbationMonths(),
                t.getRecordRole() == null ? null : Role.valueOf(t.getRecordRole()), t.getRetired());
    }

    /** Changes a type's impact period, its basis and note (at the root). */
    public void updateImpact(long typeId, Integer months, ImpactBasis basis, String note) {
        dsl().update(OUTCOME_TYPE).set(OUTCOME_TYPE.IMPACT_MONTHS, months).set(OUTCOME_TYPE.IMPACT_BASIS, basis.name())
                .set(OUTCOME_TYPE.IMPACT_NOTE, note).where(OUTCOME_TYPE.ID.eq(typeId)).execute();
    }

    public void setTypeRetired(long typeId, boolean retired) {
        dsl().update(OUTCOME_TYPE).set(OUTCOME_TYPE.RETIRED, retired).where(OUTCOME_TYPE.ID.eq(typeId)).execute();
    }

    /** Whether the member is recorded as holding a party post (secretary of an active organisation). */
    public boolean holdsPartyPost(long memberId) {
        return dsl().fetchExists(ORGANISATION, ORGANISATION.SECRETARY_ID.eq(memberId).and(ORGANISATION.ACTIVE.isTrue()));
    }

    public long insert(OutcomeForm form, Long replacesId, long userId) {
        OutcomeRecord r = dsl().newRecord(OUTCOME);
        r.setCaseId(form.caseId());
        r.setMemberId(form.memberId());
        r.setDecidedOn(form.decidedOn());
        r.setDecidingOrgId(form.decidingOrgId());
        r.setDocumentNo(trim(form.documentNo()));
        r.setEffectiveOn(form.effectiveOn() == null ? form.decidedOn() : form.effectiveOn());
        r.setNotes(trim(form.notes()));
        r.setAuthorityOverride(trim(form.authorityOverride()));
        r.setReplacesId(replacesId);
        r.setRecordedBy(userId);
        r.store();
        for (Long type : form.typeIds()) {
            dsl().insertInto(OUTCOME_MEASURE).set(OUTCOME_MEASURE.OUTCOME_ID, r.getId()).set(OUTCOME_MEASURE.TYPE_ID, type)
                    .execute();
        }
        return r.getId();
    }

    public Optional<Outcome> findById(long id) {
        return fetch(OUTCOME.ID.eq(id)).stream().findFirst();
    }

    public List<Outcome> byCase(long caseId) {
        return fetch(OUTCOME.CASE_ID.eq(caseId));
    }

    public List<Outcome> byMember(long memberId) {
        return fetch(OUTCOME.MEMBER_ID.eq(memberId));
    }

    /** Every decision in force about members in the subtree at {@code orgPath} (for badges and expiry lists). */
    public List<Outcome> inForce(String orgPath) {
        return fetch(OUTCOME.STATUS.eq(OutcomeStatus.IN_FORCE.name()).and(MEMBER.ORG_ID.in(
                DSL.select(ORGANISATION.ID).from(ORGANISATION).where(ORGANISATION.PATH.like(orgPath + "%")))));
    }

    /**
     * The decisions register: decisions (any status) decided in the period (either end null: open) about members
     * now in the subtree at {@code orgPath}, oldest first, each with the member's organisation; four queries.
     */
    public List<OutcomeRegisterEntry> decidedBetween(String orgPath, LocalDate from, LocalDate to) {
        Condition where = MEMBER.ORG_ID.in(DSL.select(ORGANISATION.ID).from(ORGANISATION)
                .where(ORGANISATION.PATH.like(orgPath + "%")));
        if (from != null) {
            where = where.and(OUTCOME.DECIDED_ON.ge(from));
        }
        if (to != null) {
            where = where.and(OUTCOME.DECIDED_ON.le(to));
        }
        var memberOrg = ORGANISATION.as("member_org");
        Map<Long, String> orgNames = new HashMap<>();
        dsl().select(OUTCOME.ID, memberOrg.NAME).from(OUTCOME)
                .join(MEMBER).on(MEMBER.ID.eq(OUTCOME.MEMBER_ID))
                .join(memberOrg).on(memberOrg.ID.eq(MEMBER.ORG_ID))
                .where(where.and(inScope()))
                .forEach(r -> orgNames.put(r.value1(), r.value2()));
        List<OutcomeRegisterEntry> entries = new ArrayList<>();
        List<Outcome> found = new ArrayList<>(fetch(where));
        java.util.Collections.reverse(found);              // fetch gives newest first
        for (Outcome o : found) {
            entries.add(new OutcomeRegisterEntry(o, orgNames.get(o.id())));
        }
        return entries;
    }

    /** Whether any decision was recorded in the case (any status). */
    public boolean existsForCase(long caseId) {
        return dsl().fetchExists(OUTCOME, OUTCOME.CASE_ID.eq(caseId));
    }

    private List<Outcome> fetch(Condition where) {
        var rows = dsl().select(OUTCOME.fields()).select(MEMBER.NAME, ORGANISATION.NAME).from(OUTCOME)
                .join(MEMBER).on(MEMBER.ID.eq(OUTCOME.MEMBER_ID))
                .join(ORGANISATION).on(ORGANISATION.ID.eq(OUTCOME.DECIDING_ORG_ID))
                .where(where.and(inScope())).orderBy(OUTCOME.DECIDED_ON.desc(), OUTCOME.ID.desc()).fetch();
        if (rows.isEmpty()) {
            return List.of();
        }
        // Measures and appeals by the same condition as a subquery, one query each: an id list of thousands is
        // checked row by row against every id in H2 (20,000 decisions in force took ten seconds that way).
        var ids = DSL.select(OUTCOME.ID).from(OUTCOME)
                .join(MEMBER).on(MEMBER.ID.eq(OUTCOME.MEMBER_ID))
                .join(ORGANISATION).on(ORGANISATION.ID.eq(OUTCOME.DECIDING_ORG_ID))
                .where(where.and(inScope()));
        Map<Long, List<OutcomeType>> measures = measures(ids);
        Map<Long, List<Appeal>> appeals = appeals(ids);
        List<Outcome> outcomes = new ArrayList<>();
        for (var row : rows) {
            OutcomeRecord r = row.into(OUTCOME);
            outcomes.add(new Outcome(r.getId(), r.getCaseId(), r.getMemberId(), row.get(MEMBER.NAME),
                    measures.getOrDefault(r.getId(), List.of()), r.getDecidedOn(), r.getDecidingOrgId(),
                    row.get(ORGANISATION.NAME), r.getDocumentNo(), r.getEffectiveOn(), r.getNotes(),
                    r.getAuthorityOverride(), r.getProbationExtended(), r.getRestoredOn(),
                    new Outcome.Execution(r.getAnnouncedOn(), r.getFiledOn(), r.getExecutionReportedOn()),
                    OutcomeStatus.valueOf(r.getStatus()), r.getReplacesId(), appeals.getOrDefault(r.getId(), List.of()),
                    r.getVersion()));
        }
        return outcomes;
    }

    private Map<Long, List<OutcomeType>> measures(org.jooq.Select<? extends org.jooq.Record1<Long>> ids) {
        Map<Long, List<OutcomeType>> byOutcome = new HashMap<>();
        dsl().select(OUTCOME_MEASURE.OUTCOME_ID).select(OUTCOME_TYPE.fields()).from(OUTCOME_MEASURE)
                .join(OUTCOME_TYPE).on(OUTCOME_TYPE.ID.eq(OUTCOME_MEASURE.TYPE_ID))
                .where(OUTCOME_MEASURE.OUTCOME_ID.in(ids)).orderBy(OUTCOME_TYPE.SEVERITY, OUTCOME_TYPE.ID)
                .forEach(r -> byOutcome.computeIfAbsent(r.get(OUTCOME_MEASURE.OUTCOME_ID), k -> new ArrayList<>())
                        .add(type(r.into(OUTCOME_TYPE))));
        return byOutcome;
    }

    private Map<Long, List<Appeal>> appeals(org.jooq.Select<? extends org.jooq.Record1<Long>> ids) {
        Map<Long, List<Appeal>> byOutcome = new HashMap<>();
        dsl().select(OUTCOME_APPEAL.fields()).select(ORGANISATION.NAME).from(OUTCOME_APPEAL)
                .join(ORGANISATION).on(ORGANISATION.ID.eq(OUTCOME_APPEAL.TO_ORG_ID))
                .where(OUTCOME_APPEAL.OUTCOME_ID.in(ids)).orderBy(OUTCOME_APPEAL.ID)
                .forEach(row -> {
                    var a = row.into(OUTCOME_APPEAL);
                    byOutcome.computeIfAbsent(a.getOutcomeId(), k -> new ArrayList<>()).add(new Appeal(a.getId(),
                            a.getOutcomeId(), a.getFiledOn(), a.getToOrgId(), row.get(ORGANISATION.NAME),
                            a.getResult() == null ? null : AppealResult.valueOf(a.getResult()), a.getDecidedOn(),
                            a.getNotes()));
                });
        return byOutcome;
    }

    public long addAppeal(long outcomeId, LocalDate filedOn, long toOrgId, String notes, long userId) {
        return dsl().insertInto(OUTCOME_APPEAL).set(OUTCOME_APPEAL.OUTCOME_ID, outcomeId)
                .set(OUTCOME_APPEAL.FILED_ON, filedOn).set(OUTCOME_APPEAL.TO_ORG_ID, toOrgId)
                .set(OUTCOME_APPEAL.NOTES, trim(notes)).set(OUTCOME_APPEAL.RECORDED_BY, userId)
                .returningResult(OUTCOME_APPEAL.ID).fetchOne(r -> r.value1());
    }

    public void decideAppeal(long appealId, AppealResult result, LocalDate decidedOn, String notes) {
        var update = dsl().update(OUTCOME_APPEAL).set(OUTCOME_APPEAL.RESULT, result.name())
                .set(OUTCOME_APPEAL.DECIDED_ON, decidedOn);
        if (notes != null && !notes.isBlank()) {
            update = update.set(OUTCOME_APPEAL.NOTES, notes.strip());
        }
        update.where(OUTCOME_APPEAL.ID.eq(appealId)).execute();
    }

    /** Changes status (optimistic lock); false if someone else changed the decision meanwhile. */
    public boolean setStatus(long id, int expectedVersion, OutcomeStatus status) {
        return dsl().update(OUTCOME).set(OUTCOME.STATUS, status.name()).set(OUTCOME.VERSION, expectedVersion + 1)
                .where(OUTCOME.ID.eq(id).and(OUTCOME.VERSION.eq(expectedVersion))).execute() == 1;
    }

    public boolean setExecution(long id, int expectedVersion, Outcome.Execution e) {
        return dsl().update(OUTCOME).set(OUTCOME.ANNOUNCED_ON, e.announcedOn()).set(OUTCOME.FILED_ON, e.filedOn())
                .set(OUTCOME.EXECUTION_REPORTED_ON, e.reportedOn()).set(OUTCOME.VERSION, expectedVersion + 1)
                .where(OUTCOME.ID.eq(id).and(OUTCOME.VERSION.eq(expectedVersion))).execute() == 1;
    }

    public boolean setProbation(long id, int expectedVersion, boolean extended, LocalDate restoredOn) {
        return dsl().update(OUTCOME).set(OUTCOME.PROBATION_EXTENDED, extended).set(OUTCOME.RESTORED_ON, restoredOn)
                .set(OUTCOME.VERSION, expectedVersion + 1)
                .where(OUTCOME.ID.eq(id).and(OUTCOME.VERSION.eq(expectedVersion))).execute() == 1;
    }

    private static String trim(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
