package org.conductledger.model;

import java.time.Instant;

/** One link of the audit chain. {@code hash} covers every other field, {@code prevHash} included. */
public record AuditEntry(long seq, Instant occurredAt, Long userId, String username, Long orgId, String action,
                         String objectType, String objectId, String summary, String result, String host,
                         String prevHash, String hash) {

    public static final String SUCCESS = "SUCCESS";
    public static final String FAILURE = "FAILURE";
    /** The "previous hash" of the first entry. */
    public static final String GENESIS = "0".repeat(64);
}
