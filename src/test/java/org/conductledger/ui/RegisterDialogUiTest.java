package org.conductledger.ui;

import static org.conductledger.ui.UiHarness.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.conductledger.model.PrintLogEntry;
import org.conductledger.model.RegisterKind;
import org.conductledger.model.RegisterPeriod;
import org.conductledger.report.registers.RegisterType;
import org.conductledger.service.RegisterSeed;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * 报表 → 台账…: the organisation department builds the account register of a branch for October, sees its
 * rows, saves it as .xlsx (logged), previews it (not logged), and is told in Chinese when the period is reversed.
 */
@ExtendWith(ApplicationExtension.class)
class RegisterDialogUiTest {

    @TempDir
    Path dir;
    UiHarness harness;
    RegisterSeed seed;

    @Start
    void start(Stage stage) {
        harness = new UiHarness(dir);
        seed = new RegisterSeed(harness.ledger);
        harness.show(stage);
    }

    @AfterEach
    void close() {
        harness.close();
    }

    static Node window(FxRobot robot, String title) {
        waitUntil(() -> robot.listWindows().stream().anyMatch(w -> w instanceof Stage s && title.equals(s.getTitle())));
        Window window = robot.listWindows().stream().filter(w -> w instanceof Stage s && title.equals(s.getTitle()))
                .findFirst().orElseThrow();
        return window.getScene().getRoot();
    }

    static void openMenuItem(FxRobot robot, String item) {
        robot.clickOn((Node n) -> n instanceof javafx.scene.control.Labeled l && l.getText() != null
                && l.getText().startsWith("报表(")).clickOn(item);
    }

    /** Opens the dialog and chooses the account register of 第一党支部. */
    @SuppressWarnings("unchecked")
    private Node openForBranch(FxRobot robot) {
        openMenuItem(robot, "台账…");
        Node dialog = window(robot, "台账");
        ComboBox<RegisterType> type = robot.from(dialog).lookup("#typeChoice").queryAs(ComboBox.class);
        ComboBox<org.conductledger.model.Organisation> org = robot.from(dialog).lookup("#orgChoice").queryAs(ComboBox.class);
        waitUntil(() -> org.getItems().stream().anyMatch(o -> o.id() == seed.zb1.id()));
        robot.interact(() -> {
            type.setValue(RegisterType.ACCOUNTS);
            org.setValue(org.getItems().stream().filter(o -> o.id() == seed.zb1.id()).findFirst().orElseThrow());
        });
        return dialog;
    }

    private void typeDates(FxRobot robot, Node dialog, String from, String to) {
        DatePicker fromPicker = robot.from(dialog).lookup("#fromPicker").queryAs(DatePicker.class);
        DatePicker toPicker = robot.from(dialog).lookup("#toPicker").queryAs(DatePicker.class);
        robot.clickOn(fromPicker.getEditor()).write(from);
        robot.clickOn(toPicker.getEditor()).write(to);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theAccountRegisterIsBuiltShownAndSavedAsXlsxAndLogged(FxRobot robot) {
        int expected = harness.ledger.services.registerReads().records(RegisterKind.ACCOUNT, seed.zb1.id(),
                new RegisterPeriod(RegisterSeed.FROM, RegisterSeed.TO)).size();
        Node dialog = openForBranch(robot);
        typeDates(robot, dialog, "2026-10-01", "2026/10/31");
        robot.clickOn(robot.from(dialog).lookup("#buildButton").queryButton());
        Label status = robot.from(dialog).lookup("#statusLabel").queryAs(Label.class);
        waitUntil(() -> status.getText().startsWith("以职务身份注册账号台账：共 "));
        assertEquals("以职务身份注册账号台账：共 " + expected + " 条记录。", status.getText());
        TableView<List<Object>> table = robot.from(dialog).lookup("#registerTable").queryAs(TableView.class);
        assertEquals(expected, table.getItems().size());
        assertTrue(expected > 0);

        Path xlsx = dir.resolve("accounts.xlsx");
        harness.dialogs.files.add(xlsx);
        robot.clickOn(robot.from(dialog).lookup("#saveXlsxButton").queryButton());
        waitUntil(() -> Files.exists(xlsx) && status.getText().startsWith("已保存"));
        List<PrintLogEntry> log = harness.ledger.services.printLog().find(null, null);
        assertEquals(1, log.size());
        assertEquals("REGISTER_ACCOUNTS", log.get(0).document());
        assertEquals("XLSX", log.get(0).format());
        assertEquals(expected, log.get(0).recordCount());
        assertEquals("第一党支部", log.get(0).subjectOrgName());
        assertTrue(log.get(0).summary().contains("2026-10-01..2026-10-31"), log.get(0).summary());
    }

    @Test
    void thePreviewShowsThePagesAndLogsNothing(FxRobot robot) {
        Node dialog = openForBranch(robot);
        typeDates(robot, dialog, "2026-10-01", "2026-10-31");
        robot.clickOn(robot.from(dialog).lookup("#previewButton").queryButton());
        waitUntil(() -> robot.listWindows().stream().anyMatch(w -> w.getScene().getRoot().lookup("#pageLabel") != null));
        Node preview = robot.listWindows().stream().map(w -> w.getScene().getRoot())
                .filter(r -> r.lookup("#pageLabel") != null).findFirst().orElseThrow();
        Label page = (Label) preview.lookup("#pageLabel");
        waitUntil(() -> page.getText().matches("第 1 页，共 \\d+ 页"));
        waitUntil(() -> ((javafx.scene.image.ImageView) preview.lookup("#pageImage")).getImage() != null);
        assertTrue(((Stage) preview.getScene().getWindow()).getTitle().equals("以职务身份注册账号台账"));
        assertEquals(List.of(), harness.ledger.services.printLog().find(null, null), "a preview is not logged");
    }

    @Test
    void aPeriodEndingBeforeItStartsIsRefusedInChineseAndNothingIsWritten(FxRobot robot) throws Exception {
        Node dialog = openForBranch(robot);
        typeDates(robot, dialog, "2026-10-31", "2026-10-01");
        Path xlsx = dir.resolve("reversed.xlsx");
        harness.dialogs.files.add(xlsx);
        robot.clickOn(robot.from(dialog).lookup("#saveXlsxButton").queryButton());
        Label problem = robot.from(dialog).lookup("#periodProblemLabel").queryAs(Label.class);
        waitUntil(() -> problem.isVisible() && problem.getText().contains("截止日期（2026-10-01）早于起始日期（2026-10-31）"));
        Label status = robot.from(dialog).lookup("#statusLabel").queryAs(Label.class);
        assertEquals("统计期间有误，未生成台账。", status.getText());
        assertFalse(Files.exists(xlsx));
        assertEquals(1, harness.dialogs.files.size(), "no file was asked for");
        assertEquals(List.of(), harness.ledger.services.printLog().find(null, null));
        assertEquals(0, robot.from(dialog).lookup("#registerTable").queryAll().size());
    }
}
