package org.conductledger.ui;

import static org.conductledger.ui.UiHarness.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;
import org.conductledger.model.CaseSource;
import org.conductledger.model.CaseStage;
import org.conductledger.model.MemberSummary;
import org.conductledger.model.OrgType;
import org.conductledger.model.Organisation;
import org.conductledger.model.Role;
import org.conductledger.model.ViolationCategory;
import org.conductledger.service.TestLedger;
import org.conductledger.ui.cases.CaseRow;
import org.controlsfx.control.CheckListView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A case handler registers a report and takes it through 初步核实 and 立案, and closes another without action. */
@ExtendWith(ApplicationExtension.class)
class CasesUiTest {

    @TempDir
    Path dir;
    UiHarness harness;

    @Start
    void start(Stage stage) {
        TestLedger ledger = TestLedger.open(dir);
        Organisation zb1 = ledger.org(null, "第一党支部", "ZB1", OrgType.BRANCH);
        ledger.services.members().create(TestLedger.member("张三", TestLedger.idBornIn(1980, 11), zb1.id()));
        harness = new UiHarness(ledger, ledger.loginAs("cb", ledger.root(), Set.of(Role.CASE_HANDLER)), dir);
        harness.show(stage);
    }

    @AfterEach
    void close() {
        harness.close();
    }

    @SuppressWarnings("unchecked")
    private TableView<CaseRow> table(FxRobot robot) {
        return robot.lookup("#caseTable").queryAs(TableView.class);
    }

    @SuppressWarnings("unchecked")
    private void openCasesTab(FxRobot robot) {
        TreeView<Organisation> tree = robot.lookup("#orgTree").queryAs(TreeView.class);
        waitUntil(() -> tree.getRoot() != null);
        robot.interact(() -> {
            tree.getSelectionModel().select((TreeItem<Organisation>) tree.getRoot());
            UiHarness.selectTab(robot.lookup("#mainTabs").queryAs(TabPane.class), "casesTab");
        });
    }

    @SuppressWarnings("unchecked")
    private void intake(FxRobot robot, String description) {
        robot.clickOn("#intakeButton");
        waitUntil(() -> robot.lookup("#descriptionArea").tryQuery().isPresent());
        CheckListView<MemberSummary> subjects = robot.lookup("#subjectList").queryAs(CheckListView.class);
        CheckListView<ViolationCategory> categories = robot.lookup("#categoryList").queryAs(CheckListView.class);
        waitUntil(() -> !subjects.getItems().isEmpty() && !categories.getItems().isEmpty());
        robot.interact(() -> {
            robot.lookup("#sourceChoice").queryAs(ComboBox.class).setValue(CaseSource.PETITION);
            subjects.getCheckModel().check(0);
            categories.getCheckModel().check(4);
            categories.getSelectionModel().select(4);
        });
        TextArea article = robot.lookup("#articleArea").queryAs(TextArea.class);
        waitUntil(() -> article.getText().contains("第十四条 党员不得"));
        robot.clickOn("#descriptionArea").write(description);
        robot.clickOn("#saveButton");
        waitUntil(() -> robot.lookup("#descriptionArea").tryQuery().isEmpty());
    }

    @SuppressWarnings("unchecked")
    private void moveTo(FxRobot robot, CaseStage stage, String comment, String reason) {
        ComboBox<CaseStage> next = robot.lookup("#nextChoice").queryAs(ComboBox.class);
        waitUntil(() -> next.getItems().contains(stage));
        robot.interact(() -> {
            next.setValue(stage);
            robot.lookup("#movePicker").queryAs(DatePicker.class).setValue(LocalDate.of(2026, 11, 23));
        });
        robot.clickOn("#commentField").write(comment);
        if (reason != null) {
            robot.clickOn("#reasonField").write(reason);
        }
        robot.clickOn("#moveButton");
    }

    @Test
    @SuppressWarnings("unchecked")
    void intakePreliminaryVerificationFilingAndClosureAreRecordedOnTheTimeLine(FxRobot robot) {
        openCasesTab(robot);
        intake(robot, "在境外平台发布不当言论");
        waitUntil(() -> table(robot).getItems().size() == 1);
        assertEquals(CaseStage.REGISTERED, table(robot).getItems().get(0).caseFile().stage());
        robot.interact(() -> table(robot).getSelectionModel().select(0));
        robot.clickOn("#openButton");
        ListView<String> timeline = robot.lookup("#timelineList").queryAs(ListView.class);
        waitUntil(() -> timeline.getItems().size() == 1);
        assertTrue(robot.lookup("#reporterLabel").queryAs(Label.class).getText().contains("仅对"), "no reporter was given");
        moveTo(robot, CaseStage.PRELIMINARY, "问题可能存在", null);
        waitUntil(() -> timeline.getItems().size() == 2);
        moveTo(robot, CaseStage.FILED, "予以立案", null);
        waitUntil(() -> timeline.getItems().size() == 3);
        assertTrue(timeline.getItems().get(2).contains("立案") && timeline.getItems().get(2).contains("予以立案"),
                timeline.getItems().get(2));
        assertTrue(robot.lookup("#categoriesArea").queryAs(TextArea.class).getText().contains("非法定信道"),
                "the cited article beside the category");
        moveTo(robot, CaseStage.INVESTIGATION, "开展调查", null);
        waitUntil(() -> timeline.getItems().size() == 4);
        moveTo(robot, CaseStage.REVIEW, "移送审理", null);
        waitUntil(() -> timeline.getItems().size() == 5);
        // 材料见面: the member's statement, two staff present, before any decision.
        robot.interact(() -> {
            robot.lookup("#shownPicker").queryAs(DatePicker.class).setValue(LocalDate.of(2026, 11, 23));
            robot.lookup("#staffField").queryAs(javafx.scene.control.TextField.class).setText("王干事、李干事");
            robot.lookup("#opinionArea").queryAs(TextArea.class).setText("对反映的事实无异议");
            robot.lookup("#statementButton").queryButton().fire();
        });
        // The statement is saved in the background: the decision step needs it first.
        waitUntil(() -> "本人说明已保存。".equals(robot.lookup("#problemsLabel").queryAs(Label.class).getText()));
        moveTo(robot, CaseStage.DECISION, "提出处理意见", null);
        waitUntil(() -> timeline.getItems().size() == 7);      // with the statement under the decision step
        assertTrue(timeline.getItems().get(6).contains("王干事、李干事"), timeline.getItems().get(6));
        moveTo(robot, CaseStage.EXECUTION, "宣布", "给予批评教育");
        waitUntil(() -> timeline.getItems().stream().anyMatch(l -> l.contains("给予批评教育")));
        moveTo(robot, CaseStage.CLOSED, "执行完毕", null);
        waitUntil(() -> table(robot).getItems().get(0).caseFile().stage() == CaseStage.CLOSED);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aClueIsClosedWithoutActionOnlyWithAReasonAndThenClosed(FxRobot robot) {
        openCasesTab(robot);
        intake(robot, "反映某党员转发谣言");
        waitUntil(() -> table(robot).getItems().size() == 1);
        robot.interact(() -> table(robot).getSelectionModel().select(0));
        robot.clickOn("#openButton");
        ListView<String> timeline = robot.lookup("#timelineList").queryAs(ListView.class);
        waitUntil(() -> timeline.getItems().size() == 1);
        moveTo(robot, CaseStage.DISMISSED, "经核实不属实", null);
        Label problems = robot.lookup("#problemsLabel").queryAs(Label.class);
        waitUntil(() -> problems.getText().contains("予以了结须写明理由"));
        robot.clickOn("#reasonField").write("反映内容不属实");
        robot.clickOn("#moveButton");
        waitUntil(() -> timeline.getItems().stream().anyMatch(l -> l.contains("反映内容不属实")));
        moveTo(robot, CaseStage.CLOSED, "结案", null);
        waitUntil(() -> table(robot).getItems().get(0).caseFile().stage() == CaseStage.CLOSED);
    }
}
