package org.conductledger.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.conductledger.app.Services;
import org.conductledger.model.Accountability;
import org.conductledger.model.AccountabilityMeasure;
import org.conductledger.model.AccountabilityTarget;
import org.conductledger.model.AppealResult;
import org.conductledger.model.AuditAction;
import org.conductledger.model.AuditFilter;
import org.conductledger.model.CadreRank;
import org.conductledger.model.CaseFile;
import org.conductledger.model.CaseForm;
import org.conductledger.model.CaseSource;
import org.conductledger.model.CaseStage;
import org.conductledger.model.Clarification;
import org.conductledger.model.ClarificationMethod;
import org.conductledger.model.ClarificationTrigger;
import org.conductledger.model.Commendation;
import org.conductledger.model.CommendationLevel;
import org.conductledger.model.Ladder;
import org.conductledger.model.LedgerException;
import org.conductledger.model.Member;
import org.conductledger.model.MemberForm;
import org.conductledger.model.MemberStatement;
import org.conductledger.model.OrgType;
import org.conductledger.model.Organisation;
import org.conductledger.model.Outcome;
import org.conductledger.model.OutcomeForm;
import org.conductledger.model.OutcomeStatus;
import org.conductledger.model.OutcomeType;
import org.conductledger.model.Role;
import org.conductledger.model.ValidationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Decisions against a real ledger: recording on a case, authority, appeals, badges, recognition, scope. */
class OutcomeServiceTest {

    static final LocalDate DECIDED = LocalDate.of(2026, 11, 21);

    @TempDir
    Path dir;
    TestLedger ledger;
    Organisation zb1;
    Organisation zb2;
    Member zhang;
    Member li;
    Services handler;

    @BeforeEach
    void setUp() {
        ledger = TestLedger.open(dir);
        zb1 = ledger.org(null, "第一党支部", "ZB1", OrgType.BRANCH);
        zb2 = ledger.org(null, "第二党支部", "ZB2", OrgType.BRANCH);
        zhang = ledger.services.members().create(TestLedger.member("张三", TestLedger.idBornIn(1980, 11), zb1.id()));
        MemberForm cadre = TestLedger.member("李四", TestLedger.idBornIn(1975, 13), zb1.id());
        li = ledger.services.members().create(new MemberForm(cadre.name(), cadre.gender(), cadre.idNumber(), cadre.ethnicity(),
                cadre.birthDate(), cadre.category(), cadre.joinedOn(), cadre.confirmedOn(), zb1.id(), "某局 副科长", true,
                CadreRank.XK_F, ledger.root().id(), null));
        handler = ledger.loginAs("cb", ledger.root(), Set.of(Role.CASE_HANDLER, Role.ORG_DEPARTMENT));
    }

    @AfterEach
    void close() {
        ledger.close();
    }

    /** A case about {@code subjects}, taken to 处理决定. */
    CaseFile atDecision(Services who, long... subjects) {
        long category = who.reference().violationCategories().get(0).id();
        CaseFile c = who.cases().intake(new CaseForm(zb1.id(), LocalDate.of(2026, 11, 2), CaseSource.PETITION, null, null,
                false, "在微信群转发未经核实的信息", java.util.Arrays.stream(subjects).boxed().toList(), List.of(category), List.of()));
        c = who.cases().move(c.id(), c.version(), CaseStage.PRELIMINARY, LocalDate.of(2026, 11, 5), null, null);
        c = who.cases().move(c.id(), c.version(), CaseStage.FILED, LocalDate.of(2026, 11, 10), null, null);
        c = who.cases().move(c.id(), c.version(), CaseStage.INVESTIGATION, LocalDate.of(2026, 11, 11), null, null);
        c = who.cases().move(c.id(), c.version(), CaseStage.REVIEW, LocalDate.of(2026, 11, 18), null, null);
        who.cases().recordStatement(c.id(), new MemberStatement(LocalDate.of(2026, 11, 19), List.of("王干事", "李干事"),
                "无异议", false, null));
        return who.cases().move(c.id(), c.version(), CaseStage.DECISION, LocalDate.of(2026, 11, 20), null, null);
    }

    Set<Long> ids(Services who, String... codes) {
        List<OutcomeType> types = who.outcomes().types();
        return java.util.Arrays.stream(codes).map(code -> types.stream().filter(t -> t.code().equals(code)).findFirst()
                .orElseThrow().id()).collect(java.util.stream.Collectors.toSet());
    }

    OutcomeForm form(CaseFile c, Member m, long decidingOrg, String override, boolean accept, String... codes) {
        return new OutcomeForm(c.id(), m.id(), ids(handler, codes), DECIDED, decidingOrg, "测纪发〔2026〕3号", null, "经审理",
                override, accept);
    }

    @Test
    void theSeededLadderIsTheReferenceLadder() {
        List<OutcomeType> seeded = handler.outcomes().types();
        assertEquals(Ladder.TYPES.size(), seeded.size());
        for (OutcomeType t : seeded) {
            OutcomeType expected = Ladder.type(t.code());
            assertEquals(expected.kind(), t.kind(), t.code());
            assertEquals(expected.severity(), t.severity(), t.code());
            assertEquals(expected.impactMonths(), t.impactMonths(), t.code());
            assertEquals(expected.impactBasis(), t.impactBasis(), t.code());
            assertEquals(expected.eligibility(), t.eligibility(), t.code());
            assertEquals(expected.probationMonths(), t.probationMonths(), t.code());
            assertEquals(expected.recordRole(), t.recordRole(), t.code());
        }
    }

    @Test
    void aDecisionOnACaseBadgesTheMemberAndLetsTheCaseGoOnToExecution() {
        CaseFile c = atDecision(handler, zhang.id());
        Outcome o = handler.outcomes().record(form(c, zhang, zb1.id(), null, false, "EDU", "DP1"));
        assertEquals("EDU,DP1", String.join(",", o.types().stream().map(OutcomeType::code).toList()));
        assertEquals(LocalDate.of(2027, 11, 21), org.conductledger.model.ImpactPeriod.of(o).orElseThrow().endsOn());
        assertEquals(java.util.Map.of(zhang.id(), LocalDate.of(2027, 11, 21)), handler.outcomes().runningImpact(ledger.root().id()));
        assertEquals(List.of(o.id()), handler.outcomes().forMember(zhang.id()).stream().map(Outcome::id).toList());
        CaseFile executed = handler.cases().move(c.id(), c.version(), CaseStage.EXECUTION, DECIDED, null, null);
        assertEquals(CaseStage.EXECUTION, executed.stage());
        assertEquals("validation.outcome.stage", assertThrows(ValidationException.class,
                () -> handler.outcomes().record(form(c, zhang, zb1.id(), null, false, "CHK"))).problems().get(0).messageKey());
    }

    @Test
    void guardsRefuseAndNothingIsSaved() {
        CaseFile c = atDecision(handler, zhang.id(), li.id());
        var e = assertThrows(ValidationException.class,
                () -> handler.outcomes().record(form(c, zhang, zb1.id(), null, false, "ORG_MZ", "DP1", "DP2")));
        assertEquals(List.of("validation.outcome.oneOfKind", "validation.outcome.leadingCadreOnly"),
                e.problems().stream().map(p -> p.messageKey()).toList());
        assertEquals(List.of(), handler.outcomes().forCase(c.id()));
        Outcome cadre = handler.outcomes().record(form(c, li, ledger.root().id(), null, false, "ORG_MZ", "DP1"));
        assertEquals(OutcomeStatus.IN_FORCE, cadre.status());
        Services caseOnly = ledger.loginAs("cb2", ledger.root(), Set.of(Role.CASE_HANDLER));
        assertEquals("validation.outcome.role", assertThrows(ValidationException.class,
                () -> caseOnly.outcomes().record(form(c, li, ledger.root().id(), null, false, "ORG_TJ")))
                .problems().get(0).messageKey());
    }

    @Test
    void removalFromPartyPostsWithoutAPostWarnsUntilAccepted() {
        CaseFile c = atDecision(handler, zhang.id());
        var warned = assertThrows(ValidationException.class,
                () -> handler.outcomes().record(form(c, zhang, zb1.id(), null, false, "DP3")));
        assertEquals("warning.outcome.noPartyPost", warned.problems().get(0).messageKey());
        assertEquals(List.of(), handler.outcomes().forCase(c.id()));
        assertEquals(OutcomeStatus.IN_FORCE, handler.outcomes().record(form(c, zhang, zb1.id(), null, true, "DP3")).status());
    }

    @Test
    void authorityFollowsTheManagingOrganisationAndAnOverrideIsAudited() {
        CaseFile c = atDecision(handler, li.id());
        assertFalse(handler.outcomes().holdsAuthority(li.id(), zb1.id()), "a cadre managed by the committee");
        assertTrue(handler.outcomes().holdsAuthority(li.id(), ledger.root().id()));
        assertTrue(handler.outcomes().holdsAuthority(zhang.id(), zb1.id()));
        assertFalse(handler.outcomes().holdsAuthority(zhang.id(), zb2.id()));
        assertEquals("validation.outcome.authority", assertThrows(ValidationException.class,
                () -> handler.outcomes().record(form(c, li, zb1.id(), null, false, "DP1"))).problems().get(0).messageKey());
        Outcome o = handler.outcomes().record(form(c, li, zb1.id(), "党委授权支部作出决定", false, "DP1"));
        assertEquals("党委授权支部作出决定", o.authorityOverride());
        Services auditor = ledger.loginAs("sj", ledger.root(), Set.of(Role.AUDITOR));
        var overrides = auditor.audit().find(new AuditFilter(null, AuditAction.AUTHORITY_OVERRIDE, null, null, null, 10));
        assertEquals(1, overrides.size());
        assertTrue(overrides.get(0).summary().contains("党委授权支部作出决定"));
    }

    @Test
    void anAppealThatRevokesEndsTheBadgeAndKeepsTheHistory() {
        CaseFile c = atDecision(handler, zhang.id());
        Outcome o = handler.outcomes().record(form(c, zhang, zb1.id(), null, false, "DP2"));
        o = handler.outcomes().fileAppeal(o.id(), LocalDate.of(2026, 11, 22), ledger.root().id(), "认为处分过重");
        long id = o.id();
        assertEquals("validation.appeal.pending", assertThrows(ValidationException.class,
                () -> handler.outcomes().fileAppeal(id, LocalDate.of(2026, 11, 22), ledger.root().id(), null))
                .problems().get(0).messageKey());
        o = handler.outcomes().decideAppeal(id, AppealResult.REVOKED, TestClockToday(), "事实不清", null);
        assertEquals(OutcomeStatus.REVOKED, o.status());
        assertEquals(AppealResult.REVOKED, o.appeals().get(0).result());
        assertEquals(java.util.Map.of(), handler.outcomes().runningImpact(ledger.root().id()));
        assertEquals(1, handler.outcomes().forMember(zhang.id()).size(), "the revoked decision stays on record");
    }

    @Test
    void anAppealThatChangesRecordsTheReplacementInTheSameStep() {
        CaseFile c = atDecision(handler, zhang.id());
        Outcome o = handler.outcomes().record(form(c, zhang, zb1.id(), null, false, "DP2"));
        handler.outcomes().fileAppeal(o.id(), LocalDate.of(2026, 11, 22), ledger.root().id(), null);
        Outcome replacement = handler.outcomes().decideAppeal(o.id(), AppealResult.CHANGED, TestClockToday(), "改为警告",
                ids(handler, "DP1"));
        assertEquals(o.id(), replacement.replacesId());
        assertEquals(ledger.root().id(), replacement.decidingOrgId());
        assertEquals(OutcomeStatus.CHANGED, handler.outcomes().forMember(zhang.id()).stream()
                .filter(x -> x.id() == o.id()).findFirst().orElseThrow().status());
        assertEquals(java.util.Map.of(zhang.id(), TestClockToday().plusMonths(12)),
                handler.outcomes().runningImpact(ledger.root().id()));
        Outcome upheld = handler.outcomes().fileAppeal(replacement.id(), TestClockToday(), ledger.root().id(), null);
        upheld = handler.outcomes().decideAppeal(upheld.id(), AppealResult.UPHELD, TestClockToday(), null, null);
        assertEquals(OutcomeStatus.IN_FORCE, upheld.status());
    }

    @Test
    void probationIsExtendedAndRestoredAndExecutionDatesAreKept() {
        CaseFile c = atDecision(handler, zhang.id());
        Outcome o = handler.outcomes().record(form(c, zhang, zb1.id(), null, false, "DP4_1"));
        o = handler.outcomes().extendProbation(o.id());
        assertTrue(o.probationExtended());
        long id = o.id();
        assertThrows(ValidationException.class, () -> handler.outcomes().extendProbation(id));
        assertThrows(ValidationException.class, () -> handler.outcomes().restore(id, TestClockToday()));
        o = handler.outcomes().recordExecution(id, new Outcome.Execution(DECIDED, DECIDED, null));
        assertEquals(DECIDED, o.execution().announcedOn());
        assertThrows(ValidationException.class, () -> handler.outcomes().recordExecution(id,
                new Outcome.Execution(DECIDED.minusDays(1), null, null)));
    }

    @Test
    void theExpiryListUsesTheHorizon() {
        CaseFile c = atDecision(handler, zhang.id());
        handler.outcomes().record(form(c, zhang, zb1.id(), null, false, "JM_T"));
        assertEquals(1, handler.outcomes().expiry(ledger.root().id(), OutcomeService.Expiry.RUNNING).size());
        assertEquals(0, handler.outcomes().expiry(ledger.root().id(), OutcomeService.Expiry.ENDING).size());
        assertEquals(0, handler.outcomes().expiry(ledger.root().id(), OutcomeService.Expiry.ENDED).size());
        Services admin = ledger.loginAs("gly", ledger.root(), Set.of(Role.SYSTEM_ADMIN));
        admin.outcomes().setHorizonDays(200);
        assertEquals(1, handler.outcomes().expiry(ledger.root().id(), OutcomeService.Expiry.ENDING).size());
        assertThrows(ValidationException.class, () -> admin.outcomes().setHorizonDays(0));
    }

    @Test
    void outcomesAreScopedAndASubjectCannotActOnTheirOwn() {
        CaseFile c = atDecision(handler, zhang.id());
        Outcome o = handler.outcomes().record(form(c, zhang, zb1.id(), null, false, "DP1"));
        Services other = ledger.loginAs("zb2", zb2, Set.of(Role.BRANCH_SECRETARY));
        assertThrows(LedgerException.class, () -> other.outcomes().forMember(zhang.id()));
        assertEquals(java.util.Map.of(), other.outcomes().runningImpact(zb2.id()));
        Services mine = ledger.loginAs("zb1", zb1, Set.of(Role.BRANCH_SECRETARY));
        assertEquals(1, mine.outcomes().forMember(zhang.id()).size());
        assertThrows(LedgerException.class, () -> mine.outcomes().fileAppeal(o.id(), TestClockToday(), zb1.id(), null),
                "a branch secretary does not write cases");
    }

    @Test
    void namesAreClearedOnlyAfterAnUntrueCaseAndRecognitionShowsOnTheMember() {
        long category = handler.reference().violationCategories().get(0).id();
        CaseFile c = handler.cases().intake(new CaseForm(zb1.id(), LocalDate.of(2026, 11, 2), CaseSource.PETITION, null,
                null, false, "反映张三在网上发表不当言论", List.of(zhang.id()), List.of(category), List.of()));
        Clarification clear = new Clarification(0, c.id(), zhang.id(), ClarificationTrigger.APPLICATION,
                ClarificationMethod.NOTICE, "第一党支部全体党员", TestClockToday(), null);
        assertEquals("validation.clarification.notUntrue", assertThrows(ValidationException.class,
                () -> handler.recognition().clarify(clear)).problems().get(0).messageKey());
        c = handler.cases().move(c.id(), c.version(), CaseStage.DISMISSED, LocalDate.of(2026, 11, 3), null, "反映不实");
        handler.cases().move(c.id(), c.version(), CaseStage.CLOSED, LocalDate.of(2026, 11, 4), null, null);
        handler.recognition().clarify(clear);
        assertEquals(1, handler.recognition().clarificationsOfMember(zhang.id()).size());
        handler.recognition().commend(new Commendation(0, zhang.id(), CommendationLevel.COUNTY, "县委", "网上正面发声",
                TestClockToday(), "县发〔2026〕1号"));
        assertEquals(CommendationLevel.COUNTY, handler.recognition().commendations(zhang.id()).get(0).level());
        assertThrows(ValidationException.class, () -> handler.recognition().commend(new Commendation(0, zhang.id(),
                CommendationLevel.COUNTY, " ", "x", TestClockToday(), null)));
    }

    @Test
    void accountabilityMeasuresMustFitTheTarget() {
        CaseFile c = atDecision(handler, zhang.id());
        var wrong = new Accountability.Form(AccountabilityTarget.ORGANISATION, zb1.id(), null,
                Set.of(AccountabilityMeasure.ADMONISHMENT), DECIDED, ledger.root().id(), null, c.id(), "监管不力");
        assertEquals("validation.accountability.measureTarget", assertThrows(ValidationException.class,
                () -> handler.recognition().holdAccountable(wrong)).problems().get(0).messageKey());
        handler.recognition().holdAccountable(new Accountability.Form(AccountabilityTarget.ORGANISATION, zb1.id(), null,
                Set.of(AccountabilityMeasure.INSPECTION, AccountabilityMeasure.ORG_NOTICE), DECIDED, ledger.root().id(),
                "测委〔2026〕9号", c.id(), "对党员网上行为监管不力"));
        List<Accountability> records = handler.recognition().accountability(c.id());
        assertEquals(1, records.size());
        assertEquals("第一党支部", records.get(0).targetName());
        assertEquals(Set.of(AccountabilityMeasure.INSPECTION, AccountabilityMeasure.ORG_NOTICE), records.get(0).measures());
    }

    private static LocalDate TestClockToday() {
        return org.conductledger.model.TestClock.TODAY;
    }
}
