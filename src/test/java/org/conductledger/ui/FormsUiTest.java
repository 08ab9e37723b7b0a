package org.conductledger.ui;

import static org.conductledger.ui.UiHarness.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;
import org.conductledger.app.Services;
import org.conductledger.model.CaseFile;
import org.conductledger.model.CaseForm;
import org.conductledger.model.CaseSource;
import org.conductledger.model.CaseStage;
import org.conductledger.model.Member;
import org.conductledger.model.MemberStatement;
import org.conductledger.model.OrgType;
import org.conductledger.model.Organisation;
import org.conductledger.model.OutcomeForm;
import org.conductledger.model.OutcomeType;
import org.conductledger.model.PrintLogEntry;
import org.conductledger.model.Role;
import org.conductledger.service.Registers;
import org.conductledger.service.TestLedger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The printed forms from the screens where their records are: a filing from the registers (previewed without
 * a log entry, then saved and logged), the case papers and a decision from the case screen, the dossier from
 * the member's profile — and a branch secretary, who may not read cases, is not offered the dossier.
 */
@ExtendWith(ApplicationExtension.class)
class FormsUiTest {

    @TempDir
    Path dir;
    UiHarness harness;
    TestLedger ledger;
    Stage stage;
    Organisation zb1;
    Services handler;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        ledger = TestLedger.open(dir);
        zb1 = ledger.org(null, "第一党支部", "ZB1", OrgType.BRANCH);
        Member zhang = ledger.services.members().create(TestLedger.member("张三", TestLedger.idBornIn(1980, 11), zb1.id()));
        Services admin = ledger.services;
        admin.registers().create(Registers.filing(zhang.id(), Registers.platform(admin, "WX_SUBSCRIPTION"),
                "dushuzhaji", LocalDate.of(2026, 11, 2)));
        handler = ledger.loginAs("cb", ledger.root(), Set.of(Role.CASE_HANDLER, Role.ORG_DEPARTMENT));
        decidedCase(handler, zb1, zhang);
    }

    /** The main window as {@code user} sees it (each test picks its user). */
    private void showAs(FxRobot robot, Services user) {
        harness = new UiHarness(ledger, user, dir);
        robot.interact(() -> harness.show(stage));
    }

    private static void decidedCase(Services handler, Organisation zb1, Member zhang) {
        long category = handler.reference().violationCategories().get(0).id();
        CaseFile c = handler.cases().intake(new CaseForm(zb1.id(), LocalDate.of(2026, 11, 2), CaseSource.PETITION, "举报人甲",
                "13800000000", true, "在微信群转发未经核实的信息，造成不良影响。", List.of(zhang.id()), List.of(category), List.of()));
        c = handler.cases().move(c.id(), c.version(), CaseStage.PRELIMINARY, LocalDate.of(2026, 11, 5), "建议初步核实。", null);
        c = handler.cases().move(c.id(), c.version(), CaseStage.FILED, LocalDate.of(2026, 11, 10), null, null);
        c = handler.cases().move(c.id(), c.version(), CaseStage.INVESTIGATION, LocalDate.of(2026, 11, 11), null, null);
        c = handler.cases().move(c.id(), c.version(), CaseStage.REVIEW, LocalDate.of(2026, 11, 18), null, null);
        handler.cases().recordStatement(c.id(), new MemberStatement(LocalDate.of(2026, 11, 19), List.of("王干事", "李干事"),
                "对认定的事实无异议。", false, null));
        c = handler.cases().move(c.id(), c.version(), CaseStage.DECISION, LocalDate.of(2026, 11, 20), null, null);
        List<OutcomeType> types = handler.outcomes().types();
        Set<Long> measures = Set.of(types.stream().filter(t -> t.code().equals("EDU")).findFirst().orElseThrow().id());
        handler.outcomes().record(new OutcomeForm(c.id(), zhang.id(), measures, LocalDate.of(2026, 11, 21), zb1.id(),
                "测纪发〔2026〕3号", null, "经审理", null, false));
    }

    @AfterEach
    void close() {
        if (harness != null) {
            harness.close();
        } else {
            ledger.close();
        }
    }

    @SuppressWarnings("unchecked")
    private void openTab(FxRobot robot, String tabId) {
        TreeView<Organisation> tree = robot.lookup("#orgTree").queryAs(TreeView.class);
        waitUntil(() -> tree.getRoot() != null);
        robot.interact(() -> {
            tree.getSelectionModel().select((TreeItem<Organisation>) tree.getRoot());
            UiHarness.selectTab(robot.lookup("#mainTabs").queryAs(TabPane.class), tabId);
        });
    }

    private void selectFiling(FxRobot robot) {
        openTab(robot, "registersTab");
        robot.interact(() -> robot.lookup("#filingsToggle").queryAs(ToggleButton.class).setSelected(true));
        TableView<?> table = robot.lookup("#registerTable").queryAs(TableView.class);
        waitUntil(() -> table.getItems().size() == 1);
        robot.interact(() -> table.getSelectionModel().select(0));
    }

    /** The root of the window that shows a node with {@code id} (ids repeat across windows). */
    private static Node window(FxRobot robot, String id, int nth) {
        waitUntil(() -> robot.listWindows().stream().filter(w -> w.getScene().getRoot().lookup(id) != null).count() >= nth);
        return robot.listWindows().stream().map(w -> w.getScene().getRoot()).filter(r -> r.lookup(id) != null)
                .skip(nth - 1).findFirst().orElseThrow();
    }

    /** Waits for the preview's first page and returns its root. */
    private static Node preview(FxRobot robot) {
        Node root = window(robot, "#pageLabel", 1);
        Label page = (Label) root.lookup("#pageLabel");
        waitUntil(() -> page.getText().matches("第 1 页，共 \\d+ 页"));
        waitUntil(() -> ((javafx.scene.image.ImageView) root.lookup("#pageImage")).getImage() != null);
        return root;
    }

    private static void closePreview(FxRobot robot, Node root) {
        robot.interact(() -> ((Stage) root.getScene().getWindow()).close());
    }

    @Test
    void aFilingFormIsPreviewedWithoutALogEntryThenSavedAndLogged(FxRobot robot) throws Exception {
        showAs(robot, handler);
        selectFiling(robot);
        Button print = robot.lookup("#printFormButton").queryButton();
        assertFalse(print.isDisabled());
        robot.clickOn(print);
        Node preview = preview(robot);
        assertEquals("个人公众账号备案表", ((Stage) preview.getScene().getWindow()).getTitle());
        assertEquals(List.of(), harness.ledger.services.printLog().find(null, null), "a preview is not logged");

        Path pdf = dir.resolve("filing.pdf");
        harness.dialogs.files.add(pdf);
        robot.clickOn(robot.from(preview).lookup("#savePdfButton").queryButton());
        Label status = robot.from(preview).lookup("#statusLabel").queryAs(Label.class);
        waitUntil(() -> status.getText().startsWith("已保存"));
        assertEquals("个人公众账号备案表-张三.pdf", harness.dialogs.suggestedName);
        assertTrue(new String(Files.readAllBytes(pdf), 0, 5, java.nio.charset.StandardCharsets.US_ASCII).equals("%PDF-"));
        List<PrintLogEntry> log = harness.ledger.services.printLog().find(null, null);
        assertEquals(1, log.size());
        assertEquals("FORM_FILING", log.get(0).document());
        assertEquals("PDF", log.get(0).format());
        try (var stream = Files.list(dir)) {
            assertTrue(stream.noneMatch(f -> f.getFileName().toString().endsWith(".part")), "no partial file is left");
        }
        closePreview(robot, preview);
    }

    @Test
    void theCaseScreenPrintsItsPapersAndTheSelectedDecision(FxRobot robot) {
        showAs(robot, handler);
        openTab(robot, "casesTab");
        TableView<?> cases = robot.lookup("#caseTable").queryAs(TableView.class);
        waitUntil(() -> cases.getItems().size() == 1);
        robot.interact(() -> cases.getSelectionModel().select(0));
        robot.clickOn("#openButton");
        Node screen = window(robot, "#printMenu", 1);
        MenuButton menu = robot.from(screen).lookup("#printMenu").queryAs(MenuButton.class);
        waitUntil(() -> !menu.isDisabled());
        for (MenuItem item : menu.getItems()) {
            assertFalse(item.isDisable(), item.getText() + ": the case had a disposal step and a statement");
        }
        robot.clickOn(menu).clickOn("问题线索登记表…");
        Node intake = preview(robot);
        assertEquals("问题线索登记表", ((Stage) intake.getScene().getWindow()).getTitle());
        closePreview(robot, intake);

        robot.interact(() -> robot.from(screen).lookup("#tabs").queryAs(TabPane.class).getSelectionModel().select(3));
        TableView<?> outcomes = robot.from(screen).lookup("#outcomeTable").queryAs(TableView.class);
        Button decision = robot.from(screen).lookup("#printDecisionButton").queryButton();
        waitUntil(() -> outcomes.getItems().size() == 1);
        assertTrue(decision.isDisabled(), "nothing selected");
        robot.interact(() -> outcomes.getSelectionModel().select(0));
        robot.clickOn(decision);
        Node decisionPreview = preview(robot);
        assertEquals("处理决定（摘要）", ((Stage) decisionPreview.getScene().getWindow()).getTitle());
        closePreview(robot, decisionPreview);
        assertEquals(List.of(), harness.ledger.services.printLog().find(null, null), "previews are not logged");
    }

    @Test
    void theProfilePrintsTheDossier(FxRobot robot) {
        showAs(robot, handler);
        selectFiling(robot);
        robot.clickOn("#profileButton");
        Node profile = window(robot, "#printDossierButton", 1);
        Button dossier = robot.from(profile).lookup("#printDossierButton").queryButton();
        waitUntil(() -> !dossier.isDisabled());
        assertFalse(robot.from(profile).lookup("#dossierHint").queryAs(Label.class).isVisible());
        assertFalse(robot.from(profile).lookup("#printReportsButton").queryButton().isDisabled());
        robot.clickOn(dossier);
        Node preview = preview(robot);
        assertEquals("个人网络行为档案", ((Stage) preview.getScene().getWindow()).getTitle());
        closePreview(robot, preview);
    }

    @Test
    void aBranchSecretaryPrintsTheReportsButIsNotOfferedTheDossier(FxRobot robot) {
        showAs(robot, ledger.loginAs("zb1", zb1, Set.of(Role.BRANCH_SECRETARY)));
        selectFiling(robot);
        assertFalse(robot.lookup("#printFormButton").queryButton().isDisabled());
        robot.clickOn("#profileButton");
        Node profile = window(robot, "#printDossierButton", 1);
        Button reports = robot.from(profile).lookup("#printReportsButton").queryButton();
        waitUntil(() -> !reports.isDisabled());
        assertTrue(robot.from(profile).lookup("#printDossierButton").queryButton().isDisabled());
        assertTrue(robot.from(profile).lookup("#dossierHint").queryAs(Label.class).isVisible());
        robot.clickOn(reports);
        Node preview = preview(robot);
        assertEquals("以职务身份注册账号/建立群组报告登记表", ((Stage) preview.getScene().getWindow()).getTitle());
        closePreview(robot, preview);
    }
}
