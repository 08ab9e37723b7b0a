package org.conductledger.ui;

import static org.conductledger.ui.UiHarness.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.conductledger.app.GuiComposition;
import org.conductledger.app.StartComposition;
import org.conductledger.i18n.Messages;
import org.conductledger.model.ConnectionMode;
import org.conductledger.model.ConnectionSettings;
import org.conductledger.model.TlsMode;
import org.conductledger.service.ConnectionSettingsStore;
import org.conductledger.service.LedgerGate;
import org.conductledger.service.TestLedger;
import org.conductledger.ui.common.FxDialogService;
import org.conductledger.ui.common.FxTaskRunner;
import org.conductledger.ui.common.FxmlView;
import org.conductledger.ui.common.ViewLoader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * 数据库连接… from the login screen: the server's settings typed in, the URL previewed, the file saved and the
 * settings handed on (the app then switches ledgers); problems beside the fields; 测试连接 to a closed port.
 */
@ExtendWith(ApplicationExtension.class)
class ConnectionUiTest {

    @TempDir
    Path dir;
    final FxTaskRunner tasks = new FxTaskRunner();
    final AtomicReference<ConnectionSettings> saved = new AtomicReference<>();
    final Messages messages = Messages.load(Locale.SIMPLIFIED_CHINESE);
    ScriptedDialogs dialogs;
    StartComposition start;

    @Start
    void start(Stage stage) {
        TestLedger ledger = TestLedger.open(dir);
        ledger.close();
        ConnectionSettingsStore store = new ConnectionSettingsStore(settingsFile(), dir.resolve("ledger"), Map.<String, String>of()::get);
        dialogs = new ScriptedDialogs(new FxDialogService(messages, dir, ""));
        start = new StartComposition(new LedgerGate(ledger.auth, ledger.location), tasks, messages,
                new StartComposition.Connections(store, dialogs, "", saved::set));
        ViewLoader.Loaded<Object> login = start.loader().load(FxmlView.LOGIN);
        Scene scene = new Scene(login.root(), 900, 640);
        scene.getStylesheets().add(GuiComposition.stylesheet());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        SettingsUiTest.closeDialogs(robot);
        tasks.close();
    }

    private Path settingsFile() {
        return dir.resolve(ConnectionSettingsStore.FILE_NAME);
    }

    private void openDialog(FxRobot robot) {
        robot.clickOn("#connectionLink");
        waitUntil(() -> robot.lookup("#serverRadio").tryQuery().map(radio -> !radio.isDisabled()).orElse(false));
    }

    private static void type(FxRobot robot, String field, String text) {
        robot.clickOn(field).eraseText(robot.lookup(field).queryAs(TextField.class).getText().length()).write(text);
    }

    private void fillServer(FxRobot robot, String host, int port) {
        robot.clickOn("#serverRadio");
        type(robot, "#hostField", host);
        type(robot, "#portField", Integer.toString(port));
        type(robot, "#databaseField", "ledger");
        type(robot, "#userField", "ledger_app");
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void savesAServerWithTlsSettingsAndHandsThemOn(FxRobot robot) throws IOException {
        Path certificate = Files.writeString(dir.resolve("root.crt"), "-----BEGIN CERTIFICATE-----");
        openDialog(robot);
        assertTrue(robot.lookup("#hostField").query().isDisabled(), "the server's fields wait until a server is chosen");
        fillServer(robot, "db.example.gov.cn", 5433);
        robot.clickOn("#serverPasswordField").write("Service#1");
        @SuppressWarnings("unchecked")
        ChoiceBox<TlsMode> tls = robot.lookup("#tlsChoice").queryAs(ChoiceBox.class);
        assertEquals(TlsMode.VERIFY_FULL, tls.getValue(), "verify-full unless chosen otherwise");
        robot.interact(() -> tls.setValue(TlsMode.VERIFY_CA));
        assertTrue(text(robot, "#tlsNote").contains("不核对服务器名称"), text(robot, "#tlsNote"));
        dialogs.files.add(certificate);
        robot.clickOn("#rootCertButton");

        String url = robot.lookup("#urlField").queryAs(javafx.scene.control.TextInputControl.class).getText();
        assertEquals("jdbc:postgresql://db.example.gov.cn:5433/ledger?sslmode=verify-ca&sslrootcert=" + certificate, url);
        assertFalse(url.contains("Service#1"), "the preview never shows the password");

        robot.clickOn("#saveButton");
        waitUntil(() -> saved.get() != null);
        assertEquals(ConnectionMode.SERVER, saved.get().mode());
        assertFalse(robot.lookup("#hostField").tryQuery().map(Node::isVisible).orElse(false), "the dialog closes");
        Properties file = new Properties();
        try (Reader reader = Files.newBufferedReader(settingsFile())) {
            file.load(reader);
        }
        assertEquals(Map.of("mode", "server", "url", "jdbc:postgresql://db.example.gov.cn:5433/ledger", "user", "ledger_app",
                "password", "Service#1", "sslmode", "verify-ca", "sslrootcert", certificate.toString()), Map.copyOf(file));
    }

    @Test
    void reopeningShowsWhatWasSaved(FxRobot robot) {
        new ConnectionSettingsStore(settingsFile(), dir.resolve("ledger"), name -> null).save(ConnectionSettings.server(
                "10.1.2.3", 6432, "dept", "app", null, TlsMode.REQUIRE, ""));
        openDialog(robot);
        TextField host = robot.lookup("#hostField").queryAs(TextField.class);
        waitUntil(() -> "10.1.2.3".equals(host.getText()));
        assertEquals("6432", robot.lookup("#portField").queryAs(TextField.class).getText());
        assertEquals("jdbc:postgresql://10.1.2.3:6432/dept?sslmode=require", robot.lookup("#urlField").queryAs(javafx.scene.control.TextInputControl.class).getText());
        assertTrue(text(robot, "#passwordHint").contains("CONDUCT_LEDGER_DB_PASSWORD（当前未设置）"), text(robot, "#passwordHint"));
    }

    @Test
    void incompleteSettingsAreExplainedBesideTheFieldsAndNotSaved(FxRobot robot) {
        openDialog(robot);
        robot.clickOn("#serverRadio");
        type(robot, "#portField", "70000");
        robot.clickOn("#saveButton");
        waitUntil(() -> !text(robot, "#hostProblem").isEmpty());
        assertEquals("请填写数据库服务器的主机名或 IP 地址。", text(robot, "#hostProblem"));
        assertEquals("端口应为 1 到 65535 之间的整数（PostgreSQL 默认 5432）。", text(robot, "#portProblem"));
        assertEquals("请填写服务器上的数据库名。", text(robot, "#databaseProblem"));
        assertEquals("请填写连接数据库服务器所用的服务账户。", text(robot, "#userProblem"));
        assertTrue(text(robot, "#connectionMessage").startsWith("有 4 处需要改正"), text(robot, "#connectionMessage"));
        assertFalse(Files.exists(settingsFile()));
        assertNull(saved.get());

        type(robot, "#hostField", "db");
        waitUntil(() -> !robot.lookup("#hostProblem").query().isVisible());
    }

    @Test
    void testingAClosedPortSaysTheServerCannotBeReached(FxRobot robot) throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        openDialog(robot);
        fillServer(robot, "127.0.0.1", closed);
        robot.clickOn("#testButton");
        String expected = "无法连接数据库服务器 127.0.0.1:" + closed + "/ledger。请检查服务器地址、端口和网络，或联系信息化部门。";
        waitUntil(() -> !robot.lookup("#testButton").query().isDisabled());
        assertEquals(expected, text(robot, "#connectionMessage"));
        assertFalse(robot.lookup("#testButton").query().isDisabled());
        assertFalse(Files.exists(settingsFile()), "testing saves nothing");
    }

    @Test
    void theFirstRunScreenOffersTheDialogToo(FxRobot robot) {
        ViewLoader.Loaded<Object>[] firstRun = new ViewLoader.Loaded[1];
        robot.interact(() -> firstRun[0] = start.loader().load(FxmlView.FIRST_RUN));
        assertTrue(firstRun[0].root().lookup("#connectionLink") != null);
        assertTrue(((Label) firstRun[0].root().lookup("#databaseLabel")).getText().startsWith("数据库："));
    }
}
