package org.conductledger.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The guards of a decision: who may receive which measure, one sanction, 干部管理权限, dates, appeals, probation. */
class OutcomeRulesTest {

    final OutcomeRules rules = new OutcomeRules(TestClock.CLOCK);
    static final LocalDate DECIDED = LocalDate.of(2026, 11, 20);

    static Member member(MemberCategory category, boolean cadre, CadreRank rank, Long managingOrg) {
        return new Member(7, "张三", Gender.MALE, "110101198001010011", null, LocalDate.of(1980, 1, 1), category,
                LocalDate.of(2005, 7, 1), category == MemberCategory.FULL ? LocalDate.of(2006, 7, 1) : null, 3, null, cadre,
                rank, managingOrg, null, MemberStatus.NORMAL, 0);
    }

    static final Member ORDINARY = member(MemberCategory.FULL, false, CadreRank.NONE, null);
    static final Member PROBATIONARY = member(MemberCategory.PROBATIONARY, false, CadreRank.NONE, null);
    static final Member LEADING = member(MemberCategory.FULL, true, CadreRank.XK_F, 2L);
    static final Member ORDINARY_CADRE = member(MemberCategory.FULL, true, CadreRank.YB, 2L);

    static OutcomeForm form(String override) {
        return new OutcomeForm(1, 7, Set.of(), DECIDED, 3L, "X纪发〔2026〕1号", null, null, override, false);
    }

    List<String> problems(Member member, boolean authority, String override, String... codes) {
        List<OutcomeType> types = Arrays.stream(codes).map(Ladder::type).toList();
        return rules.validate(form(override), types, new OutcomeRules.Facts(member, false, LocalDate.of(2026, 11, 2), authority))
                .stream().map(Problem::messageKey).toList();
    }

    @Test
    void organisationalMeasuresAreForLeadingCadresOnly() {
        assertEquals(List.of(), problems(LEADING, true, null, "ORG_MZ"));
        assertEquals(List.of("validation.outcome.leadingCadreOnly"), problems(ORDINARY_CADRE, true, null, "ORG_TJ"));
        assertEquals(List.of("validation.outcome.leadingCadreOnly"), problems(ORDINARY, true, null, "ORG_TZ"));
    }

    @Test
    void probationaryMembersGetNoSanctionButTheirOwnMeasures() {
        for (String sanction : List.of("DP1", "DP2", "DP3", "DP4_1", "DP4_2", "DP5")) {
            assertEquals(List.of("validation.outcome.notProbationary"), problems(PROBATIONARY, true, null, sanction), sanction);
        }
        assertEquals(List.of(), problems(PROBATIONARY, true, null, "EDU", "PB_EXT"));
        assertEquals(List.of("validation.outcome.probationaryOnly"), problems(ORDINARY, true, null, "PB_CANCEL"));
    }

    @Test
    void measuresCombineButOneSanctionAtMost() {
        assertEquals(List.of(), problems(LEADING, true, null, "DP1", "ORG_TJ", "XFER_JJ"));
        assertEquals(List.of("validation.outcome.oneOfKind"), problems(ORDINARY, true, null, "DP1", "DP2"));
        assertEquals(List.of("validation.outcome.noType"), problems(ORDINARY, true, null));
    }

    @Test
    void removalFromPartyPostsWithoutAPostIsAWarningNotARefusal() {
        List<OutcomeType> dp3 = List.of(Ladder.type("DP3"));
        var withoutPost = new OutcomeRules.Facts(ORDINARY, false, null, true);
        var withPost = new OutcomeRules.Facts(ORDINARY, true, null, true);
        assertEquals(List.of(), rules.validate(form(null), dp3, withoutPost));
        assertEquals(List.of("warning.outcome.noPartyPost"),
                rules.warnings(dp3, withoutPost).stream().map(Problem::messageKey).toList());
        assertEquals(List.of(), rules.warnings(dp3, withPost));
    }

    @Test
    void authorityFollowsTheCadreManagingOrganisationOrTheMembersOrganisation() {
        assertEquals(2L, OutcomeRules.authorityBasis(LEADING));
        assertEquals(3L, OutcomeRules.authorityBasis(ORDINARY));
        assertEquals(3L, OutcomeRules.authorityBasis(member(MemberCategory.FULL, true, CadreRank.XK_Z, null)),
                "a cadre without a managing organisation falls back to the own organisation");
        assertTrue(OutcomeRules.holdsAuthority("/1/", "/1/4/9/"), "a higher committee");
        assertTrue(OutcomeRules.holdsAuthority("/1/4/9/", "/1/4/9/"), "the organisation itself");
        assertFalse(OutcomeRules.holdsAuthority("/1/4/9/", "/1/4/"), "a lower organisation");
        assertFalse(OutcomeRules.holdsAuthority("/1/5/", "/1/4/9/"), "a sibling");
        assertFalse(OutcomeRules.holdsAuthority(null, "/1/4/"), "an organisation out of sight");
    }

    @Test
    void outsideAuthorityNeedsAnOverrideReason() {
        assertEquals(List.of("validation.outcome.authority"), problems(ORDINARY, false, null, "DP1"));
        assertEquals(List.of("validation.outcome.authority"), problems(ORDINARY, false, "  ", "DP1"));
        assertEquals(List.of(), problems(ORDINARY, false, "上级党委指定管辖", "DP1"));
    }

    @Test
    void datesMustBeInOrder() {
        List<OutcomeType> edu = List.of(Ladder.type("EDU"));
        var facts = new OutcomeRules.Facts(ORDINARY, false, LocalDate.of(2026, 11, 2), true);
        OutcomeForm future = new OutcomeForm(1, 7, Set.of(), TestClock.TODAY.plusDays(1), 3L, null, null, null, null, false);
        assertEquals(List.of("validation.date.future"), keys(rules.validate(future, edu, facts)));
        OutcomeForm early = new OutcomeForm(1, 7, Set.of(), LocalDate.of(2026, 10, 1), 3L, null, null, null, null, false);
        assertEquals(List.of("validation.outcome.beforeDecisionStage"), keys(rules.validate(early, edu, facts)));
        OutcomeForm effective = new OutcomeForm(1, 7, Set.of(), DECIDED, 3L, null, DECIDED.minusDays(1), null, null, false);
        assertEquals(List.of("validation.outcome.effectiveBeforeDecision"), keys(rules.validate(effective, edu, facts)));
    }

    @Test
    void aOneYearProbationIsExtendedOnceBeforeRestoration() {
        assertEquals(List.of(), rules.validateExtension(Ladder.outcome(DECIDED, "DP4_1")));
        assertEquals(List.of("validation.outcome.extension"), keys(rules.validateExtension(
                Ladder.outcome(DECIDED, true, null, OutcomeStatus.IN_FORCE, "DP4_1"))));
        assertEquals(List.of("validation.outcome.extension"), keys(rules.validateExtension(Ladder.outcome(DECIDED, "DP4_2"))));
        assertEquals(List.of("validation.outcome.noProbation"), keys(rules.validateExtension(Ladder.outcome(DECIDED, "DP2"))));
    }

    @Test
    void restorationComesAfterTheTerm() {
        Outcome o = Ladder.outcome(LocalDate.of(2025, 6, 1), "DP4_1");
        assertEquals(List.of("validation.outcome.restoreDate"), keys(rules.validateRestoration(o, LocalDate.of(2026, 5, 31))));
        assertEquals(List.of(), rules.validateRestoration(o, LocalDate.of(2026, 6, 1)));
        assertEquals(List.of("validation.outcome.restoreDate"), keys(rules.validateRestoration(o, TestClock.TODAY.plusDays(1))));
    }

    @Test
    void appealsFollowTheDecisionAndAChangeNamesTheNewMeasures() {
        Outcome o = Ladder.outcome(DECIDED, "DP1");
        assertEquals(List.of(), rules.validateAppeal(o, TestClock.TODAY, 1L));
        assertEquals(List.of("validation.appeal.filedOn", "validation.appeal.org"),
                keys(rules.validateAppeal(o, DECIDED.minusDays(1), null)));
        Outcome revoked = Ladder.outcome(DECIDED, false, null, OutcomeStatus.REVOKED, "DP1");
        assertEquals(List.of("validation.appeal.notInForce"), keys(rules.validateAppeal(revoked, TestClock.TODAY, 1L)));
        Appeal pending = new Appeal(1, 1, TestClock.TODAY, 1, "党委", null, null, null);
        assertEquals(LocalDate.of(2027, 2, 23), pending.dueOn());
        assertEquals(List.of("validation.appeal.changedTypes"),
                keys(rules.validateAppealDecision(pending, AppealResult.CHANGED, TestClock.TODAY, Set.of())));
        assertEquals(List.of(), rules.validateAppealDecision(pending, AppealResult.REVOKED, TestClock.TODAY, null));
        Appeal decided = new Appeal(1, 1, TestClock.TODAY, 1, "党委", AppealResult.UPHELD, TestClock.TODAY, null);
        assertEquals(List.of("validation.appeal.decided"),
                keys(rules.validateAppealDecision(decided, AppealResult.REVOKED, TestClock.TODAY, null)));
    }

    private static List<String> keys(List<Problem> problems) {
        return problems.stream().map(Problem::messageKey).toList();
    }

    @Test
    void anAppealNeverMakesTheDecisionHeavier() {
        var warning = List.of(Ladder.type("DP1"));
        assertEquals(List.of("validation.appeal.heavier"), OutcomeRules.heavierOnAppeal(warning, List.of(Ladder.type("DP4_1")))
                .stream().map(Problem::messageKey).toList());
        assertTrue(OutcomeRules.heavierOnAppeal(warning, List.of(Ladder.type("JM_T"))).isEmpty(), "lighter is allowed");
        assertTrue(OutcomeRules.heavierOnAppeal(warning, List.of(Ladder.type("DP1"), Ladder.type("XFER_SF"))).isEmpty(),
                "a referral is no grade");
    }
}
