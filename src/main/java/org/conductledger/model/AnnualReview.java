package org.conductledger.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The annual review of an organisation's subtree for one year, computed once (service
 * {@code AnnualReviewService}) and then shown on screen, printed as PDF, written as .xlsx and JSON — so the
 * four always agree. {@code totals} is the sum of {@code byOrg}. The chart series are keyed by code with
 * their names in {@code names}; {@code intakeByMonth} has twelve entries, January first.
 */
public record AnnualReview(long orgId, String orgCode, String orgName, int year, LocalDate compiledOn,
                           ReviewCounts totals, List<OrgReview> byOrg, Map<String, Long> recordsByPlatform,
                           List<Long> intakeByMonth, Map<String, String> names, List<AppraisalLine> appraisal,
                           long membersWithoutEntries) {

    public AnnualReview {
        byOrg = List.copyOf(byOrg);
        recordsByPlatform = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(recordsByPlatform));
        intakeByMonth = List.copyOf(intakeByMonth);
        names = Map.copyOf(names);
        appraisal = List.copyOf(appraisal);
    }

    /** One organisation's own figures (records attached to it, not to the organisations below it). */
    public record OrgReview(long orgId, String code, String name, int depth, ReviewCounts counts) {
    }

    /** The display name of a code (category, outcome type, platform, source or disposal); the code if unknown. */
    public String name(String code) {
        return names.getOrDefault(code, code);
    }
}
