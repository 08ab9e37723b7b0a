package org.conductledger.ui;

import static org.conductledger.ui.UiHarness.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;
import org.conductledger.app.Services;
import org.conductledger.model.OrgType;
import org.conductledger.model.Organisation;
import org.conductledger.model.PrintLogEntry;
import org.conductledger.model.RegisterPeriod;
import org.conductledger.model.Role;
import org.conductledger.report.registers.RegisterType;
import org.conductledger.service.TestLedger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * 报表 → 打印登记…: the organisation department and the auditor (who sees no organisation data) both read the
 * entries with readable names; a branch secretary, who may not read the print log, finds the item disabled.
 */
@ExtendWith(ApplicationExtension.class)
class PrintLogUiTest {

    @TempDir
    Path dir;
    TestLedger ledger;
    Organisation branch;
    Stage stage;
    UiHarness harness;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        ledger = TestLedger.open(dir);
        branch = ledger.org(null, "第一党支部", "ZB1", OrgType.BRANCH);
        var reports = ledger.services.registerReports();
        var accounts = reports.build(RegisterType.ACCOUNTS, "ROOT", new RegisterPeriod(null, null));
        reports.writeXlsx(accounts, dir.resolve("accounts.xlsx"));
        var cases = reports.build(RegisterType.CASES, "ZB1", new RegisterPeriod(null, null));
        reports.writePdf(cases, dir.resolve("cases.pdf"));
    }

    private void showAs(FxRobot robot, Services user) {
        harness = new UiHarness(ledger, user, dir);
        robot.interact(() -> harness.show(stage));
    }

    @AfterEach
    void close() {
        if (harness != null) {
            harness.close();
        } else {
            ledger.close();
        }
    }

    @SuppressWarnings("unchecked")
    private TableView<PrintLogEntry> openPrintLog(FxRobot robot) {
        RegisterDialogUiTest.openMenuItem(robot, "打印登记…");
        Node window = RegisterDialogUiTest.window(robot, "打印登记");
        TableView<PrintLogEntry> table = robot.from(window).lookup("#logTable").queryAs(TableView.class);
        waitUntil(() -> table.getItems().size() == 2);
        Label status = robot.from(window).lookup("#statusLabel").queryAs(Label.class);
        waitUntil(() -> "共 2 条".equals(status.getText()));
        return table;
    }

    private static String cell(TableView<PrintLogEntry> table, String columnId, int row) {
        TableColumn<PrintLogEntry, ?> column = table.getColumns().stream().filter(c -> columnId.equals(c.getId()))
                .findFirst().orElseThrow();
        return String.valueOf(column.getCellData(row));
    }

    @Test
    void theOrganisationDepartmentReadsTheEntriesWithReadableNames(FxRobot robot) {
        showAs(robot, null);
        TableView<PrintLogEntry> table = openPrintLog(robot);
        // Newest first: the case register PDF, then the account register workbook.
        assertEquals("问题线索与案件台账", cell(table, "documentColumn", 0));
        assertEquals("PDF", cell(table, "formatColumn", 0));
        assertEquals("第一党支部", cell(table, "subjectOrgColumn", 0));
        assertEquals("以职务身份注册账号台账", cell(table, "documentColumn", 1));
        assertEquals("导出", cell(table, "actionColumn", 1));
        assertEquals("admin", cell(table, "userColumn", 1));
        assertEquals("测试党委", cell(table, "orgColumn", 1));
        assertEquals("XLSX", cell(table, "formatColumn", 1));
        assertEquals("统计期间：建账以来", cell(table, "summaryColumn", 1));
        assertTrue(cell(table, "timeColumn", 1).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}"));
    }

    @Test
    void theAuditorWithoutOrganisationDataReadsTheEntries(FxRobot robot) {
        showAs(robot, ledger.loginAs("shenji", ledger.root(), Set.of(Role.AUDITOR)));
        TreeView<?> tree = robot.lookup("#orgTree").queryAs(TreeView.class);
        assertTrue(tree.getRoot() == null || tree.getRoot().getChildren().isEmpty(), "the auditor sees no organisations");
        TableView<PrintLogEntry> table = openPrintLog(robot);
        assertEquals(List.of("问题线索与案件台账", "以职务身份注册账号台账"),
                List.of(cell(table, "documentColumn", 0), cell(table, "documentColumn", 1)));
    }

    @Test
    void aBranchSecretaryFindsThePrintLogDisabled(FxRobot robot) {
        showAs(robot, ledger.loginAs("zb1", branch, Set.of(Role.BRANCH_SECRETARY)));
        MenuBar bar = robot.lookup((Node n) -> n instanceof MenuBar).queryAs(MenuBar.class);
        MenuItem printLog = bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> "printLogItem".equals(i.getId())).findFirst().orElseThrow();
        MenuItem registers = bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> "registersItem".equals(i.getId())).findFirst().orElseThrow();
        assertTrue(printLog.isDisable());
        assertEquals(false, registers.isDisable(), "a branch secretary may build the registers they may read");

        RegisterDialogUiTest.openMenuItem(robot, "台账…");
        Node dialog = RegisterDialogUiTest.window(robot, "台账");
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<RegisterType> type = robot.from(dialog).lookup("#typeChoice")
                .queryAs(javafx.scene.control.ComboBox.class);
        assertEquals(RegisterType.ACCOUNTS, type.getValue());
        assertEquals(false, robot.from(dialog).lookup("#saveXlsxButton").queryButton().isDisable());
        robot.interact(() -> type.setValue(RegisterType.CASES));
        assertEquals("问题线索与案件台账（无权查看）", type.getButtonCell().getText());
        assertTrue(robot.from(dialog).lookup("#saveXlsxButton").queryButton().isDisable(), "no case register without case read");
        assertTrue(robot.from(dialog).lookup("#previewButton").queryButton().isDisable());
    }
}
