package org.conductledger.model;

import java.time.Instant;

/** What the audit viewer filters by; null or blank fields do not filter. At most {@code limit} entries, newest first. */
public record AuditFilter(String username, AuditAction action, String objectType, Instant from, Instant to, int limit) {

    /** The criteria in use, as "; key: value" parts for an audit summary (empty when nothing filters). */
    public String describe() {
        StringBuilder out = new StringBuilder();
        if (username != null && !username.isBlank()) {
            out.append("; username: ").append(username.strip());
        }
        if (action != null) {
            out.append("; action: ").append(action.name());
        }
        if (objectType != null && !objectType.isBlank()) {
            out.append("; objectType: ").append(objectType.strip());
        }
        if (from != null) {
            out.append("; from: ").append(from);
        }
        if (to != null) {
            out.append("; to: ").append(to);
        }
        return out.toString();
    }
}
