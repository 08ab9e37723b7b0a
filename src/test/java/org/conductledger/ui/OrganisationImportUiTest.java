package org.conductledger.ui;

import static org.conductledger.ui.UiHarness.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;
import org.conductledger.model.ImportKind;
import org.conductledger.model.OrgType;
import org.conductledger.model.Organisation;
import org.conductledger.service.TestLedger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The tree's 导入…: a sheet with a cycle lists both rows and offers no import; a sheet that renames an existing
 * branch shows the change and offers the import only once 同时应用… is ticked; then the tree shows the result.
 */
@ExtendWith(ApplicationExtension.class)
class OrganisationImportUiTest {

    static final String HEADER = "党组织名称,党组织代码,党组织类型,上级党组织代码,成立日期,书记公民身份号码\r\n";

    @TempDir
    Path dir;
    UiHarness harness;

    @Start
    void start(Stage stage) {
        TestLedger ledger = TestLedger.open(dir);
        Organisation dw = ledger.org(null, "甲党委", "DW", OrgType.PARTY_COMMITTEE);
        ledger.org(dw, "第一支部", "ZB1", OrgType.BRANCH);
        harness = new UiHarness(ledger, null, dir);
        harness.show(stage);
    }

    @AfterEach
    void close() {
        harness.close();
    }

    @SuppressWarnings("unchecked")
    private TreeView<Organisation> tree(FxRobot robot) {
        TreeView<Organisation> tree = robot.lookup("#orgTree").queryAs(TreeView.class);
        waitUntil(() -> tree.getRoot() != null && !tree.getRoot().getChildren().isEmpty());
        robot.interact(() -> tree.getSelectionModel().select(tree.getRoot()));
        return tree;
    }

    private Path sheet(String name, String... rows) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, HEADER + String.join("\r\n", rows) + "\r\n", StandardCharsets.UTF_8);
        return file;
    }

    @SuppressWarnings("unchecked")
    private ListView<String> openImport(FxRobot robot, Path file) {
        harness.dialogs.files.add(file);
        robot.clickOn("#importOrgButton");
        waitUntil(() -> robot.lookup("#chooseButton").tryQuery().isPresent());
        assertEquals(ImportKind.ORGS, robot.lookup("#kindChoice").queryAs(ComboBox.class).getValue());
        robot.clickOn("#chooseButton");
        Label summary = robot.lookup("#summaryLabel").queryAs(Label.class);
        waitUntil(() -> summary.getText().startsWith("检查通过") || summary.getText().startsWith("发现"));
        return robot.lookup("#problemsList").queryAs(ListView.class);
    }

    private static List<String> names(TreeItem<Organisation> item) {
        List<String> names = new java.util.ArrayList<>(List.of(item.getValue().name()));
        item.getChildren().forEach(child -> names.addAll(names(child)));
        return names;
    }

    @Test
    void aCycleIsListedAndAChangeIsImportedOnlyOnceTicked(FxRobot robot) throws Exception {
        TreeView<Organisation> tree = tree(robot);
        ListView<String> problems = openImport(robot, sheet("cycle.csv", "第一党总支,ZZ1,党总支,ZZ2,,", "第二党总支,ZZ2,党总支,ZZ1,,"));
        assertEquals(List.of("第 2 行“上级党组织代码”：上级关系构成循环：ZZ1 → ZZ2 → ZZ1（箭头指向上级党组织）。",
                "第 3 行“上级党组织代码”：上级关系构成循环：ZZ2 → ZZ1 → ZZ2（箭头指向上级党组织）。"), problems.getItems());
        assertTrue(robot.lookup("#runImportButton").queryButton().isDisabled());
        assertFalse(robot.lookup("#applyChangesCheck").queryAs(CheckBox.class).isVisible());
        robot.clickOn("#closeButton");

        tree(robot);
        problems = openImport(robot, sheet("changed.csv", "甲党委,DW,党委,,,", "第一党支部,ZB1,党支部,DW,,",
                "第二党支部,ZB2,党支部,DW,,", "乙党委,DW2,党委,,,"));
        assertEquals(List.of("变更：第 3 行 ZB1“党组织名称”：第一支部 → 第一党支部"), problems.getItems());
        assertTrue(robot.lookup("#summaryLabel").queryAs(Label.class).getText()
                .startsWith("检查通过：新增 2 个党组织，变更 1 个（共 1 处，见列表），1 个与台账一致。"));
        CheckBox apply = robot.lookup("#applyChangesCheck").queryAs(CheckBox.class);
        Button run = robot.lookup("#runImportButton").queryButton();
        assertTrue(apply.isVisible());
        assertTrue(run.isDisabled(), "not without the changes confirmed");
        robot.clickOn(apply);
        waitUntil(() -> !run.isDisabled());
        robot.clickOn(run);
        waitUntil(() -> robot.lookup("#chooseButton").tryQuery().isEmpty());
        waitUntil(() -> tree.getRoot() != null && names(tree.getRoot()).contains("乙党委"));
        assertTrue(names(tree.getRoot()).containsAll(List.of("第一党支部", "第二党支部")), names(tree.getRoot()).toString());
        assertFalse(names(tree.getRoot()).contains("第一支部"));
        robot.clickOn("确定");
    }
}
