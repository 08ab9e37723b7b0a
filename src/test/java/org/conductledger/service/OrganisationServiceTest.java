package org.conductledger.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.conductledger.model.LedgerException;
import org.conductledger.model.OrgType;
import org.conductledger.model.Organisation;
import org.conductledger.model.OrganisationForm;
import org.conductledger.model.ValidationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OrganisationServiceTest {

    @TempDir
    Path dir;
    TestLedger ledger;
    OrganisationService service;
    Organisation root;
    Organisation general;
    Organisation branch;

    @BeforeEach
    void threeLevels() {
        ledger = TestLedger.open(dir);
        service = ledger.services.organisations();
        root = ledger.root();
        general = ledger.org(root, "市发改委机关党总支", "FGW", OrgType.GENERAL_BRANCH);
        branch = ledger.org(general, "市发改委第一党支部", "FGW-1", OrgType.BRANCH);
    }

    @AfterEach
    void close() {
        ledger.close();
    }

    @Test
    void buildsATreeOfThreeLevelsWithPaths() {
        assertEquals("/" + root.id() + "/" + general.id() + "/" + branch.id() + "/", branch.path());
        assertEquals(List.of(root.id(), general.id(), branch.id()), service.all().stream().map(Organisation::id).toList());
        assertEquals("/" + root.id() + "/", root.path());
        assertTrue(branch.isInSubtreeOf(root));
    }

    @Test
    void movesASubtreeAndRewritesEveryPathBelowIt() {
        Organisation other = ledger.org(root, "市财政局机关党委", "CZJ", OrgType.PARTY_COMMITTEE);
        service.move(general.id(), other.id());
        Organisation movedBranch = service.get(branch.id());
        assertEquals("/" + root.id() + "/" + other.id() + "/" + general.id() + "/" + branch.id() + "/", movedBranch.path());
        assertEquals(other.id(), service.get(general.id()).parentId());
    }

    @Test
    void refusesAMoveThatWouldMakeACycleAndChangesNothing() {
        ValidationException refused = assertThrows(ValidationException.class, () -> service.move(general.id(), branch.id()));
        assertEquals("validation.org.moveCycle", refused.problems().get(0).messageKey());
        assertEquals(general.path(), service.get(general.id()).path());
        assertEquals(branch.path(), service.get(branch.id()).path());
    }

    @Test
    void refusesADuplicateCodeNamingTheHolder() {
        ValidationException refused = assertThrows(ValidationException.class,
                () -> ledger.org(root, "另一个支部", "FGW-1", OrgType.BRANCH));
        assertEquals("validation.org.duplicateCode", refused.problems().get(0).messageKey());
        assertEquals(List.of(branch.name()), refused.problems().get(0).args());
        assertEquals(3, service.all().size());
    }

    @Test
    void codesAreCaseInsensitiveAndStoredUpperCase() {
        ValidationException refused = assertThrows(ValidationException.class,
                () -> ledger.org(general, "第二党支部", "fgw-1", OrgType.BRANCH));
        assertEquals("validation.org.duplicateCode", refused.problems().get(0).messageKey());
        assertEquals("FGW-2", ledger.org(general, "第二党支部", " fgw-2 ", OrgType.BRANCH).code());
    }

    @Test
    void nothingIsSetUpBelowABranch() {
        ValidationException refused = assertThrows(ValidationException.class,
                () -> ledger.org(branch, "小组", "XZ", OrgType.BRANCH));
        assertEquals("validation.org.placement", refused.problems().get(0).messageKey());
        assertEquals(3, service.all().size());
    }

    @Test
    void renamesWithOptimisticVersionCheck() {
        OrganisationForm renamed = new OrganisationForm("市发改委第一支部", "FGW-1", OrgType.BRANCH, null, null);
        Organisation saved = service.update(branch.id(), branch.version(), renamed);
        assertEquals("市发改委第一支部", saved.name());
        org.conductledger.model.EditConflictException stale = assertThrows(org.conductledger.model.EditConflictException.class,
                () -> service.update(branch.id(), branch.version(), renamed));
        assertEquals("error.editConflict", stale.messageKey());
        assertEquals(saved.version(), stale.currentVersion());
    }

    @Test
    void deactivatesOnlyEmptyLeavesAndNeverDeletes() {
        ledger.services.members().create(TestLedger.member("李娜", TestLedger.idBornIn(1980, 22), branch.id()));
        assertEquals("error.org.deactivateHasMembers",
                assertThrows(LedgerException.class, () -> service.deactivate(branch.id())).messageKey());
        assertEquals("error.org.deactivateHasChildren",
                assertThrows(LedgerException.class, () -> service.deactivate(general.id())).messageKey());
        assertEquals("error.org.deactivateRoot",
                assertThrows(LedgerException.class, () -> service.deactivate(root.id())).messageKey());
        Organisation empty = ledger.org(general, "临时党支部", "LS", OrgType.TEMPORARY_BRANCH);
        assertFalse(service.deactivate(empty.id()).active());
        assertEquals(4, service.all().size());
        assertTrue(service.reactivate(empty.id()).active());
    }
}
