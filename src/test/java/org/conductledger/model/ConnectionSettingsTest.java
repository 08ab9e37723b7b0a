package org.conductledger.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The JDBC URL of a server's settings, and which settings are refused. */
class ConnectionSettingsTest {

    @Test
    void theUrlCarriesTheTlsSettingsButNeverThePassword() {
        ConnectionSettings settings = ConnectionSettings.server("db.example.gov.cn", 5432, "ledger", "app",
                "secret".toCharArray(), TlsMode.VERIFY_FULL, "C:\\证书\\root+ca.crt");
        assertEquals("jdbc:postgresql://db.example.gov.cn:5432/ledger?sslmode=verify-full&sslrootcert=C:\\证书\\root%2Bca.crt",
                settings.jdbcUrl());
        assertFalse(settings.jdbcUrl().contains("secret"));
        assertFalse(settings.toString().contains("secret"));
    }

    @Test
    void withTlsDisabledNoRootCertificateIsPassed() {
        assertEquals("jdbc:postgresql://10.1.2.3:5432/ledger?sslmode=disable",
                ConnectionSettings.server("10.1.2.3", 5432, "ledger", "app", null, TlsMode.DISABLE, "/etc/root.crt").jdbcUrl());
    }

    @Test
    void aUrlReadBackGivesTheSameSettings() {
        ConnectionSettings settings = ConnectionSettings.server("db", 5432, "ledger", "app", null, TlsMode.VERIFY_CA, "/a&b/root.crt");
        assertEquals(settings, ConnectionSettings.fromUrl(settings.jdbcUrl(), "app", null, null, null));
    }

    @Test
    void anEmptyPasswordCountsAsNone() {
        assertEquals(null, ConnectionSettings.server("db", 5432, "ledger", "app", new char[0], TlsMode.VERIFY_FULL, "").password());
    }

    @Test
    void theEmbeddedFileNeedsNothing() {
        assertTrue(ConnectionSettings.EMBEDDED.problems().isEmpty());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            ''            | 5432  | ledger | app | HOST     | connection.problem.hostMissing
            db host       | 5432  | ledger | app | HOST     | connection.problem.hostInvalid
            db/x          | 5432  | ledger | app | HOST     | connection.problem.hostInvalid
            db            | 0     | ledger | app | PORT     | connection.problem.port
            db            | 65536 | ledger | app | PORT     | connection.problem.port
            db            | 5432  | ''     | app | DATABASE | connection.problem.databaseMissing
            db            | 5432  | a?b    | app | DATABASE | connection.problem.databaseInvalid
            db            | 5432  | ledger | ''  | USER     | error.server.noUser
            """)
    void incompleteOrMalformedFieldsAreRefused(String host, int port, String database, String user, ConnectionField field,
                                               String key) {
        List<Problem> problems = ConnectionSettings.server(host, port, database, user, null, TlsMode.VERIFY_FULL, "").problems();
        assertEquals(List.of(Problem.of(field, key, problems.get(0).args().toArray())), problems);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            db.example.gov.cn
            10.1.2.3
            ::1
            数据库.单位.中国
            """)
    void hostNamesAndAddressesAreAccepted(String host) {
        assertTrue(ConnectionSettings.server(host, 5432, "ledger", "app", null, TlsMode.VERIFY_FULL, "").problems().isEmpty());
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            jdbc:mysql://db/ledger
            jdbc:postgresql://db
            jdbc:postgresql://a:5432,b:5432/ledger
            jdbc:postgresql://db:x/ledger
            jdbc:postgresql://db/ledger?sslmode=prefer
            """)
    void urlsItCannotShowAreRefused(String url) {
        assertThrows(IllegalArgumentException.class, () -> ConnectionSettings.fromUrl(url, "app", null, null, null));
    }
}
