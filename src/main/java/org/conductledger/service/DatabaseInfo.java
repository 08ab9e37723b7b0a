package org.conductledger.service;

import java.util.Map;

/** What {@code conduct-ledger info} reports about a database. */
public record DatabaseInfo(String file, String schemaVersion, String appSchemaVersion, Map<String, Integer> rowCounts) {
}
