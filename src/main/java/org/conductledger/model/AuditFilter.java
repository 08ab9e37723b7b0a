package org.conductledger.model;

import java.time.Instant;

/** What the audit viewer filters by; null or blank fields do not filter. At most {@code limit} entries, newest first. */
public record AuditFilter(String username, AuditAction action, String objectType, Instant from, Instant to, int limit) {
}
