package org.conductledger.service;

import java.util.Map;
import org.conductledger.model.Permission;
import org.conductledger.model.Session;
import org.conductledger.store.Database;
import org.conductledger.store.TableStatistics;

/** Schema version of the open database, and (for administrators) its row counts. */
public final class DatabaseInfoService {

    private final Session session;
    private final Database database;
    private final TableStatistics statistics;

    public DatabaseInfoService(Session session, Database database, TableStatistics statistics) {
        this.session = session;
        this.database = database;
        this.statistics = statistics;
    }

    /** Row counts span every organisation, so only system administrators see them. */
    public DatabaseInfo info() {
        Map<String, Integer> counts = session.has(Permission.SETTINGS_MANAGE) ? statistics.rowCounts() : Map.of();
        return new DatabaseInfo(database.location().describe(), database.schemaVersion(),
                database.latestKnownVersion(), counts, database.isServer());
    }
}
