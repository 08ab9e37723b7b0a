package org.conductledger.model;

import java.time.Instant;

/** A row of the print log (SUP-style 打印登记): who produced which document, of which records, when. */
public record PrintLogEntry(long id, Instant occurredAt, String username, long orgId, String orgName, PrintAction action,
                            String document, String format, Long subjectOrgId, String subjectOrgName, String recordIds,
                            int recordCount, String summary) {
}
