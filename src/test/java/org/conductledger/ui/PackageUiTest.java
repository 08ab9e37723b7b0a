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
            UiHarness.selectTab(robot.lookup("#mainTabs").queryAs(TabPane.class), "rosterTab");
            tree.getSelectionModel().select(tree.getRoot().getChildren().get(0));
            tree.getSelectionModel().select((TreeItem<Organisation>) tree.getRoot());
        });
        TableView<MemberSummary> roster = robot.lookup("#memberTable").queryAs(TableView.class);
        waitUntil(() -> roster.getItems().size() == 1);
        assertEquals("张三", roster.getItems().get(0).name());
        assertTrue(harness.ledger.services.packageImport().conflicts(true).isEmpty());
    }

    @Test
    @SuppressWarnings("unchecked")
    void aConflictIsShownFieldByFieldAndTheIncomingContentTaken(FxRobot robot) throws Exception {
        var department = harness.ledger.services;
        var secretary = branch.loginAs("zb1b", branch.services.organisations().all().stream()
                .filter(o -> o.code().equals("ZB1")).findFirst().orElseThrow(), Set.of(Role.BRANCH_SECRETARY));
        String fingerprint = secretary.packageExport().fingerprint();
        department.packageImport().importPackage(PackageFile.read(packageFile), fingerprint, "数据交换包更新");
        var zhang = branch.services.members().roster(branch.root().id(), true, false).get(0);
        var there = branch.services.members().get(zhang.id());
        branch.services.members().update(there.id(), there.version(), post(there.toForm(), "支部改的职务"));
        var here = department.members().currentByIdNumber(there.idNumber()).orElseThrow();
        department.members().update(here.id(), here.version(), post(here.toForm(), "组织部改的职务"));
        Path second = dir.resolve("zb1-2.clp");
        secretary.packageExport().export("ROOT", parts -> PackageFile.write(second, parts));
        assertEquals(1, department.packageImport().importPackage(PackageFile.read(second), null, "数据交换包更新")
                .conflicts().size());

        robot.clickOn((javafx.scene.Node n) -> n instanceof javafx.scene.control.Labeled l && l.getText() != null
                && l.getText().startsWith("数据(")).clickOn("数据包冲突…");
        waitUntil(() -> robot.lookup("#conflictList").tryQuery().isPresent());
        javafx.scene.control.ListView<Object> list = robot.lookup("#conflictList").queryAs(javafx.scene.control.ListView.class);
        waitUntil(() -> list.getItems().size() == 1);
        robot.interact(() -> list.getSelectionModel().select(0));
        TableView<org.conductledger.model.PackageFieldDiff> fields = robot.lookup("#fieldTable").queryAs(TableView.class);
        waitUntil(() -> fields.getItems().size() == 1);
        var local = (javafx.scene.control.TableColumn<org.conductledger.model.PackageFieldDiff, String>) fields.getColumns().get(1);
        assertEquals("组织部改的职务", local.getCellObservableValue(0).getValue());
        assertEquals("工作单位及职务", ((javafx.scene.control.TableColumn<org.conductledger.model.PackageFieldDiff, String>)
                fields.getColumns().get(0)).getCellObservableValue(0).getValue());
        harness.dialogs.confirmAnswer = true;
        robot.clickOn("#takeIncomingButton");
        waitUntil(() -> list.getItems().isEmpty());
        assertEquals("支部改的职务", department.members().get(here.id()).workUnitPost());
    }

    private static org.conductledger.model.MemberForm post(org.conductledger.model.MemberForm f, String post) {
        return new org.conductledger.model.MemberForm(f.name(), f.gender(), f.idNumber(), f.ethnicity(), f.birthDate(),
                f.category(), f.joinedOn(), f.confirmedOn(), f.orgId(), post, f.cadre(), f.rank(), f.managingOrgId(), f.phone());
    }
}
