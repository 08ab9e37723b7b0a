package org.conductledger.service;

import org.conductledger.store.Database;
import org.conductledger.store.DatabaseKey;
import org.conductledger.store.KeyFile;

/** An unlocked ledger: the open database, its key file, and the database key (in memory only). */
public record OpenLedger(Database database, KeyFile keyFile, DatabaseKey key) implements AutoCloseable {

    @Override
    public void close() {
        database.close();
    }
}
