package org.conductledger.ui;

import static org.conductledger.ui.UiHarness.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;
import org.conductledger.app.GuiComposition;
import org.conductledger.service.TestLedger;
import org.conductledger.ui.login.ScreenLock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The lock hides every window's content (not only covers it), keeps unsaved input, answers Ctrl+L even
 * from a modal dialog, and ends the session after a lockout only once the user has read why.
 */
@ExtendWith(ApplicationExtension.class)
class ScreenLockUiTest {

    @TempDir
    Path dir;
    UiHarness harness;
    ScreenLock lock;
    Stage main;
    TextField unsaved;
    final AtomicInteger audited = new AtomicInteger();
    final AtomicReference<String> lockedOut = new AtomicReference<>();

    @Start
    void start(Stage stage) {
        harness = new UiHarness(dir);
        main = stage;
        unsaved = new TextField();
        unsaved.setId("unsaved");
        stage.setScene(new Scene(new VBox(unsaved), 900, 600));
        stage.show();
        lock = new ScreenLock(harness.ui.loader(), GuiComposition.stylesheet(), "", "屏幕已锁定",
                audited::incrementAndGet, lockedOut::set);
        lock.start(stage, Duration.seconds(2));
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> {
            lock.stop();      // the primary stage outlives the test: so would this lock's timer
            Window.getWindows().stream().filter(w -> w != main).toList().forEach(Window::hide);
        });
        harness.close();
    }

    private Stage lockStage() {
        return (Stage) Window.getWindows().stream()
                .filter(w -> w instanceof Stage s && "屏幕已锁定".equals(s.getTitle()) && s.isShowing())
                .findFirst().orElse(null);
    }

    private void unlockWith(FxRobot robot, String password) {
        robot.clickOn("#passwordField").write(password);
        robot.clickOn("#unlockButton");
    }

    @Test
    void idlenessLocksAndHidesTheContentAndTheRightPasswordBringsItBackUnchanged(FxRobot robot) {
        robot.interact(() -> unsaved.setText("未保存的内容"));
        waitUntil(() -> lockStage() != null);
        assertFalse(main.getScene().getRoot().isVisible(), "the data behind the lock is hidden, not just covered");
        assertTrue(lockStage().getWidth() >= main.getWidth() - 1, "the lock covers the main window");
        Label intro = robot.lookup("#introLabel").queryAs(Label.class);
        assertTrue(intro.getText().contains("长时间未操作"), intro.getText());
        assertEquals(1, audited.get());

        unlockWith(robot, "Wrong#2026x");
        Label message = robot.lookup("#messageLabel").queryAs(Label.class);
        waitUntil(() -> message.getText().contains("密码错误。再错 4 次"));
        assertTrue(main.getScene().getRoot().isVisible() == false);

        unlockWith(robot, TestLedger.PASSWORD);
        waitUntil(() -> lockStage() == null);
        assertTrue(main.getScene().getRoot().isVisible());
        assertEquals("未保存的内容", unsaved.getText());
    }

    @Test
    void ctrlLLocksFromAModalDialogAndHidesTheDialogToo(FxRobot robot) {
        AtomicReference<Stage> dialog = new AtomicReference<>();
        robot.interact(() -> {
            Stage d = new Stage();
            d.initOwner(main);
            d.initModality(Modality.WINDOW_MODAL);
            TextField field = new TextField("对话框中的内容");
            field.setId("dialogField");
            d.setScene(new Scene(new VBox(field), 200, 80));
            d.setX(main.getX());      // Monocle keeps the blocked dialog above the lock: keep it out of the robot's way
            d.setY(main.getY());
            d.show();
            dialog.set(d);
        });
        robot.clickOn("#dialogField").press(KeyCode.CONTROL).press(KeyCode.L).release(KeyCode.L).release(KeyCode.CONTROL);
        waitUntil(() -> lockStage() != null);
        assertFalse(dialog.get().getScene().getRoot().isVisible());
        assertFalse(main.getScene().getRoot().isVisible());
        assertTrue(robot.lookup("#introLabel").queryAs(Label.class).getText().contains("手动锁定"));
        // Monocle routes keys to the blocked dialog here; a real window manager gives them to the lock.
        robot.interact(() -> {
            robot.lookup("#passwordField").queryTextInputControl().setText(TestLedger.PASSWORD);
            robot.lookup("#unlockButton").queryButton().fire();
        });
        waitUntil(() -> lockStage() == null);
        assertTrue(dialog.get().isShowing(), "the dialog is still open");
        assertTrue(dialog.get().getScene().getRoot().isVisible());
    }

    @Test
    void aLockoutIsExplainedBeforeTheSessionEnds(FxRobot robot) {
        robot.interact(() -> lock.lock(true));
        Label message = robot.lookup("#messageLabel").queryAs(Label.class);
        for (int i = 1; i <= 4; i++) {
            unlockWith(robot, "Wrong#2026x");
            int left = 5 - i;
            waitUntil(() -> message.getText().contains("再错 " + left + " 次"));
        }
        unlockWith(robot, "Wrong#2026x");
        waitUntil(() -> message.getText().contains("已锁定 15 分钟"));
        assertNull(lockedOut.get(), "the session does not vanish before the user has read the message");
        Button exit = robot.lookup("#unlockButton").queryButton();
        assertEquals("退出登录", exit.getText());
        assertTrue(robot.lookup("#passwordField").query().isDisabled());
        robot.clickOn(exit);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(lockedOut.get().contains("已锁定"));
    }
}
