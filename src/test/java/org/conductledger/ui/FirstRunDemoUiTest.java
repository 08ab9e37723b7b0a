package org.conductledger.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.stage.Stage;
import org.conductledger.service.ConnectionSettingsStore;
import org.conductledger.ui.common.FxDialogService;
import org.conductledger.app.GuiComposition;
import org.conductledger.app.Services;
import org.conductledger.app.StartComposition;
import org.conductledger.i18n.Messages;
import org.conductledger.model.TestClock;
import org.conductledger.service.AuthService;
import org.conductledger.service.LedgerGate;
import org.conductledger.service.LoginResult;
import org.conductledger.service.TestLedger;
import org.conductledger.store.DatabaseLocation;
import org.conductledger.ui.common.FxTaskRunner;
import org.conductledger.ui.common.FxmlView;
import org.conductledger.ui.common.ViewLoader;
import org.conductledger.ui.login.FirstRunController;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The first-run screen's 用演示数据体验 (issue 12): the new ledger is filled with the demo and marked as one. */
@ExtendWith(ApplicationExtension.class)
class FirstRunDemoUiTest {

    @TempDir
    Path dir;
    DatabaseLocation location;
    AuthService auth = new AuthService(TestClock.CLOCK, TestLedger.FAST, TestLedger.HOST);
    FxTaskRunner tasks = new FxTaskRunner();
    final AtomicReference<LoginResult> created = new AtomicReference<>();

    @Start
    void start(Stage stage) {
        location = DatabaseLocation.of(dir.resolve("ledger"));
        Messages messages = Messages.load(Locale.SIMPLIFIED_CHINESE);
        ViewLoader.Loaded<FirstRunController> view = StartScreens.loader(new LedgerGate(auth, location), tasks, messages, dir).load(FxmlView.FIRST_RUN);
        view.controller().onSuccess(created::set);
        StartScreens.show(stage, view.root(), 900, 760);
    }

    @AfterEach
    void close() {
        tasks.close();
        if (created.get() != null) {
            created.get().ledger().close();
        }
    }

    private void fill(FxRobot robot) {
        robot.clickOn("#orgNameField").write("演示党委");
        robot.clickOn("#orgCodeField").write("YS");
        robot.clickOn("#fullNameField").write("管理员");
        robot.clickOn("#passwordField").write(TestLedger.PASSWORD);
        robot.clickOn("#repeatField").write(TestLedger.PASSWORD);
    }

    private Services wire(LoginResult result) {
        return Services.wire(result.ledger(), result.session(), TestClock.CLOCK, TestLedger.FAST, TestLedger.HOST);
    }

    @Test
    void startingEmptyGeneratesNothing(FxRobot robot) throws Exception {
        assertFalse(robot.lookup("#demoNote").queryAs(Label.class).isVisible(), "the note shows with the demo choice only");
        fill(robot);
        robot.clickOn("#createButton");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> created.get() != null);
        Services services = wire(created.get());
        assertFalse(services.demoData().isDemo());
        assertTrue(services.members().roster(services.session().orgId(), true, true).isEmpty());
    }

    @Test
    void theDemoChoiceFillsTheNewLedgerWithProgressAndMarksIt(FxRobot robot) throws Exception {
        fill(robot);
        robot.clickOn("#demoChoice");
        assertTrue(robot.lookup("#demoNote").queryAs(Label.class).isVisible());
        UiSnapshots.save(robot.lookup("#createButton").query().getScene(), "first-run-demo.png");
        robot.clickOn("#createButton");
        ProgressBar progress = robot.lookup("#demoProgress").queryAs(ProgressBar.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> progress.isVisible() || created.get() != null);
        WaitForAsyncUtils.waitFor(300, TimeUnit.SECONDS, () -> created.get() != null);
        Services services = wire(created.get());
        assertTrue(services.demoData().isDemo());
        assertEquals(2_000, services.members().roster(services.session().orgId(), true, true).size());
    }
}
