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
}
