package org.conductledger.ui;

import static org.conductledger.ui.UiHarness.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.conductledger.app.GuiComposition;
import org.conductledger.app.StartComposition;
import org.conductledger.i18n.Messages;
import org.conductledger.service.ConnectionSettingsStore;
import org.conductledger.service.LedgerGate;
import org.conductledger.service.LoginResult;
import org.conductledger.service.TestLedger;
import org.conductledger.ui.common.FxDialogService;
import org.conductledger.ui.common.FxTaskRunner;
import org.conductledger.ui.common.FxmlView;
import org.conductledger.ui.common.ViewLoader;
import org.conductledger.ui.login.LoginController;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The login screen over a real encrypted ledger: success, a wrong password, and the lockout. */
@ExtendWith(ApplicationExtension.class)
class LoginUiTest {

    @TempDir
    Path dir;
    TestLedger ledger;
    FxTaskRunner tasks = new FxTaskRunner();
    final AtomicReference<LoginResult> loggedIn = new AtomicReference<>();

    @Start
    void start(Stage stage) {
        ledger = TestLedger.open(dir);
        ledger.close();   // the login screen opens the ledger itself, as at a real start
        Messages messages = Messages.load(Locale.SIMPLIFIED_CHINESE);
        ViewLoader.Loaded<LoginController> view = StartScreens.loader(new LedgerGate(ledger.auth, ledger.location), tasks, messages, dir).load(FxmlView.LOGIN);
        view.controller().onSuccess(loggedIn::set);
        StartScreens.show(stage, view.root(), 900, 640);
    }

    @AfterEach
    void close() {
        tasks.close();
        if (loggedIn.get() != null) {
            loggedIn.get().ledger().close();
        }
    }

    private void attempt(FxRobot robot, String user, String password) {
        robot.doubleClickOn("#usernameField").eraseText(20).write(user);
        robot.clickOn("#passwordField").write(password);
        robot.clickOn("#loginButton");
    }

    private String message(FxRobot robot) {
        return robot.lookup("#messageLabel").queryAs(Label.class).getText();
    }

    @Test
    void logsInWithTheRightPassword(FxRobot robot) {
        attempt(robot, "admin", TestLedger.PASSWORD);
        waitUntil(() -> loggedIn.get() != null);
        assertEquals("admin", loggedIn.get().session().username());
    }

    private String answer(FxRobot robot) {
        javafx.scene.control.Button button = robot.lookup("#loginButton").queryButton();
        waitUntil(() -> !button.isDisabled() && !message(robot).isEmpty());
        return message(robot);
    }

    @Test
    void wrongPasswordsAreExplainedAndTheFifthLocksTheAccount(FxRobot robot) {
        for (int i = 1; i <= 4; i++) {
            attempt(robot, "admin", "Wrong#" + i + "abc");
            assertTrue(answer(robot).contains("用户名或密码错误。连续输错 5 次，账号将被锁定 15 分钟"), message(robot));
        }
        attempt(robot, "admin", "Wrong#5abc");
        waitUntil(() -> message(robot).contains("已锁定"));
        attempt(robot, "admin", TestLedger.PASSWORD);          // even the right password now waits out the lock
        waitUntil(() -> message(robot).contains("分钟后再试"));
        assertTrue(loggedIn.get() == null);
        assertTrue(robot.lookup("#passwordField").queryTextInputControl().getText().isEmpty(), "the password field is cleared");
    }

    @Test
    void anUnknownUserNameGetsTheSameAnswerAsAWrongPassword(FxRobot robot) {
        attempt(robot, "nobody", "Wrong#1abc");
        String unknown = answer(robot);
        attempt(robot, "admin", "Wrong#1abc");
        assertEquals(unknown, answer(robot), "the login screen must not tell which user names exist");
    }
}
