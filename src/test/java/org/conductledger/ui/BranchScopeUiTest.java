package org.conductledger.ui;

import static org.conductledger.ui.UiHarness.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Set;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;
import org.conductledger.model.MemberSummary;
import org.conductledger.model.OrgType;
import org.conductledger.model.Organisation;
import org.conductledger.model.Role;
import org.conductledger.service.TestLedger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A branch secretary's window shows their branch only: its tree and its roster. */
@ExtendWith(ApplicationExtension.class)
class BranchScopeUiTest {

    @TempDir
    Path dir;
    UiHarness harness;

    @Start
    void start(Stage stage) {
        TestLedger ledger = TestLedger.open(dir);
        Organisation mine = ledger.org(null, "第一党支部", "ZB1", OrgType.BRANCH);
        Organisation theirs = ledger.org(null, "第二党支部", "ZB2", OrgType.BRANCH);
        ledger.services.members().create(TestLedger.member("本支部甲", TestLedger.idBornIn(1980, 11), mine.id()));
        ledger.services.members().create(TestLedger.member("本支部乙", TestLedger.idBornIn(1982, 12), mine.id()));
        ledger.services.members().create(TestLedger.member("他支部丙", TestLedger.idBornIn(1981, 13), theirs.id()));
        harness = new UiHarness(ledger, ledger.loginAs("zb1", mine, Set.of(Role.BRANCH_SECRETARY)), dir);
        harness.showRoster(stage);   // the roster loads when its tab is shown (issue 12)
    }

    @AfterEach
    void close() {
        harness.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theRosterAndTreeShowOnlyTheOwnBranch(FxRobot robot) {
        TableView<MemberSummary> roster = robot.lookup("#memberTable").queryAs(TableView.class);
        waitUntil(() -> roster.getItems().size() == 2);
        assertEquals(Set.of("本支部甲", "本支部乙"), Set.copyOf(roster.getItems().stream().map(MemberSummary::name).toList()));
        TreeView<Organisation> tree = robot.lookup("#orgTree").queryAs(TreeView.class);
        assertEquals("ZB1", tree.getRoot().getValue().code());
        assertEquals(0, tree.getRoot().getChildren().size());
        assertEquals(true, robot.lookup("#addOrgButton").queryButton().isDisabled());
    }
}
