package org.conductledger.ui;

import static org.conductledger.ui.UiHarness.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.conductledger.app.Services;
import org.conductledger.model.Role;
import org.conductledger.model.Todo;
import org.conductledger.model.TodoKind;
import org.conductledger.service.TestLedger;
import org.conductledger.service.WorkbenchSeed;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The 工作台 after login (issue 9): each kind of to-do appears for a seeded case, each opens its record — a branch
 * secretary's registers, 年审 and impact periods; the 组织部门's cases, reporter notices and execution limits.
 */
@ExtendWith(ApplicationExtension.class)
class WorkbenchUiTest {

    @TempDir
    Path dir;
    UiHarness harness;
    Stage stage;

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

    /** Shows the main window as {@code user} (null: the administrator, 组织部门 at the root). */
    private Node show(FxRobot robot, java.util.function.BiFunction<TestLedger, WorkbenchSeed, Services> user) {
        TestLedger ledger = TestLedger.open(dir);
        seeded = new WorkbenchSeed(ledger);
        Services who = user == null ? null : user.apply(ledger, seeded);
        robot.interact(() -> {
            stage = new Stage();
            harness = new UiHarness(ledger, who, dir);
            harness.show(stage);
        });
        return stage.getScene().getRoot();
    }

    private WorkbenchSeed seeded;

    @SuppressWarnings("unchecked")
    private static TableView<Todo> table(FxRobot robot, Node root) {
        return robot.from(root).lookup("#todoTable").queryAs(TableView.class);
    }

    private static boolean has(TableView<Todo> table, TodoKind kind) {
        return table.getItems().stream().anyMatch(t -> t.kind() == kind);
    }

    private static Todo first(TableView<Todo> table, TodoKind kind) {
        return table.getItems().stream().filter(t -> t.kind() == kind).findFirst().orElseThrow();
    }

    /** Selects the item and presses Enter; the window titled {@code title} opens; closes it again. */
    private void opens(FxRobot robot, TableView<Todo> table, Todo item, String title) {
        robot.interact(() -> {
            table.getSelectionModel().select(item);
            table.requestFocus();
        });
        robot.type(KeyCode.ENTER);
        closeWindow(robot, title);
    }

    private void closeWindow(FxRobot robot, String title) {
        waitUntil(() -> window(title) != null);
        robot.interact(() -> window(title).close());
        waitUntil(() -> window(title) == null);
    }

    private Stage window(String title) {
        return Window.getWindows().stream().filter(w -> w instanceof Stage s && s != stage && title.equals(s.getTitle()))
                .map(w -> (Stage) w).findFirst().orElse(null);
    }

    @Test
    void aBranchSecretarySeesRegistersTheRoundAndImpactPeriodsFirstAndEachOpensItsRecord(FxRobot robot) {
        Node root = show(robot, (ledger, seed) -> seed.secretary(ledger));
        TabPane tabs = robot.from(root).lookup("#mainTabs").queryAs(TabPane.class);
        assertEquals("workbenchTab", tabs.getSelectionModel().getSelectedItem().getId(), "the 工作台 is the first screen");
        TableView<Todo> table = table(robot, root);
        waitUntil(() -> has(table, TodoKind.REGISTER) && has(table, TodoKind.ROUND) && has(table, TodoKind.IMPACT_ENDING));
        assertEquals(4, table.getItems().size(), "two registers, the round, one impact period; no case items");
        assertEquals("账号群组待报告 2", robot.from(root).lookup("#todoKindREGISTER").queryAs(ToggleButton.class).getText());
        assertTrue(robot.from(root).lookup("#todoKindCASE_STAGE").tryQuery().isEmpty(), "no case counts for a 支部书记");

        robot.clickOn(robot.from(root).lookup("#todoKindROUND").queryAs(ToggleButton.class));
        waitUntil(() -> table.getItems().size() == 1);
        robot.clickOn(robot.from(root).lookup("#todoKindAll").queryAs(ToggleButton.class));
        waitUntil(() -> table.getItems().size() == 4);

        Todo register = first(table, TodoKind.REGISTER);
        assertEquals(seeded.overdue.id(), register.target().id(), "overdue first");
        robot.interact(() -> table.scrollTo(register));
        Node row = robot.from(table).lookup(".table-row-cell").match(n -> ((TableRow<?>) n).getItem() == register).query();
        robot.doubleClickOn(row);
        closeWindow(robot, "群组");
        opens(robot, table, first(table, TodoKind.ROUND), "年审…");
        opens(robot, table, first(table, TodoKind.IMPACT_ENDING), "党员档案");

        FlowPane figures = robot.from(root).lookup("#figuresPane").queryAs(FlowPane.class);
        waitUntil(() -> figures.getChildren().size() == 9);
        assertEquals("尚无自动备份", robot.from(root).lookup("#lastBackupLabel").queryAs(Label.class).getText());
        assertTrue(!robot.from(root).lookup("#auditLabel").queryAs(Label.class).isVisible(), "no audit line without AUDIT_READ");
    }

    @Test
    void theDepartmentSeesCaseLimitsReporterNoticesAndExecutionAndEachOpensItsRecord(FxRobot robot) {
        Node root = show(robot, null);
        TableView<Todo> table = table(robot, root);
        waitUntil(() -> has(table, TodoKind.CASE_STAGE) && has(table, TodoKind.REPORTER_NOTICE) && has(table, TodoKind.EXECUTION));
        Todo notice = first(table, TodoKind.REPORTER_NOTICE);
        assertEquals(seeded.realName.id(), notice.target().id());
        opens(robot, table, first(table, TodoKind.CASE_STAGE), "案件 " + first(table, TodoKind.CASE_STAGE).target().id());
        opens(robot, table, notice, "案件 " + seeded.realName.id());
        opens(robot, table, first(table, TodoKind.EXECUTION), "执行情况");
    }

    @Test
    void anAuditorSeesNoToDosButTheAuditChain(FxRobot robot) {
        Node root = show(robot, (ledger, seed) -> ledger.loginAs("sj", ledger.root(), Set.of(Role.AUDITOR)));
        Label audit = robot.from(root).lookup("#auditLabel").queryAs(Label.class);
        waitUntil(() -> audit.getText() != null && audit.getText().startsWith("审计链完整"));
        assertEquals(0, table(robot, root).getItems().size());
        assertEquals("您的角色没有需要办理的登记或案件事项。", robot.from(root).lookup("#todoPlaceholder").queryAs(Label.class).getText());
    }
}
