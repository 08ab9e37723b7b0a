package org.conductledger.ui;

import static org.conductledger.ui.UiHarness.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;
import org.conductledger.exchange.SheetReaderTest;
import org.conductledger.model.MemberSummary;
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
 * A branch secretary's import: members.xlsx (made by LibreOffice) into the first branch lists the row that
 * belongs to another branch and offers no import; into the committee it checks clean, imports all rows, and the
 * roster shows them; the roster then exports as shown.
 */
@ExtendWith(ApplicationExtension.class)
class ImportUiTest {

    @TempDir
    Path dir;
    UiHarness harness;

    @Start
    void start(Stage stage) {
        TestLedger ledger = TestLedger.open(dir);
        ledger.org(null, "第一党支部", "ZB1", OrgType.BRANCH);
        ledger.org(null, "第二党支部", "ZB2", OrgType.BRANCH);
        harness = new UiHarness(ledger, null, dir);
        harness.show(stage);
    }

    @AfterEach
    void close() {
        harness.close();
    }

    @SuppressWarnings("unchecked")
    private TableView<MemberSummary> select(FxRobot robot, boolean root) {
        TreeView<Organisation> tree = robot.lookup("#orgTree").queryAs(TreeView.class);
        waitUntil(() -> tree.getRoot() != null && !tree.getRoot().getChildren().isEmpty());
        robot.interact(() -> {
            UiHarness.selectTab(robot.lookup("#mainTabs").queryAs(TabPane.class), "rosterTab");
            TreeItem<Organisation> item = root ? tree.getRoot() : tree.getRoot().getChildren().stream()
                    .filter(i -> i.getValue().code().equals("ZB1")).findFirst().orElseThrow();
            tree.getSelectionModel().select(item);
        });
        return robot.lookup("#memberTable").queryAs(TableView.class);
    }

    @SuppressWarnings("unchecked")
    private ListView<String> openImport(FxRobot robot, TableView<MemberSummary> roster, Path file) {
        harness.dialogs.files.add(file);
        Parent rosterPane = roster.getParent();
        robot.clickOn(robot.from(rosterPane).lookup("#importButton").queryButton());
        waitUntil(() -> robot.lookup("#chooseButton").tryQuery().isPresent());
        robot.clickOn("#chooseButton");
        Label summary = robot.lookup("#summaryLabel").queryAs(Label.class);
        waitUntil(() -> summary.getText().startsWith("检查通过") || summary.getText().startsWith("发现"));
        return robot.lookup("#problemsList").queryAs(ListView.class);
    }

    @Test
    void aSheetWithARowOfAnotherBranchIsRefusedThenImportedWholeIntoTheCommittee(FxRobot robot) throws Exception {
        Path members = SheetReaderTest.fixture(dir, "members.xlsx");
        TableView<MemberSummary> roster = select(robot, false);
        ListView<String> problems = openImport(robot, roster, members);
        assertTrue(problems.getItems().stream().anyMatch(p -> p.contains("第 4 行“所在党组织”：党组织“ZB2”不在“第一党支部”之下")),
                String.join("\n", problems.getItems()));
        assertTrue(problems.getItems().stream().anyMatch(p -> p.startsWith("提示：列“备注”")), "ignored column told");
        assertTrue(robot.lookup("#runImportButton").queryButton().isDisabled(), "no import with problems");
        assertTrue(robot.lookup("#map-M_ID_NUMBER").tryQuery().isPresent(), "the column mapping is shown");
        robot.clickOn("#closeButton");

        select(robot, true);
        problems = openImport(robot, roster, members);
        Button run = robot.lookup("#runImportButton").queryButton();
        waitUntil(() -> !run.isDisabled());
        robot.clickOn(run);
        waitUntil(() -> robot.lookup("#chooseButton").tryQuery().isEmpty());
        waitUntil(() -> roster.getItems().size() == 3);
        assertEquals(java.util.Set.of("张三", "李四", "王五"),
                roster.getItems().stream().map(MemberSummary::name).collect(java.util.stream.Collectors.toSet()));
        robot.clickOn("确定");

        Path out = dir.resolve("roster.csv");
        harness.dialogs.files.add(out);
        harness.dialogs.confirmAnswer = false;
        robot.clickOn(robot.from(roster.getParent()).lookup("#exportButton").queryButton());
        waitUntil(() -> java.nio.file.Files.exists(out));
        String text = java.nio.file.Files.readString(out);
        assertTrue(text.contains("张三") && !text.contains("320102198003080114"), "masked unless chosen: " + text);
    }
}
