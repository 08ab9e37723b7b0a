package org.conductledger.ui;

import static org.conductledger.ui.UiHarness.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;
import org.conductledger.app.Services;
import org.conductledger.model.AppealResult;
import org.conductledger.model.CaseFile;
import org.conductledger.model.CaseForm;
import org.conductledger.model.CaseSource;
import org.conductledger.model.CaseStage;
import org.conductledger.model.MemberStatement;
import org.conductledger.model.MemberSummary;
import org.conductledger.model.OrgType;
import org.conductledger.model.Organisation;
import org.conductledger.model.Outcome;
import org.conductledger.model.OutcomeStatus;
import org.conductledger.model.Role;
import org.conductledger.service.TestLedger;
import org.conductledger.ui.cases.CaseRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A case handler records a warning (警告) on a case at 处理决定, sees the impact-period badge on the roster and
 * on the member's profile, then records an appeal that revokes it — and the badge goes.
 */
@ExtendWith(ApplicationExtension.class)
class OutcomesUiTest {

    @TempDir
    Path dir;
    UiHarness harness;
    Services handler;

    @Start
    void start(Stage stage) {
        TestLedger ledger = TestLedger.open(dir);
        Organisation zb1 = ledger.org(null, "第一党支部", "ZB1", OrgType.BRANCH);
        long zhang = ledger.services.members().create(TestLedger.member("张三", TestLedger.idBornIn(1980, 11), zb1.id())).id();
        handler = ledger.loginAs("cb", ledger.root(), Set.of(Role.CASE_HANDLER));
        long category = handler.reference().violationCategories().get(0).id();
        CaseFile c = handler.cases().intake(new CaseForm(zb1.id(), LocalDate.of(2026, 11, 2), CaseSource.PETITION, null, null,
                false, "在微信群转发未经核实的信息", List.of(zhang), List.of(category), List.of()));
        c = handler.cases().move(c.id(), c.version(), CaseStage.PRELIMINARY, LocalDate.of(2026, 11, 5), null, null);
        c = handler.cases().move(c.id(), c.version(), CaseStage.FILED, LocalDate.of(2026, 11, 10), null, null);
        c = handler.cases().move(c.id(), c.version(), CaseStage.INVESTIGATION, LocalDate.of(2026, 11, 11), null, null);
        c = handler.cases().move(c.id(), c.version(), CaseStage.REVIEW, LocalDate.of(2026, 11, 18), null, null);
        handler.cases().recordStatement(c.id(), new MemberStatement(LocalDate.of(2026, 11, 19), List.of("王干事", "李干事"),
                "无异议", false, null));
        handler.cases().move(c.id(), c.version(), CaseStage.DECISION, LocalDate.of(2026, 11, 20), null, null);
        harness = new UiHarness(ledger, handler, dir);
        harness.show(stage);
    }

    @AfterEach
    void close() {
        harness.close();
    }

    @SuppressWarnings("unchecked")
    private void showTab(FxRobot robot, String tab) {
        TreeView<Organisation> tree = robot.lookup("#orgTree").queryAs(TreeView.class);
        waitUntil(() -> tree.getRoot() != null);
        waitUntil(() -> !tree.getRoot().getChildren().isEmpty());
        robot.interact(() -> {
            // Another organisation first, then the root: the views reload as on a user's click.
            tree.getSelectionModel().select(tree.getRoot().getChildren().get(0));
            tree.getSelectionModel().select((TreeItem<Organisation>) tree.getRoot());
            UiHarness.selectTab(robot.lookup("#mainTabs").queryAs(TabPane.class), tab);
        });
    }

    @SuppressWarnings("unchecked")
    private TableView<Outcome> openCaseOutcomes(FxRobot robot) {
        showTab(robot, "casesTab");
        TableView<CaseRow> cases = robot.lookup("#caseTable").queryAs(TableView.class);
        waitUntil(() -> cases.getItems().size() == 1);
        robot.interact(() -> cases.getSelectionModel().select(0));
        robot.clickOn("#openButton");
        waitUntil(() -> robot.lookup("#outcomeTable").tryQuery().isPresent());
        robot.interact(() -> {
            TabPane tabs = robot.lookup("#tabs").queryAs(TabPane.class);
            tabs.getSelectionModel().select(tabs.getTabs().stream().filter(t -> "outcomesTab".equals(t.getId())).findFirst()
                    .orElseThrow());
        });
        return robot.lookup("#outcomeTable").queryAs(TableView.class);
    }

    @SuppressWarnings("unchecked")
    private String rosterBadge(FxRobot robot, String expected) {
        showTab(robot, "rosterTab");
        TableView<MemberSummary> roster = robot.lookup("#memberTable").queryAs(TableView.class);
        waitUntil(() -> roster.getItems().stream().anyMatch(m -> m.name().equals("张三")));
        javafx.scene.control.TableColumn<MemberSummary, String> impact =
                (javafx.scene.control.TableColumn<MemberSummary, String>) roster.getColumns().stream()
                        .filter(c -> "impactColumn".equals(c.getId())).findFirst().orElseThrow();
        java.util.function.Supplier<String> badge = () -> impact.getCellObservableValue(
                roster.getItems().stream().filter(m -> m.name().equals("张三")).findFirst().orElseThrow()).getValue();
        // The rows may still be the previous load's for a moment: wait for the badge the test expects.
        try {
            waitUntil(() -> expected.equals(badge.get()));
        } catch (AssertionError timeout) {
            // fall through: the assertion below says what was shown
        }
        return badge.get();
    }

    /** Waits like {@link UiHarness#waitUntil}; on a timeout says what every window shows. */
    private static void waitFor(FxRobot robot, java.util.function.BooleanSupplier condition) {
        try {
            waitUntil(condition);
        } catch (AssertionError e) {
            StringBuilder shown = new StringBuilder();
            for (javafx.stage.Window w : javafx.stage.Window.getWindows()) {
                shown.append(w instanceof Stage st ? st.getTitle() : w.toString()).append(" | ");
                robot.from(w.getScene().getRoot()).lookup(".label").queryAll()
                        .forEach(n -> shown.append(((Label) n).getText()).append(';'));
                shown.append('\n');
            }
            throw new AssertionError(shown.toString(), e);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void aWarningBadgesTheMemberUntilAnAppealRevokesIt(FxRobot robot) {
        TableView<Outcome> outcomes = openCaseOutcomes(robot);
        robot.clickOn("#recordOutcomeButton");
        waitFor(robot, () -> robot.lookup("#measure-DP1").tryQuery().isPresent());
        ComboBox<CaseFile.Subject> member = robot.lookup("#memberChoice").queryAs(ComboBox.class);
        waitUntil(() -> member.getValue() != null);
        Label authority = robot.lookup("#authorityLabel").queryAs(Label.class);
        waitFor(robot, () -> authority.getText().contains("具有干部管理权限"));
        assertTrue(robot.lookup("#measure-ORG_MZ").queryAs(CheckBox.class).isDisabled(), "组织处理 is for leading cadres only");
        robot.clickOn("#measure-DP1");
        robot.clickOn("#documentField").write("测纪发〔2026〕3号");
        robot.clickOn("#saveButton");
        waitFor(robot, () -> outcomes.getItems().size() == 1);
        assertEquals("警告", outcomes.getItems().get(0).measures());
        assertTrue(robot.lookup("#timelineList").queryAs(javafx.scene.control.ListView.class).getItems().stream()
                .anyMatch(l -> l.toString().contains("警告")), "the decision is on the time line");
        robot.clickOn("关闭");

        assertEquals("影响期至 2027-11-23", rosterBadge(robot, "影响期至 2027-11-23"));
        robot.interact(() -> robot.lookup("#memberTable").queryAs(TableView.class).getSelectionModel().select(0));
        robot.clickOn("#profileMemberButton");
        waitUntil(() -> robot.lookup("#impactLabel").tryQuery().isPresent());
        Label impact = robot.lookup("#impactLabel").queryAs(Label.class);
        waitUntil(() -> impact.getText().contains("警告"));
        assertTrue(impact.getText().contains("2027-11-23"), impact.getText());
        robot.clickOn("#closeButton");

        TableView<Outcome> again = openCaseOutcomes(robot);
        waitUntil(() -> again.getItems().size() == 1);
        robot.interact(() -> again.getSelectionModel().select(0));
        // The 「影响期」 tab of the main window has buttons of the same ids: click the case screen's own.
        javafx.scene.Parent caseScreen = again.getScene().getRoot();
        robot.clickOn(robot.from(caseScreen).lookup("#appealButton").queryButton());
        ComboBox<Organisation> org = robot.lookup("#orgChoice").queryAs(ComboBox.class);
        waitUntil(() -> !org.getItems().isEmpty());
        robot.interact(() -> org.setValue(org.getItems().get(0)));
        javafx.scene.Parent appeal = org.getScene().getRoot();
        robot.clickOn(robot.from(appeal).lookup("#notesArea").queryAs(javafx.scene.control.TextArea.class)).write("认为事实不清");
        robot.clickOn(robot.from(appeal).lookup("#saveButton").queryButton());
        waitUntil(() -> again.getItems().get(0).pendingAppeal().isPresent());

        robot.interact(() -> again.getSelectionModel().select(0));
        robot.clickOn(robot.from(caseScreen).lookup("#appealButton").queryButton());
        ComboBox<AppealResult> result = robot.lookup("#resultChoice").queryAs(ComboBox.class);
        waitUntil(() -> result.isVisible());
        robot.interact(() -> result.setValue(AppealResult.REVOKED));
        robot.clickOn(robot.from(result.getScene().getRoot()).lookup("#saveButton").queryButton());
        waitUntil(() -> again.getItems().get(0).status() == OutcomeStatus.REVOKED);
        robot.clickOn("关闭");

        assertEquals("", rosterBadge(robot, ""));
        assertEquals(java.util.Map.of(), handler.outcomes().runningImpact(harness.ledger.root().id()));
    }
}
