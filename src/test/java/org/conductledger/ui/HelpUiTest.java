package org.conductledger.ui;

import static org.conductledger.ui.UiHarness.waitUntil;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** 帮助: the regulations (search highlighted, cited articles marked), the shortcuts from the menus, the user guide. */
@ExtendWith(ApplicationExtension.class)
class HelpUiTest {

    @TempDir
    Path dir;
    UiHarness harness;

    @Start
    void start(Stage stage) {
        harness = new UiHarness(dir);
        harness.show(stage);
    }

    @AfterEach
    void close(FxRobot robot) {
        SettingsUiTest.closeDialogs(robot);
        harness.close();
    }

    @Test
    void theRegulationSearchHighlightsMatchesAndCitedArticlesAreMarked(FxRobot robot) {
        SettingsUiTest.fire(robot, "regulationsItem");
        ListView<?> list = robot.lookup("#paragraphList").queryAs(ListView.class);
        waitUntil(() -> list.getItems().size() > 10);
        waitUntil(() -> !list.lookupAll(".cited-article").isEmpty());
        robot.interact(() -> robot.lookup("#regulationSearch").queryAs(TextField.class).setText("网络"));
        waitUntil(() -> !list.lookupAll(".search-hit").isEmpty());
        Node hit = list.lookupAll(".search-hit").iterator().next();
        assertTrue(((javafx.scene.text.Text) hit).getText().equals("网络"));
        assertTrue(robot.lookup("#matchLabel").queryAs(Label.class).getText().matches("共 \\d+ 处"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theShortcutsPageListsTheMenusAccelerators(FxRobot robot) {
        SettingsUiTest.fire(robot, "shortcutsItem");
        TableView<Object> table = robot.lookup("#shortcutTable").queryAs(TableView.class);
        waitUntil(() -> !table.getItems().isEmpty());
        assertTrue(table.getItems().stream().anyMatch(r -> r.toString().contains("keys=Ctrl+L")), table.getItems().toString());
        assertTrue(table.getItems().stream().anyMatch(r -> r.toString().contains("action=锁定屏幕")));
    }

    @Test
    void theUserGuideIsShown(FxRobot robot) {
        SettingsUiTest.fire(robot, "userGuideItem");
        VBox guide = robot.lookup("#guideBox").queryAs(VBox.class);
        waitUntil(() -> guide.getChildren().stream().anyMatch(n -> n instanceof Label l && l.getText().equals("工作台")));
    }
}
