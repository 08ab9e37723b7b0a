package org.conductledger.ui;

import static org.conductledger.ui.UiHarness.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Set;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.conductledger.model.OrgType;
import org.conductledger.model.Role;
import org.conductledger.service.TestLedger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** 系统设置…: ledger settings saved through the services, bad input refused in Chinese, the look applied at once. */
@ExtendWith(ApplicationExtension.class)
class SettingsUiTest {

    @TempDir
    Path dir;
    UiHarness harness;
    Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close(FxRobot robot) {
        closeDialogs(robot);
        harness.close();
    }

    /** Hides every window but the primary stage: a modal dialog left open would block the next test class's clicks. */
    static void closeDialogs(FxRobot robot) {
        robot.interact(() -> java.util.List.copyOf(javafx.stage.Window.getWindows()).stream()
                .filter(w -> w instanceof Stage s && s.getOwner() != null).forEach(javafx.stage.Window::hide));
    }

    static void fire(FxRobot robot, String itemId) {
        MenuBar bar = robot.lookup("#menuBar").queryAs(MenuBar.class);
        MenuItem item = bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> itemId.equals(i.getId())).findFirst().orElseThrow();
        robot.interact(item::fire);
    }

    private void showAs(FxRobot robot, org.conductledger.app.Services user, TestLedger ledger) {
        harness = new UiHarness(ledger, user, dir);
        robot.interact(() -> {
            harness.lookAndFeel.install();
            harness.show(stage);
        });
        fire(robot, "settingsItem");
        TextField days = robot.lookup("#reportDaysField").queryAs(TextField.class);
        waitUntil(() -> "30".equals(days.getText()));
    }

    @Test
    void savesTheReportingWindowThroughTheServiceAndRefusesBadInputInChinese(FxRobot robot) {
        TestLedger ledger = TestLedger.open(dir);
        showAs(robot, null, ledger);
        TextField days = robot.lookup("#reportDaysField").queryAs(TextField.class);
        assertTrue(days.isEditable());
        robot.interact(() -> days.setText("四十五"));
        robot.clickOn("#saveButton");
        Label problem = robot.lookup("#reportDaysProblem").queryAs(Label.class);
        waitUntil(() -> !problem.getText().isEmpty());
        assertEquals("请填写 1 到 365 之间的整数。", problem.getText());
        assertTrue(robot.lookup("#summaryLabel").queryAs(Label.class).getText().contains("尚未保存"));
        assertEquals(30, ledger.services.registers().deadline().days());

        robot.interact(() -> days.setText("45"));
        robot.clickOn("#saveButton");
        waitUntil(() -> days.getScene().getWindow() == null || !days.getScene().getWindow().isShowing());
        assertEquals(45, ledger.services.registers().deadline().days());
    }

    @Test
    void aBranchSecretarySeesTheLedgerSettingsReadOnly(FxRobot robot) {
        TestLedger ledger = TestLedger.open(dir);
        var branch = ledger.org(null, "第一党支部", "ZB1", OrgType.BRANCH);
        showAs(robot, ledger.loginAs("zb1", branch, Set.of(Role.BRANCH_SECRETARY)), ledger);
        assertFalse(robot.lookup("#reportDaysField").queryAs(TextField.class).isEditable());
        assertFalse(robot.lookup("#idleMinutesField").queryAs(TextField.class).isEditable());
        assertTrue(robot.lookup("#readOnlyLabel").queryAs(Label.class).isVisible());
        assertFalse(robot.lookup("#fontSizeChoice").queryAs(ComboBox.class).isDisabled());
    }

    @Test
    @SuppressWarnings("unchecked")
    void fontSize150EnlargesTheMainWindowAtOnce(FxRobot robot) {
        TestLedger ledger = TestLedger.open(dir);
        showAs(robot, null, ledger);
        Label status = robot.lookup("#userLabel").queryAs(Label.class);
        double before = status.getFont().getSize();
        ComboBox<Integer> size = robot.lookup("#fontSizeChoice").queryAs(ComboBox.class);
        robot.interact(() -> size.setValue(150));
        robot.clickOn("#saveButton");
        waitUntil(() -> status.getFont().getSize() > before * 1.4);
        assertEquals(before * 1.5, status.getFont().getSize(), 0.1);
        assertEquals(150, harness.lookAndFeel.appearance().fontPercent());
    }
}
