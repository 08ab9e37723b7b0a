package org.conductledger.model;

import java.util.List;

/**
 * One member's line of the appraisal reference list (民主评议 / 组织生活会, 2024 规定 第二十七条): what the year
 * brought — reports and filings made, problems found (the categories behind decisions), decisions,
 * commendations and name-clearings — each as short texts.
 */
public record AppraisalLine(long memberId, String name, String orgName, List<Filing> filings, List<String> findings,
                            List<String> outcomes, List<String> commendations, List<String> clarifications) {

    /** A report or filing made in the year: its kind and "platform“name”". */
    public record Filing(RegisterKind kind, String text) {
    }

    public AppraisalLine {
        filings = List.copyOf(filings);
        findings = List.copyOf(findings);
        outcomes = List.copyOf(outcomes);
        commendations = List.copyOf(commendations);
        clarifications = List.copyOf(clarifications);
    }
}
