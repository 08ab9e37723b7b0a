package org.conductledger.report.annual;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.conductledger.exchange.TableData;
import org.conductledger.i18n.Messages;
import org.conductledger.model.AnnualReview;
import org.conductledger.model.AppraisalLine;
import org.conductledger.model.CaseSource;
import org.conductledger.model.CaseStage;
import org.conductledger.model.ReviewCounts;

/**
 * The annual review's tables — the same rows on screen, in the PDF and in the .xlsx (one sheet each): the
 * summary, the organisations, the keyed breakdowns, the chart series and the appraisal reference list.
 */
public final class ReviewTables {

    private final Messages messages;

    public ReviewTables(Messages messages) {
        this.messages = messages;
    }

    public List<TableData> all(AnnualReview review) {
        return List.of(summary(review), byOrg(review), bySource(review), byCategory(review), disposals(review),
                outcomes(review), appeals(review), byPlatform(review), byMonth(review), appraisal(review));
    }

    private String t(String key, Object... args) {
        return messages.get(key, args);
    }

    public TableData summary(AnnualReview review) {
        List<List<Object>> rows = new ArrayList<>();
        for (ReviewFigure f : ReviewFigure.values()) {
            rows.add(List.of(t(f.labelKey()), f.of(review.totals())));
        }
        return new TableData(t("annual.sheet.summary"), List.of(t("annual.col.item"), t("annual.col.count")), rows);
    }

    public TableData byOrg(AnnualReview review) {
        List<String> headers = new ArrayList<>(List.of(t("annual.col.orgCode"), t("annual.col.org")));
        for (ReviewFigure f : ReviewFigure.values()) {
            headers.add(t(f.labelKey()));
        }
        List<List<Object>> rows = new ArrayList<>();
        for (AnnualReview.OrgReview o : review.byOrg()) {
            rows.add(orgRow(o.code(), "　".repeat(Math.max(0, o.depth())) + o.name(), o.counts()));
        }
        rows.add(orgRow("", t("annual.total"), review.totals()));
        return new TableData(t("annual.sheet.byOrg"), headers, rows);
    }

    private static List<Object> orgRow(String code, String name, ReviewCounts counts) {
        List<Object> row = new ArrayList<>(List.of(code, name));
        for (ReviewFigure f : ReviewFigure.values()) {
            row.add(f.of(counts));
        }
        return row;
    }

    public TableData bySource(AnnualReview review) {
        List<List<Object>> rows = new ArrayList<>();
        review.totals().reportsBySource().forEach((k, v) -> rows.add(List.of(messages.label(CaseSource.valueOf(k)), v)));
        return new TableData(t("annual.sheet.bySource"), List.of(t("annual.col.source"), t("annual.col.count")), rows);
    }

    public TableData byCategory(AnnualReview review) {
        return keyed(t("annual.sheet.byCategory"), t("annual.col.category"), review.totals().reportsByCategory(), review);
    }

    public TableData outcomes(AnnualReview review) {
        return keyed(t("annual.sheet.outcomes"), t("annual.col.outcomeType"), review.totals().outcomesByType(), review);
    }

    private TableData keyed(String sheet, String what, Map<String, Long> counts, AnnualReview review) {
        List<List<Object>> rows = new ArrayList<>();
        counts.forEach((k, v) -> rows.add(List.of(k, review.name(k), v)));
        return new TableData(sheet, List.of(t("annual.col.code"), what, t("annual.col.count")), rows);
    }

    public TableData disposals(AnnualReview review) {
        List<List<Object>> rows = new ArrayList<>();
        for (CaseStage stage : CaseStage.values()) {
            if (stage.isDisposal()) {
                rows.add(List.of(stage.disposalCode(), messages.label(stage),
                        review.totals().disposals().getOrDefault(stage.disposalCode(), 0L)));
            }
        }
        return new TableData(t("annual.sheet.disposals"), List.of(t("annual.col.code"), t("annual.col.disposal"),
                t("annual.col.count")), rows);
    }

    public TableData appeals(AnnualReview review) {
        List<List<Object>> rows = new ArrayList<>();
        review.totals().appealsByResult().forEach((k, v) -> rows.add(List.of(t("annual.appeal." + k), v)));
        return new TableData(t("annual.sheet.appeals"), List.of(t("annual.col.appealResult"), t("annual.col.count")), rows);
    }

    public TableData byPlatform(AnnualReview review) {
        List<List<Object>> rows = new ArrayList<>();
        review.recordsByPlatform().forEach((k, v) -> rows.add(List.of(review.name(k), v)));
        return new TableData(t("annual.sheet.byPlatform"), List.of(t("annual.col.platform"), t("annual.col.activeRecords")),
                rows);
    }

    public TableData byMonth(AnnualReview review) {
        List<List<Object>> rows = new ArrayList<>();
        for (int m = 0; m < 12; m++) {
            rows.add(List.of(t("annual.month", m + 1), review.intakeByMonth().get(m)));
        }
        return new TableData(t("annual.sheet.byMonth"), List.of(t("annual.col.month"), t("annual.col.reports")), rows);
    }

    public TableData appraisal(AnnualReview review) {
        List<List<Object>> rows = new ArrayList<>();
        int n = 0;
        for (AppraisalLine line : review.appraisal()) {
            rows.add(List.of(++n, line.orgName(), line.name(), filings(line), join(line.findings()), join(line.outcomes()),
                    join(line.commendations()), join(line.clarifications())));
        }
        return new TableData(t("annual.sheet.appraisal"), List.of(t("annual.col.no"), t("annual.col.org"),
                t("annual.col.name"), t("annual.col.filings"), t("annual.col.findings"), t("annual.col.outcomes"),
                t("annual.col.commendations"), t("annual.col.clarifications")), rows);
    }

    private String filings(AppraisalLine line) {
        List<String> parts = line.filings().stream().map(f -> messages.label(f.kind()) + "：" + f.text()).toList();
        return join(parts);
    }

    private String join(List<String> parts) {
        return parts.isEmpty() ? t("annual.none") : String.join("；", parts);
    }
}
