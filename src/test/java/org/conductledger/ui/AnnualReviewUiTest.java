package org.conductledger.ui;

import static org.conductledger.ui.UiHarness.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.conductledger.model.AnnualReview;
import org.conductledger.model.PrintLogEntry;
import org.conductledger.model.Progress;
import org.conductledger.service.ReviewSeed;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The organisation department compiles the annual review from the 报表 menu: the figures on screen are the
 * service's, the charts have their series, the workbook is saved (and logged), and the preview shows the
 * PDF's pages; printing without a printer says so in Chinese.
 */
@ExtendWith(ApplicationExtension.class)
class AnnualReviewUiTest {

    @TempDir
    Path dir;
    UiHarness harness;
    AnnualReview expected;

    @Start
    void start(Stage stage) {
        harness = new UiHarness(dir);
        ReviewSeed.into(harness.ledger);
        expected = harness.ledger.services.reviews().compile(harness.ledger.root().id(), ReviewSeed.YEAR, Progress.NONE);
        harness.show(stage);
    }

    @AfterEach
    void close() {
        harness.close();
    }

    private static Node root(FxRobot robot, String title) {
        waitUntil(() -> robot.listWindows().stream().anyMatch(w -> w instanceof Stage s && title.equals(s.getTitle())));
        Window window = robot.listWindows().stream().filter(w -> w instanceof Stage s && title.equals(s.getTitle()))
                .findFirst().orElseThrow();
        return window.getScene().getRoot();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theReviewIsCompiledShownChartedSavedAndPreviewed(FxRobot robot) throws Exception {
        robot.clickOn((Node n) -> n instanceof javafx.scene.control.Labeled l && l.getText() != null
                && l.getText().startsWith("报表("))
                .clickOn("年度网络行为管理工作报告…");
        Node review = root(robot, "年度网络行为管理工作报告");
        Spinner<Integer> year = robot.from(review).lookup("#yearSpinner").queryAs(Spinner.class);
        robot.interact(() -> year.getValueFactory().setValue(ReviewSeed.YEAR));
        waitUntil(() -> robot.from(review).lookup("#orgChoice").queryComboBox().getValue() != null);
        robot.clickOn(robot.from(review).lookup("#compileButton").queryButton());
        TabPane tabs = robot.from(review).lookup("#tabs").queryAs(TabPane.class);
        waitUntil(() -> tabs.getTabs().size() == 11);
        assertEquals("总体情况", tabs.getTabs().get(0).getText());
        TableView<List<Object>> summary = (TableView<List<Object>>) tabs.getTabs().get(0).getContent();
        assertEquals("党员人数", summary.getItems().get(0).get(0));
        assertEquals(expected.totals().members(), summary.getItems().get(0).get(1));
        Tab byOrg = tabs.getTabs().stream().filter(t -> t.getText().equals("分组织情况")).findFirst().orElseThrow();
        assertEquals(expected.byOrg().size() + 1, ((TableView<?>) byOrg.getContent()).getItems().size());
        BarChart<String, Number> months = robot.from(review).lookup("#monthChart").queryAs(BarChart.class);
        assertEquals(12, months.getData().get(0).getData().size());
        assertEquals(expected.intakeByMonth().get(0), months.getData().get(0).getData().get(0).getYValue());
        Label status = robot.from(review).lookup("#statusLabel").queryAs(Label.class);
        assertTrue(status.getText().contains("年度报告已编制"), status.getText());
        assertEquals(List.of("测试党委 2025 年度报告已编制完成。"), harness.dialogs.notes, "a note when the work is done");

        Path xlsx = dir.resolve("review.xlsx");
        harness.dialogs.files.add(xlsx);
        robot.clickOn(robot.from(review).lookup("#saveXlsxButton").queryButton());
        waitUntil(() -> Files.exists(xlsx) && status.getText().startsWith("已保存"));
        List<PrintLogEntry> log = harness.ledger.services.printLog().find(null, null);
        assertEquals("ANNUAL", log.get(0).document());
        assertEquals("XLSX", log.get(0).format());

        robot.clickOn(robot.from(review).lookup("#previewButton").queryButton());
        waitUntil(() -> robot.listWindows().size() >= 3);
        Node previewRoot = robot.listWindows().stream().map(w -> w.getScene().getRoot())
                .filter(r -> r.lookup("#pageLabel") != null).findFirst().orElseThrow();
        Label page = (Label) previewRoot.lookup("#pageLabel");
        waitUntil(() -> page.getText().startsWith("第 1 页，共 "));
        waitUntil(() -> ((javafx.scene.image.ImageView) previewRoot.lookup("#pageImage")).getImage() != null);
        robot.clickOn(robot.from(previewRoot).lookup("#nextButton").queryButton());
        waitUntil(() -> page.getText().startsWith("第 2 页"));
        assertEquals(1, harness.ledger.services.printLog().find(null, null).size(), "a preview is not logged");

        // Without a printer (as on the build machines) 打印… says so in Chinese and logs nothing; with one it
        // would open the system's print dialog, which a headless test cannot answer.
        org.junit.jupiter.api.Assumptions.assumeTrue(javafx.print.Printer.getDefaultPrinter() == null
                && javafx.print.Printer.getAllPrinters().isEmpty(), "a printer is installed");
        robot.clickOn(robot.from(previewRoot).lookup("#printButton").queryButton());
        waitUntil(() -> robot.listWindows().stream().anyMatch(w -> w.getScene().getRoot()
                .lookupAll(".label").stream().anyMatch(n -> n instanceof Label l && l.getText() != null
                        && l.getText().contains("本机没有可用的打印机"))));
        robot.clickOn("确定");
        assertEquals(1, harness.ledger.services.printLog().find(null, null).size(), "a print that never started is not logged");
    }
}
