package org.conductledger.report.annual;

import java.util.ArrayList;
import java.util.List;
import org.conductledger.exchange.TableData;
import org.conductledger.i18n.Messages;
import org.conductledger.model.AnnualReview;
import org.conductledger.report.pdf.BarChart;
import org.conductledger.report.pdf.Cell;
import org.conductledger.report.pdf.DocumentOptions;
import org.conductledger.report.pdf.FontSet;
import org.conductledger.report.pdf.Grid;
import org.conductledger.report.pdf.PdfComposer;
import org.conductledger.report.pdf.TableOptions;
import org.conductledger.report.pdf.TablePdf;
import org.conductledger.report.pdf.TextStyle;

/**
 * The annual review as an A4 document: title, the summary, the breakdowns each with its chart (vector bars),
 * the organisations' figures in three narrower tables, the appraisal reference list, and the compiling
 * organisation's signature block. Every number comes from {@link ReviewTables}, as in the workbook.
 */
public final class ReviewPdfWriter implements ReviewPdf {

    /** The organisations' figures in groups that fit a portrait page: members and registers, 年审 and cases, the rest. */
    private static final int[][] ORG_GROUPS = {
        {0, 1, 2, 3, 4, 5, 6, 7, 8}, {9, 10, 11, 12, 13, 14, 15, 16}, {17, 18, 19, 20, 21, 22, 23}};

    private final FontSet fonts;
    private final Messages messages;

    public ReviewPdfWriter(FontSet fonts, Messages messages) {
        this.fonts = fonts;
        this.messages = messages;
    }

    private String t(String key, Object... args) {
        return messages.get(key, args);
    }

    @Override
    public byte[] render(AnnualReview review) {
        ReviewTables tables = new ReviewTables(messages);
        TablePdf tablePdf = new TablePdf(fonts);
        TableOptions cells = TableOptions.of(null).portrait().withFontSize(TextStyle.SIZE_5);
        PdfComposer doc = new PdfComposer(fonts, DocumentOptions.portrait().withMark(t("annual.pdf.mark"))
                .withTitle(t("annual.pdf.title")));
        doc.title(t("annual.pdf.title"));
        doc.subtitle(t("annual.pdf.subtitle", review.orgName(), String.valueOf(review.year())));
        doc.text(t("annual.pdf.compiled", String.valueOf(review.compiledOn().getYear()),
                String.valueOf(review.compiledOn().getMonthValue()), String.valueOf(review.compiledOn().getDayOfMonth())), TextStyle.NOTE.withAlign(org.conductledger.report.pdf.Align.CENTER));
        doc.space(2);

        heading(doc, t("annual.pdf.h.summary"));
        table(doc, tablePdf.grid(doc, tables.summary(review), cells));

        heading(doc, t("annual.pdf.h.reports"));
        table(doc, tablePdf.grid(doc, tables.bySource(review), cells));
        table(doc, tablePdf.grid(doc, tables.disposals(review), cells));
        chart(doc, BarChart.vertical(t("annual.chart.byMonth"), bars(tables.byMonth(review), 0, 1)));
        table(doc, tablePdf.grid(doc, tables.byCategory(review), cells));
        chart(doc, BarChart.horizontal(t("annual.chart.byCategory"), bars(tables.byCategory(review), 1, 2)));

        heading(doc, t("annual.pdf.h.outcomes"));
        table(doc, tablePdf.grid(doc, tables.outcomes(review), cells));
        chart(doc, BarChart.horizontal(t("annual.chart.outcomes"), bars(tables.outcomes(review), 1, 2)));
        table(doc, tablePdf.grid(doc, tables.appeals(review), cells));

        heading(doc, t("annual.pdf.h.registers"));
        TableData platforms = tables.byPlatform(review);
        table(doc, tablePdf.grid(doc, platforms, cells));
        chart(doc, BarChart.horizontal(t("annual.chart.byPlatform"), bars(platforms, 0, 1)));

        doc.newPage();
        heading(doc, t("annual.pdf.h.byOrg"));
        TableData byOrg = tables.byOrg(review);
        for (int[] group : ORG_GROUPS) {
            table(doc, tablePdf.grid(doc, columns(byOrg, group), cells));
        }

        doc.newPage();
        heading(doc, t("annual.pdf.h.appraisal"));
        doc.text(t("annual.pdf.appraisalNote", review.appraisal().size(), review.membersWithoutEntries()), TextStyle.NOTE);
        table(doc, tablePdf.grid(doc, tables.appraisal(review), cells.withFontSize(9f)));

        doc.space(6);
        doc.grid(new Grid(1, 1).row(
                Cell.signature(t("annual.pdf.sign.compiler"), 22, t("annual.pdf.sign.date")),
                Cell.signature(t("annual.pdf.sign.org"), 22, t("annual.pdf.sign.seal"), t("annual.pdf.sign.date"))));
        return doc.toBytes();
    }

    private static void heading(PdfComposer doc, String text) {
        doc.keep(45).heading(text);
    }

    /** A table, with space under it so that the next one does not join it. */
    private static void table(PdfComposer doc, Grid grid) {
        doc.grid(grid).space(3);
    }

    private static void chart(PdfComposer doc, BarChart chart) {
        doc.drawing(chart.height(), chart);
    }

    private static List<BarChart.Bar> bars(TableData table, int label, int value) {
        List<BarChart.Bar> bars = new ArrayList<>();
        for (List<Object> row : table.rows()) {
            bars.add(new BarChart.Bar(String.valueOf(row.get(label)), ((Number) row.get(value)).longValue()));
        }
        return bars;
    }

    /** The organisation name and the figures {@code figures} (by position after code and name). */
    private static TableData columns(TableData byOrg, int[] figures) {
        List<String> headers = new ArrayList<>(List.of(byOrg.headers().get(1)));
        for (int f : figures) {
            headers.add(byOrg.headers().get(2 + f));
        }
        List<List<Object>> rows = new ArrayList<>();
        for (List<Object> row : byOrg.rows()) {
            List<Object> cells = new ArrayList<>(List.of(row.get(1)));
            for (int f : figures) {
                cells.add(row.get(2 + f));
            }
            rows.add(cells);
        }
        return new TableData(byOrg.sheetName(), headers, rows);
    }
}
