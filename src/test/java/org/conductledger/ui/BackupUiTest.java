package org.conductledger.ui;

import static org.conductledger.ui.UiHarness.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.conductledger.model.OrgType;
import org.conductledger.model.Role;
import org.conductledger.service.TestLedger;
import org.conductledger.ui.common.DialogService;
import org.conductledger.ui.common.SessionControl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** 系统 → 备份… and 从备份恢复… in the real main window, with the file choosers and the answers scripted. */
@ExtendWith(ApplicationExtension.class)
class BackupUiTest {

    @TempDir
    Path dir;
    UiHarness harness;
    final List<String> infos = new CopyOnWriteArrayList<>();
    final List<String> confirmations = new CopyOnWriteArrayList<>();
    final List<Throwable> errors = new CopyOnWriteArrayList<>();
    final AtomicBoolean returnedToLogin = new AtomicBoolean();
    Path backupFile;

    /** The user's answers: the file chooser returns {@link #backupFile}; every confirmation is accepted. */
    final DialogService dialogs = new DialogService() {
        @Override public void showError(Throwable failure) { errors.add(failure); }
        @Override public void showInfo(String message) { infos.add(message); }
        @Override public boolean confirm(String message) { confirmations.add(message); return true; }
        @Override public Optional<Path> chooseXlsxToSave(String initialName) { return Optional.empty(); }
        @Override public Optional<Path> chooseReportToSave(String initialName, String extension) { return Optional.empty(); }
        @Override public Optional<Path> chooseBackupToSave(String initialName) { return Optional.of(backupFile); }
        @Override public Optional<Path> chooseBackupToOpen() { return Optional.of(backupFile); }
        @Override public Optional<Path> chooseSpreadsheetToSave(String initialName) { return Optional.empty(); }
        @Override public Optional<Path> chooseSpreadsheetToOpen() { return Optional.empty(); }
        @Override public Optional<Path> choosePackageToSave(String initialName) { return Optional.empty(); }
        @Override public Optional<Path> choosePackageToOpen() { return Optional.empty(); }
        @Override public Optional<String> askText(String message, String initial) { return Optional.empty(); }
        @Override public Optional<Path> chooseKeyCard(String initialName, boolean save) { return Optional.empty(); }
        @Override public Optional<Boolean> choose(String message, String yes, String no) { return Optional.of(true); }
        @Override public boolean confirmCarefully(String message) { return true; }
    };

    final SessionControl control = new SessionControl() {
        @Override public void lock() { }
        @Override public void logout() { }
        @Override public void lockedOut(String message) { }
        @Override public void returnToLogin() { returnedToLogin.set(true); }
    };

    @Start
    void start(Stage stage) {
        TestLedger ledger = TestLedger.open(dir.resolve("live"));
        backupFile = dir.resolve("台账备份.clbak");
        harness = new UiHarness(ledger, null, dir, dialogs, control);
        harness.show(stage);
    }

    @AfterEach
    void close() {
        harness.close();
    }

    /** What clicking the item in the 系统 menu does (menus are popups TestFX cannot look into headless). */
    private void choose(FxRobot robot, String id) {
        MenuItem item = item(robot, id);
        assertEquals("系统(_S)", item.getParentMenu().getText());
        robot.interact(item::fire);
    }

    private MenuItem item(FxRobot robot, String id) {
        return robot.lookup("#menuBar").queryAs(MenuBar.class).getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }

    @Test
    void backsUpThenRestoresAfterSayingWhatWillBeReplacedAndReturnsToTheLogin(FxRobot robot) throws Exception {
        assertFalse(item(robot, "backupItem").isDisable());
        assertFalse(item(robot, "restoreItem").isDisable());
        choose(robot, "backupItem");
        waitUntil(() -> !infos.isEmpty() || !errors.isEmpty());
        assertEquals(List.of(), errors);
        assertTrue(Files.isRegularFile(backupFile));
        assertTrue(infos.get(0).contains("已备份到") && infos.get(0).contains("台账备份.clbak"), infos.get(0));

        harness.ledger.org(null, "备份之后的党支部", "LATER", OrgType.BRANCH);
        choose(robot, "restoreItem");
        waitUntil(returnedToLogin::get);
        assertEquals(List.of(), errors);
        String question = confirmations.get(0);
        assertTrue(question.contains("测试党委") && question.contains(backupTime()) && question.contains("before-restore")
                && question.contains("审计日志"), question);
        waitUntil(() -> infos.size() == 2);
        assertTrue(infos.get(1).contains("已从备份恢复") && infos.get(1).contains(backupTime()), infos.get(1));
        assertFalse(harness.ledger.services.open(), "the session's database was closed by the restore");
        var login = harness.ledger.auth.login(harness.ledger.location, "admin", TestLedger.PASSWORD.toCharArray());
        try (var admin = org.conductledger.app.Services.wire(login.ledger(), login.session(),
                org.conductledger.model.TestClock.CLOCK, TestLedger.FAST, TestLedger.HOST)) {
            assertTrue(admin.organisations().all().stream().noneMatch(o -> o.code().equals("LATER")));
        }
    }

    /** The test clock's instant as the dialogs show it: local time of this machine. */
    private static String backupTime() {
        return java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
                .format(org.conductledger.model.TestClock.CLOCK.instant().atZone(java.time.ZoneId.systemDefault()));
    }

    @Test
    void aBranchSecretaryHasNeitherItem(FxRobot robot) {
        // The administrator's window is up; check the composition a branch secretary gets.
        var branch = harness.ledger.org(null, "第一党支部", "ZB1", OrgType.BRANCH);
        var secretary = harness.ledger.loginAs("zb1", branch, java.util.Set.of(Role.BRANCH_SECRETARY));
        try (var tasks = new org.conductledger.ui.common.FxTaskRunner()) {
            var ui = new org.conductledger.app.GuiComposition(secretary,
                    org.conductledger.i18n.Messages.load(java.util.Locale.SIMPLIFIED_CHINESE), tasks, dialogs,
                    org.conductledger.model.TestClock.CLOCK, "", l -> { }, "", control);
            robot.interact(() -> {
                javafx.scene.Parent root = ui.loader().load(org.conductledger.ui.common.FxmlView.MAIN_WINDOW).root();
                MenuBar bar = (MenuBar) root.lookup("#menuBar");
                List<MenuItem> items = bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                        .filter(i -> "backupItem".equals(i.getId()) || "restoreItem".equals(i.getId())).toList();
                assertEquals(2, items.size());
                assertTrue(items.stream().allMatch(MenuItem::isDisable));
            });
        }
    }
}
