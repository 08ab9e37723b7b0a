package org.conductledger.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.jooq.Field;
import org.jooq.Table;

/**
 * One INSERT statement run as JDBC batches on the connection of the caller's transaction: the fast path of
 * {@link BulkLoader} (a prepared statement reused for every row, a round trip per batch, generated keys read
 * back in order). The SQL names the generated tables and fields, so a migration that renames one breaks the build.
 */
final class BulkInsert<T> {

    static final int BATCH = 1_000;

    /** Sets the parameters of one row. */
    @FunctionalInterface
    interface Binder<T> {
        void bind(Params p, T row) throws SQLException;
    }

    private final String sql;
    private final boolean keys;
    private final Binder<T> binder;

    BulkInsert(Table<?> table, boolean keys, Binder<T> binder, Field<?>... fields) {
        this("INSERT INTO " + table.getName() + " (" + Arrays.stream(fields).map(Field::getName)
                .collect(Collectors.joining(", ")) + ") VALUES (" + "?, ".repeat(fields.length - 1) + "?)", keys, binder);
    }

    private BulkInsert(String sql, boolean keys, Binder<T> binder) {
        this.sql = sql;
        this.keys = keys;
        this.binder = binder;
    }

    /** Any other statement run once per row (an UPDATE), batched the same way. */
    static <T> BulkInsert<T> statement(String sql, Binder<T> binder) {
        return new BulkInsert<>(sql, false, binder);
    }

    /** Inserts {@code rows}; returns their generated ids in the same order (an empty array without keys). */
    long[] run(Database database, List<T> rows) {
        if (rows.isEmpty()) {
            return new long[0];
        }
        return database.dsl().connectionResult(connection -> insert(connection, rows));
    }

    private long[] insert(Connection connection, List<T> rows) throws SQLException {
        long[] ids = new long[keys ? rows.size() : 0];
        int read = 0;
        try (PreparedStatement statement = keys ? connection.prepareStatement(sql, new String[] {"id"})
                : connection.prepareStatement(sql)) {
            Params params = new Params(statement);
            for (int i = 0; i < rows.size(); i++) {
                params.reset();
                binder.bind(params, rows.get(i));
                statement.addBatch();
                if ((i + 1) % BATCH == 0 || i == rows.size() - 1) {
                    statement.executeBatch();
                    if (keys) {
                        try (ResultSet generated = statement.getGeneratedKeys()) {
                            while (generated.next()) {
                                ids[read++] = generated.getLong(1);
                            }
                        }
                    }
                }
            }
        }
        if (keys && read != rows.size()) {
            throw new IllegalStateException("Expected " + rows.size() + " generated keys, got " + read + ": " + sql);
        }
        return ids;
    }

    /** Typed parameter setters, in column order, with SQL NULL of the right type for a null value. */
    static final class Params {
        private final PreparedStatement statement;
        private int index;

        Params(PreparedStatement statement) {
            this.statement = statement;
        }

        void reset() {
            index = 0;
        }

        Params text(String value) throws SQLException {
            if (value == null) {
                statement.setNull(++index, Types.VARCHAR);
            } else {
                statement.setString(++index, value);
            }
            return this;
        }

        Params number(Long value) throws SQLException {
            if (value == null) {
                statement.setNull(++index, Types.BIGINT);
            } else {
                statement.setLong(++index, value);
            }
            return this;
        }

        Params integer(Integer value) throws SQLException {
            if (value == null) {
                statement.setNull(++index, Types.INTEGER);
            } else {
                statement.setInt(++index, value);
            }
            return this;
        }

        Params flag(boolean value) throws SQLException {
            statement.setBoolean(++index, value);
            return this;
        }

        Params date(LocalDate value) throws SQLException {
            if (value == null) {
                statement.setNull(++index, Types.DATE);
            } else {
                statement.setObject(++index, value);
            }
            return this;
        }

        Params instant(Instant value) throws SQLException {
            statement.setObject(++index, OffsetDateTime.ofInstant(value, ZoneOffset.UTC));
            return this;
        }

        Params name(Enum<?> value) throws SQLException {
            return text(value == null ? null : value.name());
        }
    }
}
