package org.conductledger.ui;

import static org.conductledger.ui.UiHarness.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.conductledger.model.MemberSummary;
import org.conductledger.model.OrgType;
import org.conductledger.model.Organisation;
import org.conductledger.model.TestIds;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A branch secretary's first morning: build the tree, add members, find them again. */
@ExtendWith(ApplicationExtension.class)
class MainWindowUiTest {

    @TempDir
    Path dir;
    UiHarness harness;

    @Start
    void start(Stage stage) {
        harness = new UiHarness(dir);
        harness.showRoster(stage);
    }

    @AfterEach
    void close() {
        harness.close();
    }

    @SuppressWarnings("unchecked")
    private TableView<MemberSummary> roster(FxRobot robot) {
        return robot.lookup("#memberTable").queryAs(TableView.class);
    }

    @SuppressWarnings("unchecked")
    private TreeView<Organisation> tree(FxRobot robot) {
        return robot.lookup("#orgTree").queryAs(TreeView.class);
    }

    private void createOrganisation(FxRobot robot, String name, String code, String typeLabel) {
        robot.clickOn("#addOrgButton");
        waitUntil(() -> robot.lookup("#codeField").tryQuery().isPresent());
        robot.clickOn("#nameField").write(name);
        robot.clickOn("#codeField").write(code);
        if (typeLabel != null) {
            robot.clickOn("#typeChoice");
            waitUntil(() -> robot.lookup(typeLabel).tryQuery().isPresent());
            robot.clickOn(typeLabel);
        }
        robot.clickOn("#saveButton");
        waitUntil(() -> robot.lookup("#codeField").tryQuery().isEmpty());
        waitUntil(() -> tree(robot).getSelectionModel().getSelectedItem() != null
                && tree(robot).getSelectionModel().getSelectedItem().getValue().code().equals(code));
    }

    private void typeDate(FxRobot robot, String pickerId, String text) {
        robot.clickOn(pickerId + " .text-field").write(text).type(KeyCode.TAB);
    }

    private void fillMember(FxRobot robot, String name, String idNumber) {
        robot.clickOn("#addMemberButton");
        waitUntil(() -> robot.lookup("#idNumberField").tryQuery().isPresent());
        robot.clickOn("#nameField").write(name);
        robot.clickOn("#idNumberField").write(idNumber);
        typeDate(robot, "#joinedPicker", "2005-07-01");
    }

    @Test
    void buildsAThreeLevelTreeAddsMembersAndFindsThemByFiltering(FxRobot robot) {
        waitUntil(() -> tree(robot).getRoot() != null);     // the root made at first start (测试党委)
        createOrganisation(robot, "某市直机关工委", "SZJG", "党工委");
        createOrganisation(robot, "市财政局机关党委", "CZJ", "党委");
        createOrganisation(robot, "预算处党支部", "CZJ-YS", null);
        assertTrue(robot.lookup("#addOrgButton").queryButton().isDisabled(), "nothing can be set up below a branch");
        assertEquals(4, harness.ledger.services.organisations().all().size());

        fillMember(robot, "张伟", TestIds.male(LocalDate.of(1980, 5, 17)));
        robot.clickOn("#saveButton");
        waitUntil(() -> roster(robot).getItems().size() == 1);
        fillMember(robot, "李娜", TestIds.female(LocalDate.of(1986, 9, 2)));
        robot.clickOn("#saveButton");
        waitUntil(() -> roster(robot).getItems().size() == 2);

        MemberSummary first = roster(robot).getItems().stream().filter(m -> m.name().equals("张伟")).findFirst().orElseThrow();
        assertEquals("3201**********1239".substring(0, 4), first.maskedIdNumber().substring(0, 4));
        assertTrue(robot.lookup(first.maskedIdNumber()).tryQuery().isPresent(), "masked ID number shown in the list");

        robot.clickOn("#filterField").write("李");
        waitUntil(() -> roster(robot).getItems().size() == 1);
        assertEquals("李娜", roster(robot).getItems().get(0).name());
        robot.lookup("#filterField").queryAs(TextField.class);
        robot.doubleClickOn("#filterField").eraseText(1);
        waitUntil(() -> roster(robot).getItems().size() == 2);
    }

    @Test
    void anInvalidIdNumberShowsTheMessageAndSavesNothing(FxRobot robot) {
        Organisation org = harness.ledger.org(null, "某区机关党委", "QJG", OrgType.PARTY_COMMITTEE);
        robot.clickOn("#orgTree").type(KeyCode.F5);   // created behind the window's back: refresh
        waitUntil(() -> robot.lookup("某区机关党委  (QJG)").tryQuery().isPresent());
        robot.clickOn("某区机关党委  (QJG)");
        waitUntil(() -> !robot.lookup("#addMemberButton").queryButton().isDisabled());

        String valid = TestIds.male(LocalDate.of(1980, 5, 17));
        String wrongCheck = valid.substring(0, 17) + (valid.charAt(17) == '0' ? '1' : '0');
        fillMember(robot, "王强", wrongCheck);
        robot.clickOn("#saveButton");
        Label problems = robot.lookup("#problemsLabel").queryAs(Label.class);
        waitUntil(() -> !problems.getText().isEmpty());
        assertTrue(problems.getText().contains("校验码"), problems.getText());
        assertTrue(problems.getText().startsWith("公民身份号码"), problems.getText());
        Node idField = robot.lookup("#idNumberField").query();
        assertTrue(idField.getStyleClass().contains("field-error"));
        assertEquals(0, harness.ledger.services.info().info().rowCounts().get("member"));
        assertTrue(robot.lookup("#idNumberField").tryQuery().isPresent(), "the form stays open with the input kept");

        robot.clickOn("#cancelButton");                 // unsaved input: the form asks before discarding it
        waitUntil(() -> robot.lookup("确定").tryQuery().isPresent());
        robot.clickOn("确定");
        waitUntil(() -> robot.lookup("#idNumberField").tryQuery().isEmpty());
    }

    @Test
    void transfersAMemberAndShowsItInTheHistory(FxRobot robot) {
        Organisation root = harness.ledger.org(null, "某区机关党委", "QJG", OrgType.PARTY_COMMITTEE);
        Organisation from = harness.ledger.org(root, "第一党支部", "ZB1", OrgType.BRANCH);
        Organisation to = harness.ledger.org(root, "第二党支部", "ZB2", OrgType.BRANCH);
        harness.ledger.services.members().create(org.conductledger.service.TestLedger.member("刘洋",
                TestIds.male(LocalDate.of(1990, 4, 5)), from.id()));
        robot.clickOn("#orgTree").type(KeyCode.F5);
        waitUntil(() -> robot.lookup("第一党支部  (ZB1)").tryQuery().isPresent());
        robot.clickOn("第一党支部  (ZB1)");
        waitUntil(() -> roster(robot).getItems().size() == 1);

        robot.clickOn("刘洋").clickOn("#transferMemberButton");
        waitUntil(() -> robot.lookup("#targetChoice").tryQuery().isPresent()
                && !robot.lookup("#saveButton").queryButton().isDisabled());
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<Organisation> target = robot.lookup("#targetChoice").queryAs(javafx.scene.control.ComboBox.class);
        robot.interact(() -> target.setValue(target.getItems().stream().filter(o -> o.id() == to.id()).findFirst().orElseThrow()));
        robot.clickOn("#reasonField").write("工作调动");
        robot.clickOn("#saveButton");
        waitUntil(() -> roster(robot).getItems().isEmpty());
        assertEquals(to.id(), harness.ledger.services.members().roster(to.id(), false, false).get(0).orgId());

        robot.clickOn("第二党支部  (ZB2)");
        waitUntil(() -> roster(robot).getItems().size() == 1);
        robot.doubleClickOn("刘洋");
        waitUntil(() -> robot.lookup("#historyList").tryQuery().isPresent()
                && !robot.lookup("#historyList").queryListView().getItems().isEmpty());
        String line = robot.lookup("#historyList").queryListView().getItems().get(0).toString();
        assertTrue(line.contains("第一党支部 → 第二党支部") && line.contains("工作调动"), line);
    }
}
