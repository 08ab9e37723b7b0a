package org.conductledger.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The order, the cycles, the unknown parents and the changes of an organisation sheet, without a database. */
class OrganisationTreePlanTest {

    private static final Organisation ROOT = org(1, "ROOT", null, "/1/", OrgType.PARTY_COMMITTEE);
    private final List<Organisation> ledger = new ArrayList<>(List.of(ROOT));

    private static Organisation org(long id, String code, Long parent, String path, OrgType type) {
        return new Organisation(id, code, "组织" + code, type, parent, path, null, LocalDate.of(2010, 1, 1), true, 0);
    }

    /** An organisation in the ledger under {@code parent}. */
    private Organisation existing(long id, String code, Organisation parent, OrgType type) {
        Organisation o = org(id, code, parent.id(), parent.path() + id + "/", type);
        ledger.add(o);
        return o;
    }

    private static OrganisationTreePlan.Node row(int row, String code, String parent) {
        return new OrganisationTreePlan.Node(row, code, parent, new OrganisationForm("组织" + code, code, OrgType.BRANCH,
                null, null));
    }

    private static OrganisationTreePlan.Node row(int row, String code, String parent, OrgType type) {
        return new OrganisationTreePlan.Node(row, code, parent, new OrganisationForm("组织" + code, code, type, null, null));
    }

    private OrganisationTreePlan.Result plan(OrganisationTreePlan.Node... rows) {
        return OrganisationTreePlan.plan(List.of(rows), ledger, ROOT);
    }

    private static List<String> order(OrganisationTreePlan.Result result) {
        return result.steps().stream().map(s -> s.node().code()).toList();
    }

    private static Map<Integer, String> problems(OrganisationTreePlan.Result result) {
        return result.problems().stream().collect(Collectors.toMap(ImportProblem::row,
                p -> p.messageKey() + " " + p.args(), (a, b) -> a + " | " + b));
    }

    @Test
    void childrenBeforeTheirParentsAreWrittenAfterThemAndBlankParentsMeanTheImportingOrganisation() {
        OrganisationTreePlan.Result result = plan(row(2, "ZB1", "ZZ"), row(3, "ZZ", "DW", OrgType.GENERAL_BRANCH),
                row(4, "ZB2", "ZZ"), row(5, "DW", null, OrgType.PARTY_COMMITTEE));
        assertEquals(List.of(), result.problems());
        assertEquals(List.of("DW", "ZZ", "ZB1", "ZB2"), order(result));
        assertEquals("ROOT", result.steps().get(0).parentCode(), "blank: below the organisation imported into");
        assertTrue(result.steps().stream().allMatch(s -> s.existing() == null));
        assertEquals(List.of(), result.changes());
    }

    @Test
    void anUnknownParentIsItsRowsProblemAndTheRowsBelowItAreNotWritten() {
        OrganisationTreePlan.Result result = plan(row(2, "ZB1", "ZZ"), row(3, "ZZ", "NOPE", OrgType.GENERAL_BRANCH),
                row(4, "ZB9", null));
        assertEquals(Map.of(3, "import.problem.orgUnknownParent [NOPE]"), problems(result),
                "told once, on the row that names it; the row below it is not blamed");
        assertEquals(List.of("ZB9"), order(result));
    }

    @Test
    void aCycleInTheSheetIsNamedOnEachOfItsRows() {
        OrganisationTreePlan.Result result = plan(row(2, "A", "B"), row(3, "B", "C"), row(4, "C", "A"), row(5, "D", "A"),
                row(6, "E", null));
        assertEquals(Map.of(2, "import.problem.orgCycle [A → B → C → A]", 3, "import.problem.orgCycle [B → C → A → B]",
                4, "import.problem.orgCycle [C → A → B → C]"), problems(result));
        assertEquals(List.of("E"), order(result), "D hangs below the cycle: not written, not blamed");
    }

    @Test
    void anOrganisationThatIsItsOwnParentIsACycleOfOne() {
        assertEquals(Map.of(2, "import.problem.orgCycle [A → A]"), problems(plan(row(2, "A", "A"))));
    }

    @Test
    void aMoveUnderOnesOwnDescendantInTheLedgerIsACycle() {
        Organisation p = existing(2, "P", ROOT, OrgType.PARTY_COMMITTEE);
        existing(3, "Q", p, OrgType.PARTY_COMMITTEE);
        OrganisationTreePlan.Result result = plan(row(7, "P", "Q", OrgType.PARTY_COMMITTEE));
        assertEquals(Map.of(7, "import.problem.orgCycle [P → Q → P]"), problems(result));
        assertEquals(List.of(), result.steps());
    }

    @Test
    void movesAreOrderedSoThatNoMomentaryCycleArisesEvenThroughOrganisationsTheSheetDoesNotName() {
        // Today X holds Q which holds P. The sheet takes Q up to the root and puts X below P.
        Organisation x = existing(2, "X", ROOT, OrgType.PARTY_COMMITTEE);
        Organisation q = existing(3, "Q", x, OrgType.PARTY_COMMITTEE);
        existing(4, "P", q, OrgType.PARTY_COMMITTEE);
        OrganisationTreePlan.Result result = plan(row(2, "X", "P", OrgType.PARTY_COMMITTEE),
                row(3, "Q", null, OrgType.PARTY_COMMITTEE));
        assertEquals(List.of(), result.problems());
        assertEquals(List.of("Q", "X"), order(result), "Q leaves X's subtree before X moves below Q's child");
        assertTrue(result.steps().stream().allMatch(OrganisationTreePlan.Step::move));
    }

    @Test
    void rowsThatMatchTheLedgerAreLeftAloneAndDifferencesAreListedAsChanges() {
        Organisation dw = existing(2, "DW", ROOT, OrgType.PARTY_COMMITTEE);
        Organisation other = existing(3, "DW2", ROOT, OrgType.PARTY_COMMITTEE);
        existing(4, "ZB1", dw, OrgType.BRANCH);
        existing(5, "ZB2", dw, OrgType.BRANCH);
        OrganisationTreePlan.Node renamed = new OrganisationTreePlan.Node(4, "ZB2", "DW2",
                new OrganisationForm("第二党支部", "ZB2", OrgType.JOINT_BRANCH, null, null));
        OrganisationTreePlan.Result result = plan(row(2, "DW", null, OrgType.PARTY_COMMITTEE), row(3, "ZB1", "DW"), renamed,
                row(5, "DW2", null, OrgType.PARTY_COMMITTEE));
        assertEquals(List.of(), result.problems());
        assertEquals(3, result.unchanged(), "a blank 成立日期 is no difference");
        assertEquals(List.of(ImportChange.of(4, "ZB2", ImportColumn.O_NAME, "组织ZB2", "第二党支部"),
                ImportChange.of(4, "ZB2", ImportColumn.O_TYPE, OrgType.BRANCH, OrgType.JOINT_BRANCH),
                ImportChange.of(4, "ZB2", ImportColumn.O_PARENT, "DW", "DW2")), result.changes());
        OrganisationTreePlan.Step step = result.steps().get(0);
        assertTrue(step.update() && step.move());
        assertEquals(other.code(), step.parentCode());
        assertEquals(LocalDate.of(2010, 1, 1), step.form().establishedOn(), "the ledger's date is kept");
    }

    @Test
    void theImportingOrganisationStaysWhereItIs() {
        OrganisationTreePlan.Result kept = plan(new OrganisationTreePlan.Node(2, "ROOT", null,
                new OrganisationForm("组织ROOT", "ROOT", OrgType.PARTY_COMMITTEE, null, null)));
        assertEquals(List.of(), kept.problems());
        assertEquals(1, kept.unchanged(), "a blank parent on its own row is not 'below itself'");
        OrganisationTreePlan.Result moved = plan(row(2, "ZB1", null), new OrganisationTreePlan.Node(3, "ROOT", "ZB1",
                new OrganisationForm("组织ROOT", "ROOT", OrgType.PARTY_COMMITTEE, null, null)));
        assertEquals(Map.of(3, "import.problem.orgWithinParent [ROOT]"), problems(moved));
    }

    @Test
    void everythingMustLieBelowTheOrganisationImportedInto() {
        Organisation dw = existing(2, "DW", ROOT, OrgType.PARTY_COMMITTEE);
        existing(3, "DW2", ROOT, OrgType.PARTY_COMMITTEE);
        existing(4, "DW3", ROOT, OrgType.PARTY_COMMITTEE);
        OrganisationTreePlan.Result result = OrganisationTreePlan.plan(List.of(row(2, "ZB1", "DW3"),
                row(3, "DW2", null, OrgType.PARTY_COMMITTEE), row(4, "ZB2", null), row(5, "ZB3", "DW2")), ledger, dw);
        assertEquals(Map.of(2, "import.problem.outside [DW3, 组织DW]", 3, "import.problem.outside [DW2, 组织DW]"),
                problems(result), "a parent outside, and a row for an organisation outside (whose rows below wait)");
        assertEquals(List.of("ZB2"), order(result));
        assertEquals("DW", result.steps().get(0).parentCode());
    }

    @Test
    void aRowWithOtherProblemsStillHoldsItsPlaceInTheTreeButIsNotWritten() {
        OrganisationTreePlan.Result result = plan(new OrganisationTreePlan.Node(2, "ZZ", null, null), row(3, "ZB1", "ZZ"));
        assertEquals(List.of(), result.problems(), "ZB1's parent is in the sheet: not unknown");
        assertFalse(order(result).contains("ZZ"));
        assertEquals(List.of(), order(result), "and ZB1 waits until ZZ can be written");
    }
}
