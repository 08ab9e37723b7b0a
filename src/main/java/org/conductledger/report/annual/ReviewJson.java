package org.conductledger.report.annual;

import java.util.List;
import java.util.Map;
import org.conductledger.model.AnnualReview;
import org.conductledger.model.ReviewCounts;

/**
 * The annual review as JSON for other departments' tools. The key names are fixed (issue 8) and documented
 * in README.md; counts are integers; keyed counts are objects holding every key, zeros included.
 */
public final class ReviewJson {

    public String write(AnnualReview review) {
        StringBuilder out = new StringBuilder("{\n");
        field(out, 1, "org", quote(review.orgCode()));
        field(out, 1, "org_name", quote(review.orgName()));
        field(out, 1, "year", String.valueOf(review.year()));
        field(out, 1, "compiled_on", quote(review.compiledOn().toString()));
        counts(out, 1, review.totals());
        field(out, 1, "records_by_platform", object(review.recordsByPlatform()));
        field(out, 1, "intake_by_month", array(review.intakeByMonth()));
        field(out, 1, "appraisal_members", String.valueOf(review.appraisal().size()));
        field(out, 1, "members_without_entries", String.valueOf(review.membersWithoutEntries()));
        out.append("  \"by_org\": [");
        List<AnnualReview.OrgReview> orgs = review.byOrg();
        for (int i = 0; i < orgs.size(); i++) {
            AnnualReview.OrgReview o = orgs.get(i);
            out.append(i == 0 ? "\n" : ",\n").append("    {\n");
            field(out, 3, "org", quote(o.code()));
            field(out, 3, "org_name", quote(o.name()));
            field(out, 3, "depth", String.valueOf(o.depth()));
            counts(out, 3, o.counts());
            trimComma(out);
            out.append("    }");
        }
        out.append(orgs.isEmpty() ? "]\n" : "\n  ]\n").append("}\n");
        return out.toString();
    }

    private static void counts(StringBuilder out, int level, ReviewCounts c) {
        field(out, level, "members", c.members());
        field(out, level, "cadres", c.cadres());
        field(out, level, "members_with_records", c.membersWithRecords());
        field(out, level, "accounts_new", c.accountsNew());
        field(out, level, "accounts_active_year_end", c.accountsActiveYearEnd());
        field(out, level, "accounts_closed", c.accountsClosed());
        field(out, level, "groups_new", c.groupsNew());
        field(out, level, "groups_active_year_end", c.groupsActiveYearEnd());
        field(out, level, "groups_closed", c.groupsClosed());
        field(out, level, "filings_new", c.filingsNew());
        field(out, level, "filings_active_year_end", c.filingsActiveYearEnd());
        field(out, level, "filings_closed", c.filingsClosed());
        field(out, level, "late_reports", c.lateReports());
        field(out, level, "confirmations_confirmed", c.confirmationsConfirmed());
        field(out, level, "confirmations_missing", c.confirmationsMissing());
        field(out, level, "confirmation_rounds_open", c.roundsOpen());
        field(out, level, "reports_received", c.reportsReceived());
        field(out, level, "reports_by_source", object(c.reportsBySource()));
        field(out, level, "reports_by_category", object(c.reportsByCategory()));
        field(out, level, "disposals", object(c.disposals()));
        field(out, level, "cases_opened", c.casesOpened());
        field(out, level, "cases_closed", c.casesClosed());
        field(out, level, "cases_overdue", c.casesOverdue());
        field(out, level, "outcomes_by_type", object(c.outcomesByType()));
        field(out, level, "appeals", c.appeals());
        field(out, level, "appeals_by_result", object(c.appealsByResult()));
        field(out, level, "accountability", c.accountability());
        field(out, level, "commendations", c.commendations());
        field(out, level, "clarifications", c.clarifications());
    }

    private static void field(StringBuilder out, int level, String key, long value) {
        field(out, level, key, String.valueOf(value));
    }

    private static void field(StringBuilder out, int level, String key, String json) {
        out.append("  ".repeat(level)).append(quote(key)).append(": ").append(json).append(",\n");
    }

    private static void trimComma(StringBuilder out) {
        int at = out.lastIndexOf(",\n");
        if (at == out.length() - 2) {
            out.delete(at, at + 1);
        }
    }

    private static String object(Map<String, Long> map) {
        StringBuilder out = new StringBuilder("{");
        map.forEach((k, v) -> out.append(out.length() == 1 ? "" : ", ").append(quote(k)).append(": ").append(v));
        return out.append('}').toString();
    }

    private static String array(List<Long> values) {
        return values.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(", ", "[", "]"));
    }

    static String quote(String text) {
        return org.conductledger.exchange.JsonText.quote(text);
    }
}
