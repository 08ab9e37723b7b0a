package org.conductledger.service;

import java.util.Map;

/**
 * What {@code conduct-ledger info} reports about a database: {@code file} is the embedded file's path, or
 * for a ledger on a server ({@code server}) its host:port/database.
 */
public record DatabaseInfo(String file, String schemaVersion, String appSchemaVersion, Map<String, Integer> rowCounts,
                           boolean server) {

    public DatabaseInfo(String file, String schemaVersion, String appSchemaVersion, Map<String, Integer> rowCounts) {
        this(file, schemaVersion, appSchemaVersion, rowCounts, false);
    }
}
