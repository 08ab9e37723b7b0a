package org.conductledger.store;

import static org.conductledger.store.jooq.Tables.KEY_STORE;

import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.conductledger.model.LedgerException;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * A server ledger's key store: the pairs of a key file as rows of {@code key_store} (ADR 0018). A write
 * changes only the pairs this copy changed since it last read, in its own short transaction on its own
 * connection — like the file, a failed login is kept even when the work around it is rolled back — so
 * that instances changing different users' pairs at the same time do not undo each other.
 */
final class TableKeyStorage implements KeyStorage {

    private final Database database;
    private final Map<String, String> lastRead = new HashMap<>();

    TableKeyStorage(Database database) {
        this.database = database;
    }

    @Override
    public boolean exists() {
        return onOwnConnection(dsl -> dsl.fetchExists(KEY_STORE));
    }

    @Override
    public synchronized Properties read() {
        Properties p = new Properties();
        onOwnConnection(dsl -> {
            dsl.selectFrom(KEY_STORE).fetch().forEach(r -> p.setProperty(r.getName(), r.getEntryValue()));
            return null;
        });
        lastRead.clear();
        p.stringPropertyNames().forEach(name -> lastRead.put(name, p.getProperty(name)));
        return p;
    }

    @Override
    public synchronized void write(Properties pairs) {
        Map<String, String> now = new HashMap<>();
        pairs.stringPropertyNames().forEach(name -> now.put(name, pairs.getProperty(name)));
        onOwnConnection(dsl -> {
            dsl.transaction(c -> {
                DSLContext tx = c.dsl();
                for (Map.Entry<String, String> pair : now.entrySet()) {
                    if (!pair.getValue().equals(lastRead.get(pair.getKey()))) {
                        tx.insertInto(KEY_STORE).set(KEY_STORE.NAME, pair.getKey()).set(KEY_STORE.ENTRY_VALUE, pair.getValue())
                                .onConflict(KEY_STORE.NAME).doUpdate().set(KEY_STORE.ENTRY_VALUE, pair.getValue()).execute();
                    }
                }
                for (String gone : lastRead.keySet()) {
                    if (!now.containsKey(gone)) {
                        tx.deleteFrom(KEY_STORE).where(KEY_STORE.NAME.eq(gone)).execute();
                    }
                }
            });
            return null;
        });
        lastRead.clear();
        lastRead.putAll(now);
    }

    @Override
    public String describe() {
        return database.location().describe() + " (key_store)";
    }

    @Override
    public boolean keepsAnchor() {
        return false;
    }

    private <T> T onOwnConnection(java.util.function.Function<DSLContext, T> work) {
        try {
            return database.withJdbc(connection -> work.apply(DSL.using(connection, Database.dialect(database.location()))));
        } catch (org.jooq.exception.DataAccessException | IllegalStateException e) {
            throw new LedgerException(e, "error.keyFile.write", describe());
        }
    }

}
