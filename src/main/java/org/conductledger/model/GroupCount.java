package org.conductledger.model;

/** One figure of a grouped count: for organisation {@code orgId}, under {@code key} (a code, or a fixed name). */
public record GroupCount(long orgId, String key, long count) {
}
