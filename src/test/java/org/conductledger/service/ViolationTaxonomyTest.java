package org.conductledger.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Set;
import org.conductledger.model.LedgerException;
import org.conductledger.model.Regulation;
import org.conductledger.model.Role;
import org.conductledger.model.ViolationCategory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The seeded violation taxonomy cites articles whose text ships with the application. */
class ViolationTaxonomyTest {

    @TempDir
    Path dir;
    TestLedger ledger;

    @BeforeEach
    void open() {
        ledger = TestLedger.open(dir);
    }

    @AfterEach
    void close() {
        ledger.close();
    }

    @Test
    void everyCategoryButOtherShowsItsArticle() {
        var reference = ledger.services.reference();
        var categories = reference.violationCategories();
        assertEquals(19, categories.size());
        for (ViolationCategory c : categories) {
            String text = reference.articleText(c);
            if (c.regulation() == Regulation.NONE) {
                assertEquals("", text, c.code());
            } else {
                assertTrue(text.startsWith(c.article()), c.code() + ": " + text);
            }
        }
        ViolationCategory overseas = categories.stream().filter(c -> c.code().equals("R24_14")).findFirst().orElseThrow();
        assertTrue(reference.articleText(overseas).contains("非法定信道"));
        assertEquals(2024, overseas.regulation().year(), "a 2024 case cites the 2024 text");
    }

    @Test
    void onlyCaseRolesReadTheTaxonomy() {
        var branch = ledger.loginAs("zb", ledger.root(), Set.of(Role.BRANCH_SECRETARY));
        assertThrows(LedgerException.class, () -> branch.reference().violationCategories());
        var handler = ledger.loginAs("cb", ledger.root(), Set.of(Role.CASE_HANDLER));
        assertEquals(19, handler.reference().violationCategories().size());
    }

    @Test
    void theRootDepartmentAddsAndRetiresCategoriesCitingArticlesThatExist() {
        var reference = ledger.services.reference();
        var added = reference.addViolationCategory("r24_21", "未履行举报义务", Regulation.RULES_2024, "第二十一条");
        assertEquals("R24_21", added.code());
        assertTrue(reference.articleText(added).startsWith("第二十一条"));
        assertEquals("error.reference.articleNotFound", assertThrows(LedgerException.class,
                () -> reference.addViolationCategory("R24_99", "x", Regulation.RULES_2024, "第九十九条")).messageKey());
        assertTrue(reference.setViolationRetired(added.id(), true).retired());
        var dept = ledger.loginAs("zzb", ledger.org(null, "支部", "ZB1", org.conductledger.model.OrgType.BRANCH),
                Set.of(Role.ORG_DEPARTMENT));
        assertEquals("error.reference.rootOnly", assertThrows(LedgerException.class,
                () -> dept.reference().addViolationCategory("X1", "x", Regulation.NONE, null)).messageKey());
    }
}
