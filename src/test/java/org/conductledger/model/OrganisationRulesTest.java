package org.conductledger.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class OrganisationRulesTest {

    private static Organisation org(long id, Long parent, String path) {
        return new Organisation(id, "C" + id, "组织" + id, OrgType.BRANCH, parent, path, null, null, true, 0);
    }

    private final Organisation root = org(1, null, "/1/");
    private final Organisation committee = org(2, 1L, "/1/2/");
    private final Organisation branch = org(3, 2L, "/1/2/3/");
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
