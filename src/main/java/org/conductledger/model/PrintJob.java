package org.conductledger.model;

import java.util.List;

/**
 * One print or export to log: what was produced ({@code document}, e.g. {@code FORM_FILING},
 * {@code REGISTER_CASES}, {@code ANNUAL}, {@code LIST_MEMBERS}), in which {@code format} (PDF, XLSX, CSV, JSON,
 * PRINTER), for which organisation's subtree (null for a single-record form), which records, and a summary
 * (period, options) in plain words.
 */
public record PrintJob(PrintAction action, String document, String format, Long subjectOrgId, List<Long> recordIds,
                       int recordCount, String summary) {

    public PrintJob {
        recordIds = recordIds == null ? List.of() : List.copyOf(recordIds);
    }

    /** A single-record form (or a member's dossier) written to a file or a printer. */
    public static PrintJob form(PrintAction action, String document, String format, long recordId, String summary) {
        return new PrintJob(action, document, format, null, List.of(recordId), 1, summary);
    }

    /** The record ids as stored: comma-separated, cut with "…" before {@code max} characters. */
    public String recordIdsText(int max) {
        StringBuilder text = new StringBuilder();
        for (Long id : recordIds) {
            String next = (text.length() == 0 ? "" : ",") + id;
            if (text.length() + next.length() > max - 1) {
                return text.append('…').toString();
            }
            text.append(next);
        }
        return text.toString();
    }
}
