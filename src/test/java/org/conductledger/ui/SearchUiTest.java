package org.conductledger.ui;

import static org.conductledger.ui.UiHarness.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.conductledger.model.SearchKind;
import org.conductledger.service.TestLedger;
import org.conductledger.service.WorkbenchSeed;
import org.conductledger.ui.search.SearchRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** The global search (issue 9): Ctrl+K, typing, results grouped by kind, ↓ and Enter open the record, Esc closes. */
@ExtendWith(ApplicationExtension.class)
class SearchUiTest {

    @TempDir
    Path dir;
    UiHarness harness;
    Stage stage;
    WorkbenchSeed seeded;

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> {
            for (Window w : java.util.List.copyOf(Window.getWindows())) {
                if (w instanceof Stage s && stage != null && (s == stage || s.getOwner() == stage)) {
                    s.close();
                }
            }
        });
        if (harness != null) {
            harness.close();
        }
    }

    private void show(FxRobot robot) {
        TestLedger ledger = TestLedger.open(dir);
        seeded = new WorkbenchSeed(ledger);
        robot.interact(() -> {
            stage = new Stage();
            harness = new UiHarness(ledger, null, dir);
            harness.show(stage);
        });
    }

    private Stage window(String title) {
        return Window.getWindows().stream().filter(w -> w instanceof Stage s && s != stage && title.equals(s.getTitle()))
                .map(w -> (Stage) w).findFirst().orElse(null);
    }

    /** Ctrl+K in the main window opens the search window with the focus in its field. */
    @SuppressWarnings("unchecked")
    private ListView<SearchRow> openSearch(FxRobot robot) {
        robot.targetWindow(stage);
        robot.interact(() -> stage.requestFocus());
        robot.press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
        waitUntil(() -> window("全局搜索") != null && window("全局搜索").isFocused());
        robot.targetWindow(window("全局搜索"));
        return robot.from(window("全局搜索").getScene().getRoot()).lookup("#searchResults").queryAs(ListView.class);
    }

    private void opens(FxRobot robot, String title) {
        waitUntil(() -> window(title) != null);
        assertTrue(window("全局搜索") == null, "the search window closed");
        robot.interact(() -> window(title).close());
        waitUntil(() -> window(title) == null);
    }

    @Test
    void ctrlKFindsEachKindGroupedAndEnterOpensTheRecord(FxRobot robot) {
        show(robot);
        MenuItem item = ((javafx.scene.control.MenuBar) stage.getScene().lookup("#menuBar")).getMenus().get(0).getItems()
                .stream().filter(i -> "searchItem".equals(i.getId())).findFirst().orElseThrow();
        assertEquals("全局搜索…", item.getText());

        ListView<SearchRow> members = openSearch(robot);
        assertEquals("输入姓名、账号、群号、备案编号或案件编号",
                ((javafx.scene.control.Label) members.getPlaceholder()).getText(), "the empty state says what to type");
        robot.write("张三");
        waitUntil(() -> !members.getItems().isEmpty());
        assertEquals(new SearchRow.Header(SearchKind.MEMBER, 1, false), members.getItems().get(0));
        assertInstanceOf(SearchRow.Hit.class, members.getSelectionModel().getSelectedItem(), "the first hit is selected");
        robot.type(KeyCode.ENTER);
        opens(robot, "党员档案");

        ListView<SearchRow> groups = openSearch(robot);
        robot.write("g-over");
        waitUntil(() -> groups.getItems().size() == 2);
        assertEquals(SearchKind.GROUP, ((SearchRow.Header) groups.getItems().get(0)).kind());
        robot.type(KeyCode.ENTER);
        opens(robot, "群组");

        ListView<SearchRow> cases = openSearch(robot);
        String number = String.valueOf(seeded.realName.id());
        robot.write(number);
        waitUntil(() -> cases.getItems().stream().anyMatch(r -> r instanceof SearchRow.Header h && h.kind() == SearchKind.CASE));
        robot.type(KeyCode.UP).type(KeyCode.DOWN);
        while (!(cases.getSelectionModel().getSelectedItem() instanceof SearchRow.Hit h && h.hit().kind() == SearchKind.CASE)) {
            int before = cases.getSelectionModel().getSelectedIndex();
            robot.type(KeyCode.DOWN);
            assertTrue(cases.getSelectionModel().getSelectedIndex() > before, "↓ reaches the case");
        }
        robot.type(KeyCode.ENTER);
        opens(robot, "案件 " + number);

        openSearch(robot);
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> window("全局搜索") == null);
    }
}
