package org.conductledger.store;

import java.util.LinkedHashMap;
import java.util.Map;
import org.conductledger.store.jooq.DefaultSchema;
import org.jooq.Table;

/** Row counts of every application table, for {@code conduct-ledger info}. */
public final class TableStatistics {

    private final Database database;

    public TableStatistics(Database database) {
        this.database = database;
    }

    /** Table name → row count, in name order; new tables appear here without code changes. */
    public Map<String, Integer> rowCounts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        DefaultSchema.DEFAULT_SCHEMA.getTables().stream()
                .sorted(java.util.Comparator.comparing(Table::getName))
                .forEach(table -> counts.put(table.getName(), database.dsl().fetchCount(table)));
        return counts;
    }
}
