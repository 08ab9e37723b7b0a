package org.conductledger.ui;

import static org.conductledger.ui.UiHarness.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.conductledger.app.GuiComposition;
import org.conductledger.model.Organisation;
import org.conductledger.model.Role;
import org.conductledger.model.UserAccount;
import org.conductledger.ui.common.FxmlView;
import org.controlsfx.control.SearchableComboBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The administrator creates, edits and resets users; refusals and successes are told apart. */
@ExtendWith(ApplicationExtension.class)
class UsersUiTest {

    @TempDir
    Path dir;
    UiHarness harness;

    @Start
    void start(Stage stage) {
        harness = new UiHarness(dir);
        harness.show(stage);
        Stage users = new Stage();
        Scene scene = new Scene(harness.ui.loader().load(FxmlView.USERS).root());
        scene.getStylesheets().add(GuiComposition.stylesheet());
        users.setScene(scene);
        users.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> robot.lookup("#closeButton").queryButton().fire());
        harness.close();
    }

    @SuppressWarnings("unchecked")
    private TableView<UserAccount> table(FxRobot robot) {
        return robot.lookup("#userTable").queryAs(TableView.class);
    }

    private Label message(FxRobot robot) {
        return robot.lookup("#messageLabel").queryAs(Label.class);
    }

    private void role(FxRobot robot, Role role, boolean on) {
        robot.interact(() -> robot.lookup("#role" + role.name()).queryAs(CheckBox.class).setSelected(on));
    }

    @Test
    @SuppressWarnings("unchecked")
    void createEditAndResetAUser(FxRobot robot) {
        TableView<UserAccount> table = table(robot);
        waitUntil(() -> table.getItems().size() == 1);
        SearchableComboBox<Organisation> org = robot.lookup("#orgChoice").queryAs(SearchableComboBox.class);
        waitUntil(() -> !org.getItems().isEmpty());
        robot.interact(() -> {
            robot.lookup("#usernameField").queryAs(TextField.class).setText("zb1");
            robot.lookup("#fullNameField").queryAs(TextField.class).setText("张书记");
            org.setValue(org.getItems().get(0));
        });
        robot.clickOn("#passwordField").write("Start#2026a");
        robot.clickOn("#repeatField").write("Start#2026a");
        role(robot, Role.SYSTEM_ADMIN, true);
        role(robot, Role.AUDITOR, true);
        robot.clickOn("#saveButton");
        waitUntil(() -> message(robot).getText().contains("三员分立"));
        assertTrue(message(robot).getStyleClass().contains("problems"));

        role(robot, Role.SYSTEM_ADMIN, false);
        role(robot, Role.AUDITOR, false);
        role(robot, Role.BRANCH_SECRETARY, true);
        robot.clickOn("#passwordField").write("Start#2026a");
        robot.clickOn("#repeatField").write("Start#2026a");
        robot.clickOn("#saveButton");
        waitUntil(() -> table.getItems().size() == 2);
        assertTrue(message(robot).getStyleClass().contains("success"), "a success is not shown as an error");
        assertEquals("", robot.lookup("#usernameField").queryAs(TextField.class).getText(), "the form is cleared after creating");

        UserAccount admin = table.getItems().stream().filter(u -> u.username().equals("admin")).findFirst().orElseThrow();
        robot.interact(() -> table.getSelectionModel().select(admin));
        assertTrue(robot.lookup("#disableButton").queryButton().isDisabled(), "one cannot disable oneself");

        UserAccount zb1 = table.getItems().stream().filter(u -> u.username().equals("zb1")).findFirst().orElseThrow();
        robot.interact(() -> table.getSelectionModel().select(zb1));
        assertFalse(robot.lookup("#disableButton").queryButton().isDisabled());
        robot.clickOn("#editUserButton");
        waitUntil(() -> !robot.lookup("#usernameField").queryAs(TextField.class).isEditable());
        assertFalse(robot.lookup("#usernameField").queryAs(TextField.class).isEditable(), "the user name never changes");
        assertFalse(robot.lookup("#passwordField").query().isVisible(), "editing asks for no password");
        role(robot, Role.CASE_HANDLER, true);
        robot.clickOn("#saveButton");
        waitUntil(() -> table.getItems().stream().anyMatch(u -> u.username().equals("zb1") && u.roles().contains(Role.CASE_HANDLER)));

        UserAccount edited = table.getItems().stream().filter(u -> u.username().equals("zb1")).findFirst().orElseThrow();
        robot.interact(() -> table.getSelectionModel().select(edited));
        robot.clickOn("#resetButton");
        robot.clickOn("#resetPasswordField").write("Reset#2026b");
        robot.clickOn("#resetRepeatField").write("Reset#2026b");
        robot.clickOn("重置密码");
        waitUntil(() -> message(robot).getText().contains("已重置 zb1 的密码"));
    }
}
