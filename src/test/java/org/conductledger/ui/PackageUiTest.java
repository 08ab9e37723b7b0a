package org.conductledger.ui;

import static org.conductledger.ui.UiHarness.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;
import org.conductledger.exchange.PackageFile;
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

/**
 * The organisation department imports a branch's first data package from the 数据 menu: it is asked to confirm
 * the sender's fingerprint, and the branch and its member then appear in its tree and roster.
 */
@ExtendWith(ApplicationExtension.class)
class PackageUiTest {

    @TempDir
    Path dir;
    UiHarness harness;
    TestLedger branch;
    Path packageFile;

    @Start
    void start(Stage stage) throws Exception {
        branch = TestLedger.open(Files.createDirectories(dir.resolve("branch")));
        Organisation zb1 = branch.org(null, "第一党支部", "ZB1", OrgType.BRANCH);
        branch.services.members().create(TestLedger.member("张三", TestLedger.idBornIn(1980, 11), zb1.id()));
        packageFile = dir.resolve("zb1.clp");
        branch.loginAs("zb1", zb1, Set.of(Role.BRANCH_SECRETARY)).packageExport()
                .export("ROOT", parts -> PackageFile.write(packageFile, parts));
        harness = new UiHarness(TestLedger.open(Files.createDirectories(dir.resolve("dept"))), null, dir);
        harness.show(stage);
    }

    @AfterEach
    void close() {
        harness.close();
        branch.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aFirstPackageIsImportedAfterTheFingerprintIsConfirmed(FxRobot robot) {
        harness.dialogs.files.add(packageFile);
        harness.dialogs.confirmAnswer = true;
        robot.clickOn((javafx.scene.Node n) -> n instanceof javafx.scene.control.Labeled l && l.getText() != null
                && l.getText().startsWith("数据(")).clickOn("导入数据交换包…");
        TreeView<Organisation> tree = robot.lookup("#orgTree").queryAs(TreeView.class);
        waitUntil(() -> tree.getRoot() != null && tree.getRoot().getChildren().stream()
                .anyMatch(i -> i.getValue().code().equals("ZB1")));
        robot.clickOn("确定");
        robot.interact(() -> {
            robot.lookup("#mainTabs").queryAs(TabPane.class).getSelectionModel().select(0);
            tree.getSelectionModel().select(tree.getRoot().getChildren().get(0));
            tree.getSelectionModel().select((TreeItem<Organisation>) tree.getRoot());
        });
        TableView<MemberSummary> roster = robot.lookup("#memberTable").queryAs(TableView.class);
        waitUntil(() -> roster.getItems().size() == 1);
        assertEquals("张三", roster.getItems().get(0).name());
        assertTrue(harness.ledger.services.packageImport().conflicts(true).isEmpty());
    }
}
