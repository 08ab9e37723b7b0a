package org.conductledger.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.conductledger.model.LedgerException;
import org.conductledger.store.jooq.DefaultSchema;
import org.jooq.Condition;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.ForeignKey;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.impl.DSL;

/**
 * Copies every table of one ledger database into another, freshly migrated one (migrate-to, ADR 0018):
 * row for row with the same keys, in one transaction on the target. Tables go in an order where every
 * NOT NULL reference points at a table already copied; a nullable reference that would point forward
 * (organisations' parents, a secretary who is a member, superseded register records) is written empty
 * first and filled in once every row is there. Identity counters are then moved past the copied keys.
 */
public final class LedgerCopy {

    private static final int BATCH = 500;

    private final Database source;
    private final Database target;

    public LedgerCopy(Database source, Database target) {
        this.source = source;
        this.target = target;
    }

    /** Whether the target holds no ledger yet: no user, no organisation, no audit entry. */
    public boolean targetIsEmpty() {
        DSLContext t = target.dsl();
        return !t.fetchExists(org.conductledger.store.jooq.Tables.APP_USER)
                && !t.fetchExists(org.conductledger.store.jooq.Tables.ORGANISATION)
                && !t.fetchExists(org.conductledger.store.jooq.Tables.AUDIT_ENTRY);
    }

    /** Copies everything; returns the rows per table (as read from the source). */
    public Map<String, Integer> copy() {
        List<Table<?>> order = insertionOrder(tables());
        Map<String, Integer> counts = new LinkedHashMap<>();
        source.inTransaction(() -> target.inTransaction(() -> {
            DSLContext to = target.dsl();
            for (int i = order.size() - 1; i >= 0; i--) {
                to.deleteFrom(order.get(i)).execute();   // the reference rows the migrations seeded
            }
            Set<Table<?>> done = new LinkedHashSet<>();
            List<Runnable> fillIns = new ArrayList<>();
            for (Table<?> table : order) {
                Set<Field<?>> later = forwardColumns(table, done);
                counts.put(table.getName(), copyTable(table, later, fillIns));
                done.add(table);
            }
            fillIns.forEach(Runnable::run);
            if (target.isServer()) {
                resetIdentities(order);
            }
            return null;
        }));
        return counts;
    }

    /** Rows per table in {@code database}, for the check after the copy. */
    public static Map<String, Integer> counts(Database database) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Table<?> table : tables()) {
            counts.put(table.getName(), database.dsl().fetchCount(table));
        }
        return counts;
    }

    /** Every table of the ledger but the key store, which is copied from the key file instead. */
    private static List<Table<?>> tables() {
        List<Table<?>> tables = new ArrayList<>(DefaultSchema.DEFAULT_SCHEMA.getTables());
        tables.remove(org.conductledger.store.jooq.Tables.KEY_STORE);
        return tables;
    }

    /**
     * Tables ordered so that every reference points backwards where possible; a cycle (an organisation's
     * secretary is a member of it) is broken at a nullable reference. Throws on a NOT NULL cycle.
     */
    static List<Table<?>> insertionOrder(List<Table<?>> tables) {
        List<Table<?>> order = new ArrayList<>();
        Set<Table<?>> remaining = new LinkedHashSet<>(tables);
        while (!remaining.isEmpty()) {
            Table<?> next = remaining.stream()
                    .filter(t -> t.getReferences().stream().allMatch(fk -> sameTable(fk, t) || !remaining.contains(fk.getKey().getTable())))
                    .findFirst()
                    .or(() -> remaining.stream()
                            .filter(t -> t.getReferences().stream().allMatch(fk -> nullable(fk) || sameTable(fk, t)
                                    || !remaining.contains(fk.getKey().getTable())))
                            .findFirst())
                    .orElseThrow(() -> new IllegalStateException("NOT NULL reference cycle among " + remaining));
            order.add(next);
            remaining.remove(next);
        }
        return order;
    }

    private static boolean sameTable(ForeignKey<?, ?> fk, Table<?> table) {
        return fk.getKey().getTable().equals(table);
    }

    private static boolean nullable(ForeignKey<?, ?> fk) {
        return fk.getFields().stream().allMatch(f -> f.getDataType().nullable());
    }

    /** The nullable reference columns of {@code table} pointing at itself or at a table not copied yet. */
    private static Set<Field<?>> forwardColumns(Table<?> table, Set<Table<?>> done) {
        Set<Field<?>> later = new LinkedHashSet<>();
        for (ForeignKey<?, ?> fk : table.getReferences()) {
            if (nullable(fk) && (sameTable(fk, table) || !done.contains(fk.getKey().getTable()))) {
                later.addAll(fk.getFields());
            }
        }
        return later;
    }

    private int copyTable(Table<?> table, Set<Field<?>> later, List<Runnable> fillIns) {
        Field<?>[] fields = table.fields();
        List<TableField<?, ?>> key = keyOf(table);
        int rows = 0;
        List<Record> batch = new ArrayList<>(BATCH);
        List<Record> deferred = new ArrayList<>();
        try (Cursor<? extends Record> cursor = source.dsl().selectFrom(table).orderBy(key.toArray(new Field<?>[0])).fetchLazy()) {
            for (Record r : cursor) {
                Record copy = target.dsl().newRecord(fields);
                copy.from(r, fields);
                boolean needsFillIn = false;
                for (Field<?> f : later) {
                    if (r.get(f) != null) {
                        copy.set(f, null);
                        needsFillIn = true;
                    }
                }
                if (needsFillIn) {
                    deferred.add(r);
                }
                batch.add(copy);
                rows++;
                if (batch.size() == BATCH) {
                    insert(table, fields, batch);
                }
            }
        }
        insert(table, fields, batch);
        if (!deferred.isEmpty()) {
            fillIns.add(() -> fillIn(table, key, later, deferred));
        }
        return rows;
    }

    private void insert(Table<?> table, Field<?>[] fields, List<Record> batch) {
        if (batch.isEmpty()) {
            return;
        }
        var insert = target.dsl().insertInto(table).columns(fields);
        for (Record r : batch) {
            insert = insert.values(r.intoArray());
        }
        insert.execute();
        batch.clear();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void fillIn(Table<?> table, List<TableField<?, ?>> key, Set<Field<?>> later, List<Record> rows) {
        DSLContext to = target.dsl();
        List<org.jooq.Query> updates = new ArrayList<>();
        for (Record r : rows) {
            var update = to.update(table).set((Field) later.iterator().next(), r.get(later.iterator().next()));
            org.jooq.UpdateSetMoreStep step = (org.jooq.UpdateSetMoreStep) update;
            for (Field<?> f : later) {
                step = step.set((Field) f, r.get(f));
            }
            Condition where = DSL.noCondition();
            for (TableField<?, ?> k : key) {
                where = where.and(((Field) k).eq(r.get(k)));
            }
            updates.add(step.where(where));
            if (updates.size() == BATCH) {
                to.batch(updates).execute();
                updates.clear();
            }
        }
        if (!updates.isEmpty()) {
            to.batch(updates).execute();
        }
    }

    private static List<TableField<?, ?>> keyOf(Table<?> table) {
        if (table.getPrimaryKey() == null) {
            throw new LedgerException("error.migrate.noKey", table.getName());
        }
        return new ArrayList<>(table.getPrimaryKey().getFields());
    }

    /** PostgreSQL's identity counters start at 1 whatever rows exist: move each past the highest copied key. */
    private void resetIdentities(List<Table<?>> tables) {
        for (Table<?> table : tables) {
            Field<?> identity = table.getIdentity() == null ? null : table.getIdentity().getField();
            if (identity == null) {
                continue;
            }
            target.dsl().fetch("select setval(pg_get_serial_sequence({0}, {1}), coalesce(max(" + identity.getName()
                    + "), 0) + 1, false) from " + table.getName(), DSL.inline(table.getName()), DSL.inline(identity.getName()));
        }
    }
}
