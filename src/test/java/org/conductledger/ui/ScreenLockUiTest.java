package org.conductledger.ui;

import static org.conductledger.ui.UiHarness.waitUntil;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.conductledger.ui.common.FxmlView;
import org.conductledger.ui.common.IdleMonitor;
import org.conductledger.ui.common.ViewLoader;
import org.conductledger.ui.login.ScreenLockController;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The idle monitor fires after inactivity, and the lock asks for the password again. */
@ExtendWith(ApplicationExtension.class)
class ScreenLockUiTest {

    @TempDir
    Path dir;
    UiHarness harness;
    final AtomicBoolean idle = new AtomicBoolean();
    final AtomicBoolean unlocked = new AtomicBoolean();
    IdleMonitor monitor;

    @Start
    void start(Stage stage) {
        harness = new UiHarness(dir);
        ViewLoader.Loaded<ScreenLockController> lock = harness.ui.loader().load(FxmlView.SCREEN_LOCK);
        lock.controller().start(() -> unlocked.set(true), () -> { });
        stage.setScene(new Scene(lock.root()));
        stage.show();
        monitor = new IdleMonitor(Duration.millis(400), () -> idle.set(true));
        monitor.start();
    }

    @AfterEach
    void close() {
        harness.close();
    }

    @Test
    void locksAfterInactivityAndUnlocksOnlyWithThePassword(FxRobot robot) {
        waitUntil(idle::get);
        robot.clickOn("#passwordField").write("Wrong#2026x");
        robot.clickOn("#unlockButton");
        Label message = robot.lookup("#messageLabel").queryAs(Label.class);
        waitUntil(() -> message.getText().contains("再错"));
        assertTrue(!unlocked.get());
        robot.clickOn("#passwordField").write(org.conductledger.service.TestLedger.PASSWORD);
        robot.clickOn("#unlockButton");
        waitUntil(unlocked::get);
    }
}
