package org.conductledger.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;

/** Tampering "directly in the database", as an attacker with the key would: plain JDBC, no application code. */
public final class RawSql {

    private RawSql() {
    }

    public static int execute(DatabaseLocation location, String username, String password, String sql) throws SQLException {
        if (location.isServer()) {
            // On a server the attacker is whoever holds the service account (or the server's superuser).
            try (Connection c = DriverManager.getConnection(location.server().url(), location.server().user(),
                    new String(location.server().password())); Statement s = c.createStatement()) {
                return s.executeUpdate(sql);
            }
        }
        DatabaseKey key = KeyFile.load(location, Clock.systemUTC()).unlock(username, password.toCharArray(), "tamper");
        try (Connection c = DriverManager.getConnection(location.encryptedJdbcUrl(), "sa", new String(key.h2Password()));
             Statement s = c.createStatement()) {
            return s.executeUpdate(sql);
        }
    }

    /** A plain JDBC connection with the key {@code username} unwraps (the crash tests' independent look at the tables). */
    public static Connection connect(DatabaseLocation location, String username, String password) throws SQLException {
        DatabaseKey key = KeyFile.load(location, Clock.systemUTC()).unlock(username, password.toCharArray(), "check");
        return DriverManager.getConnection(location.encryptedJdbcUrl(), "sa", new String(key.h2Password()));
    }

    /** Opens the file with no key at all, as someone who found the PC would. */
    public static Connection openWithoutKey(DatabaseLocation location) throws SQLException {
        return DriverManager.getConnection(location.jdbcUrl(), "sa", "");
    }

    /** Opens the file with a wrong key. */
    public static Connection openWithWrongKey(DatabaseLocation location) throws SQLException {
        return DriverManager.getConnection(location.encryptedJdbcUrl(), "sa", new String(DatabaseKey.random().h2Password()));
    }
}
