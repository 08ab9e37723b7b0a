package org.conductledger.service;

import org.conductledger.store.Database;
import org.conductledger.store.TableStatistics;

/** Schema version and row counts of the open database. */
public final class DatabaseInfoService {

    private final Database database;
    private final TableStatistics statistics;

    public DatabaseInfoService(Database database, TableStatistics statistics) {
        this.database = database;
        this.statistics = statistics;
    }

    public DatabaseInfo info() {
        return new DatabaseInfo(database.location().file().toString(), database.schemaVersion(),
                database.latestKnownVersion(), statistics.rowCounts());
    }
}
