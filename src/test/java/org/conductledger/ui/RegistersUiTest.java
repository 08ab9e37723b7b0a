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
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;
import org.conductledger.model.GroupCategory;
import org.conductledger.model.MemberSummary;
import org.conductledger.model.OrgType;
import org.conductledger.model.Organisation;
import org.conductledger.model.Platform;
import org.conductledger.model.RegisterKind;
import org.conductledger.model.RegisterStatus;
import org.conductledger.model.Role;
import org.conductledger.service.TestLedger;
import org.conductledger.ui.register.RegisterRow;
import org.controlsfx.control.SearchableComboBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A branch secretary records, changes and closes one record of each register, and sees late ones flagged. */
@ExtendWith(ApplicationExtension.class)
class RegistersUiTest {

    @TempDir
    Path dir;
    UiHarness harness;

    @Start
    void start(Stage stage) {
        TestLedger ledger = TestLedger.open(dir);
        Organisation zb1 = ledger.org(null, "第一党支部", "ZB1", OrgType.BRANCH);
        ledger.services.members().create(TestLedger.member("张三", TestLedger.idBornIn(1980, 11), zb1.id()));
        harness = new UiHarness(ledger, ledger.loginAs("zb1", zb1, Set.of(Role.BRANCH_SECRETARY)), dir);
        harness.show(stage);
    }

    @AfterEach
    void close() {
        harness.close();
    }

    @SuppressWarnings("unchecked")
    private TableView<RegisterRow> table(FxRobot robot) {
        return robot.lookup("#registerTable").queryAs(TableView.class);
    }

    @SuppressWarnings("unchecked")
    private void openRegisters(FxRobot robot, String toggleId) {
        TreeView<Organisation> tree = robot.lookup("#orgTree").queryAs(TreeView.class);
        waitUntil(() -> tree.getRoot() != null);
        robot.interact(() -> {
            tree.getSelectionModel().select((TreeItem<Organisation>) tree.getRoot());
            UiHarness.selectTab(robot.lookup("#mainTabs").queryAs(TabPane.class), "registersTab");
            robot.lookup(toggleId).queryAs(ToggleButton.class).setSelected(true);
        });
    }

    @SuppressWarnings("unchecked")
    private void fillCommon(FxRobot robot, String platformCode, String name, String identifier, LocalDate opened) {
        SearchableComboBox<MemberSummary> member = robot.lookup("#memberChoice").queryAs(SearchableComboBox.class);
        ComboBox<Platform> platform = robot.lookup("#platformChoice").queryAs(ComboBox.class);
        waitUntil(() -> !member.getItems().isEmpty() && !platform.getItems().isEmpty());
        robot.interact(() -> {
            member.setValue(member.getItems().get(0));
            platform.setValue(platform.getItems().stream().filter(p -> p.code().equals(platformCode)).findFirst().orElseThrow());
            robot.lookup("#openedPicker").queryAs(DatePicker.class).setValue(opened);
        });
        robot.clickOn("#nameField").write(name);
        robot.clickOn("#identifierField").write(identifier);
    }

    private void save(FxRobot robot) {
        robot.clickOn("#saveButton");
        waitUntil(() -> robot.lookup("#identifierField").tryQuery().isEmpty());
    }

    private void changeStatus(FxRobot robot, RegisterStatus target, String reason, boolean confirm) {
        robot.clickOn("#statusButton");
        waitUntil(() -> robot.lookup("#statusChoice").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        ComboBox<RegisterStatus> choice = robot.lookup("#statusChoice").queryAs(ComboBox.class);
        robot.interact(() -> choice.setValue(target));
        robot.clickOn("#reasonField").write(reason);
        robot.clickOn("#saveButton");
        if (confirm) {
            waitUntil(() -> robot.lookup("确定").tryQuery().isPresent());
            robot.clickOn("确定");
        }
        waitUntil(() -> robot.lookup("#statusChoice").tryQuery().isEmpty());
    }

    private RegisterRow only(FxRobot robot) {
        TableView<RegisterRow> table = table(robot);
        waitUntil(() -> table.getItems().size() == 1);
        robot.interact(() -> table.getSelectionModel().select(0));
        return table.getItems().get(0);
    }

    @Test
    void aRoleIdentityAccountIsReportedCorrectedAndClosedAndALateReportIsFlagged(FxRobot robot) {
        openRegisters(robot, "#accountsToggle");
        robot.clickOn("#addButton");
        fillCommon(robot, "WB", "区委宣传", "qwxc", LocalDate.of(2026, 8, 1));     // reported today: late
        robot.clickOn("#urlField").write("weibo.com/qwxc");
        robot.clickOn("#saveButton");
        Label problems = robot.lookup("#problemsLabel").queryAs(Label.class);
        waitUntil(() -> problems.getText().contains("所用职务身份"));
        assertTrue(problems.getText().contains("http"), problems.getText());
        robot.interact(() -> robot.lookup("#urlField").queryAs(TextField.class).setText("https://weibo.com/qwxc"));
        robot.clickOn("#roleIdentityField").write("宣传委员");
        save(robot);
        RegisterRow row = only(robot);
        assertEquals(org.conductledger.model.Timeliness.LATE, row.timeliness());

        robot.clickOn("#editButton");
        waitUntil(() -> "区委宣传".equals(robot.lookup("#nameField").queryAs(TextField.class).getText()));
        robot.interact(() -> robot.lookup("#purposeField").queryAs(TextField.class).setText("发布支部工作动态"));
        save(robot);
        waitUntil(() -> "发布支部工作动态".equals(table(robot).getItems().get(0).record().form().purpose()));

        only(robot);
        changeStatus(robot, RegisterStatus.CLOSED, "账号已注销", true);
        waitUntil(() -> table(robot).getItems().get(0).record().status() == RegisterStatus.CLOSED);

        robot.interact(() -> robot.lookup("#attentionToggle").queryAs(ToggleButton.class).setSelected(true));
        waitUntil(() -> table(robot).getItems().isEmpty());   // closed records need no attention
    }

    @Test
    @SuppressWarnings("unchecked")
    void aGroupIsReportedRecountedAndDissolved(FxRobot robot) {
        openRegisters(robot, "#groupsToggle");
        robot.clickOn("#addButton");
        fillCommon(robot, "QQ", "支部工作群", "712345678", LocalDate.of(2026, 11, 1));
        ComboBox<GroupCategory> category = robot.lookup("#categoryChoice").queryAs(ComboBox.class);
        robot.interact(() -> category.setValue(category.getItems().get(0)));
        robot.clickOn("#sizeField").write("30");
        robot.interact(() -> robot.lookup("#sizeOnPicker").queryAs(DatePicker.class).setValue(LocalDate.of(2026, 11, 2)));
        save(robot);
        only(robot);
        robot.clickOn("#editButton");
        waitUntil(() -> "30".equals(robot.lookup("#sizeField").queryAs(TextField.class).getText()));
        robot.interact(() -> {
            robot.lookup("#sizeField").queryAs(TextField.class).setText("42");
            robot.lookup("#sizeOnPicker").queryAs(DatePicker.class).setValue(LocalDate.of(2026, 11, 20));
        });
        save(robot);
        waitUntil(() -> Integer.valueOf(42).equals(table(robot).getItems().get(0).record().form().groupSize()));
        only(robot);
        changeStatus(robot, RegisterStatus.WARNED, "转发未经核实信息", false);
        waitUntil(() -> table(robot).getItems().get(0).record().status() == RegisterStatus.WARNED);
        only(robot);
        changeStatus(robot, RegisterStatus.DISSOLVED, "工作结束", true);
        waitUntil(() -> table(robot).getItems().get(0).record().status() == RegisterStatus.DISSOLVED);
    }

    @Test
    void aPersonalAccountIsFiledWithANumberChangedAsANewVersionAndCancelled(FxRobot robot) {
        openRegisters(robot, "#filingsToggle");
        robot.clickOn("#addButton");
        fillCommon(robot, "WX_SUBSCRIPTION", "读书札记", "dushu", LocalDate.of(2026, 11, 10));
        robot.clickOn("#certUsccField").write("91350100M000100Y44");
        robot.clickOn("#saveButton");
        Label problems = robot.lookup("#problemsLabel").queryAs(Label.class);
        waitUntil(() -> problems.getText().contains("校验位"));
        robot.interact(() -> robot.lookup("#certUsccField").queryAs(TextField.class).setText("91350100M000100Y43"));
        save(robot);
        RegisterRow first = only(robot);
        assertTrue(first.record().filingNo().startsWith("ZB1-"), first.record().filingNo());

        robot.clickOn("#editButton");
        waitUntil(() -> "读书札记".equals(robot.lookup("#nameField").queryAs(TextField.class).getText()));
        robot.interact(() -> robot.lookup("#nameField").queryAs(TextField.class).setText("读书与思考"));
        robot.clickOn("#reasonField").write("账号更名");
        save(robot);
        waitUntil(() -> table(robot).getItems().size() == 1 && table(robot).getItems().get(0).record().versionNo() == 2);
        assertEquals(first.record().filingNo(), table(robot).getItems().get(0).record().filingNo());

        only(robot);
        changeStatus(robot, RegisterStatus.CANCELLED, "本人注销账号", true);
        waitUntil(() -> table(robot).getItems().get(0).record().status() == RegisterStatus.CANCELLED);
        assertEquals(RegisterKind.FILING, table(robot).getItems().get(0).record().kind());
    }
}
