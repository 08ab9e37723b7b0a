package org.conductledger.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class OrganisationRulesTest {

    private static Organisation org(long id, Long parent, String path) {
        return new Organisation(id, "C" + id, "组织" + id, OrgType.PARTY_COMMITTEE, parent, path, null, null, true, 0);
    }

    private final Organisation root = org(1, null, "/1/");
    private final Organisation committee = org(2, 1L, "/1/2/");
    private final Organisation branch = new Organisation(3, "C3", "支部", OrgType.BRANCH, 2L, "/1/2/3/", null, null, true, 0);
    private final Organisation other = org(4, 1L, "/1/4/");
    private final Organisation similarPrefix = org(21, 1L, "/1/21/");

    @Test
    void refusesMoveUnderItself() {
        assertEquals("validation.org.moveCycle", OrganisationRules.checkMove(committee, committee).get(0).messageKey());
    }

    @Test
    void refusesMoveUnderOwnDescendant() {
        assertEquals("validation.org.moveCycle", OrganisationRules.checkMove(committee, branch).get(0).messageKey());
    }

    @Test
    void refusesMovingTheRoot() {
        assertEquals("validation.org.moveRoot", OrganisationRules.checkMove(root, other).get(0).messageKey());
    }

    @Test
    void allowsMoveUnderASiblingEvenWithASimilarIdPrefix() {
        // '/1/21/' starts with '/1/2' but is not inside '/1/2/': the trailing slash matters.
        assertEquals(List.of(), OrganisationRules.checkMove(committee, similarPrefix));
        assertEquals(List.of(), OrganisationRules.checkMove(branch, other));
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0} may contain {1}: {2}")
    @org.junit.jupiter.params.provider.CsvSource(textBlock = """
            PARTY_COMMITTEE,   PARTY_COMMITTEE,  true
            PARTY_COMMITTEE,   GENERAL_BRANCH,   true
            WORKING_COMMITTEE, BRANCH,           true
            GENERAL_BRANCH,    BRANCH,           true
            GENERAL_BRANCH,    JOINT_BRANCH,     true
            GENERAL_BRANCH,    GENERAL_BRANCH,   false
            GENERAL_BRANCH,    PARTY_COMMITTEE,  false
            BRANCH,            BRANCH,           false
            BRANCH,            GENERAL_BRANCH,   false
            TEMPORARY_BRANCH,  BRANCH,           false
            """)
    void placementFollowsTheOrganisationHierarchy(OrgType parent, OrgType child, boolean allowed) {
        assertEquals(allowed, parent.mayContain(child));
        assertEquals(allowed, OrganisationRules.checkPlacement(parent, child).isEmpty());
    }

    @Test
    void refusesMovingAGeneralBranchUnderABranch() {
        Organisation general = new Organisation(5, "Z", "党总支", OrgType.GENERAL_BRANCH, 1L, "/1/5/", null, null, true, 0);
        assertEquals("validation.org.placement", OrganisationRules.checkMove(general, branch).get(0).messageKey());
    }

    @Test
    void validatesCodeCharactersAndRequiredFields() {
        OrganisationRules rules = new OrganisationRules(MemberRulesTest.CLOCK);
        List<Problem> problems = rules.validate(new OrganisationForm("", "第一支部", null, null, null));
        assertTrue(problems.stream().anyMatch(p -> p.field() == OrganisationField.NAME));
        assertTrue(problems.stream().anyMatch(p -> p.messageKey().equals("validation.org.codeCharacters")));
        assertTrue(problems.stream().anyMatch(p -> p.field() == OrganisationField.TYPE));
        assertEquals(List.of(), rules.validate(new OrganisationForm("第一党支部", "ZB-01", OrgType.BRANCH, null, null)));
    }
}
