package org.conductledger.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.conductledger.i18n.Messages;
import org.conductledger.model.ConnectionField;
import org.conductledger.model.ConnectionMode;
import org.conductledger.model.ConnectionSettings;
import org.conductledger.model.LedgerException;
import org.conductledger.model.Problem;
import org.conductledger.model.TlsMode;
import org.conductledger.model.ValidationException;
import org.conductledger.store.DatabaseLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** connection.properties: round trip, defaults, the password from the environment, refusals that say what is wrong. */
class ConnectionSettingsStoreTest {

    @TempDir
    Path dir;
    final Map<String, String> env = new HashMap<>();
    final Messages messages = Messages.load(Locale.SIMPLIFIED_CHINESE);

    private ConnectionSettingsStore store() {
        return new ConnectionSettingsStore(dir.resolve(ConnectionSettingsStore.FILE_NAME), dir.resolve("ledger"), env::get);
    }

    private static ConnectionSettings server(char[] password) {
        return ConnectionSettings.server("db.example.gov.cn", 5433, "ledger", "ledger_app", password, TlsMode.VERIFY_FULL, "");
    }

    private void writeFile(String text) throws IOException {
        Files.writeString(dir.resolve(ConnectionSettingsStore.FILE_NAME), text);
    }

    @Test
    void aMissingFileMeansTheEmbeddedFileInTheDataDirectory() {
        assertEquals(ConnectionSettings.EMBEDDED, store().load());
        DatabaseLocation location = store().location();
        assertFalse(location.isServer());
        assertEquals(dir.resolve("ledger.mv.db").toAbsolutePath(), location.file());
    }

    @Test
    void serverSettingsSurviveARoundTrip() throws IOException {
        Path certificate = Files.writeString(dir.resolve("root.crt"), "-----BEGIN CERTIFICATE-----");
        ConnectionSettings saved = ConnectionSettings.server("db.example.gov.cn", 5433, "ledger", "ledger_app",
                "S3cret&+%".toCharArray(), TlsMode.VERIFY_CA, certificate.toString());
        store().save(saved);

        ConnectionSettings loaded = store().load();
        assertEquals(saved, loaded);
        Properties file = new Properties();
        try (var reader = Files.newBufferedReader(dir.resolve(ConnectionSettingsStore.FILE_NAME))) {
            file.load(reader);
        }
        assertEquals("server", file.getProperty("mode"));
        assertEquals("jdbc:postgresql://db.example.gov.cn:5433/ledger", file.getProperty("url"));
        assertEquals("ledger_app", file.getProperty("user"));
        assertEquals("verify-ca", file.getProperty("sslmode"));
        assertEquals(certificate.toString(), file.getProperty("sslrootcert"));
        DatabaseLocation location = store().location();
        assertTrue(location.isServer());
        assertEquals("db.example.gov.cn:5433/ledger", location.fileName());
        assertArrayEquals("S3cret&+%".toCharArray(), location.server().password());
        assertEquals("verify-ca", location.server().sslMode());
    }

    @Test
    void switchingBackToTheEmbeddedFileForgetsTheServer() {
        store().save(server("pw".toCharArray()));
        store().save(ConnectionSettings.EMBEDDED);
        assertEquals(ConnectionSettings.EMBEDDED, store().load());
        assertFalse(store().location().isServer());
    }

    @Test
    void withoutAPasswordInTheFileTheEnvironmentVariableIsUsed() throws IOException {
        store().save(server(null));
        assertFalse(Files.readAllLines(dir.resolve(ConnectionSettingsStore.FILE_NAME)).stream().anyMatch(l -> l.startsWith("password")));
        assertNull(store().load().password());

        env.put(ConnectionSettingsStore.PASSWORD_VARIABLE, "from-env");
        assertArrayEquals("from-env".toCharArray(), store().location().server().password());
        env.clear();
        assertArrayEquals(new char[0], store().location().server().password(), "neither: no password (the server may trust the account)");
    }

    @Test
    void aPasswordInTheFileWinsOverTheEnvironment() {
        env.put(ConnectionSettingsStore.PASSWORD_VARIABLE, "from-env");
        store().save(server("from-file".toCharArray()));
        assertArrayEquals("from-file".toCharArray(), store().location().server().password());
    }

    @Test
    void theFileIsReadableByItsOwnerOnly() throws IOException {
        Path file = dir.resolve(ConnectionSettingsStore.FILE_NAME);
        store().save(server("pw".toCharArray()));
        if (Files.getFileStore(dir).supportsFileAttributeView(PosixFileAttributeView.class)) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        }
        try (var left = Files.list(dir)) {
            assertEquals(List.of(file), left.toList(), "no temporary file is left behind");
        }
    }

    @Test
    void aHandWrittenUrlWithTlsParametersAndOptionsIsRead() throws IOException {
        writeFile("""
                mode=server
                url=jdbc:postgresql://[::1]:6543/ledger?sslmode=require&ApplicationName=Dept
                user=ledger_app
                """);
        ConnectionSettings settings = store().load();
        assertEquals("::1", settings.host());
        assertEquals(6543, settings.port());
        assertEquals(TlsMode.REQUIRE, settings.tlsMode());
        assertEquals("ApplicationName=Dept", settings.options());
        assertEquals("jdbc:postgresql://[::1]:6543/ledger?sslmode=require&ApplicationName=Dept", settings.jdbcUrl());
    }

    @Test
    void theSslmodeKeyWinsOverTheUrlsOwn() throws IOException {
        writeFile("mode=server\nurl=jdbc:postgresql://db/ledger?sslmode=disable\nuser=app\nsslmode=verify-full\n");
        ConnectionSettings settings = store().load();
        assertEquals(TlsMode.VERIFY_FULL, settings.tlsMode());
        assertEquals(5432, settings.port());
        assertEquals("jdbc:postgresql://db:5432/ledger?sslmode=verify-full", settings.jdbcUrl());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            mode=cloud                                                   | connection.error.badMode    | mode=“cloud”无法识别
            mode=server\\nurl=jdbc:mysql://db/ledger\\nuser=app          | connection.error.badUrl     | url=“jdbc:mysql://db/ledger”
            mode=server\\nurl=jdbc:postgresql://db:99999/ledger\\nuser=app | connection.error.badUrl   | 不是可用的 PostgreSQL 地址
            mode=server\\nurl=jdbc:postgresql://db:port/ledger\\nuser=app  | connection.error.badUrl   | 不是可用的 PostgreSQL 地址
            mode=server\\nurl=jdbc:postgresql://db:5432/ledger           | connection.error.noUser     | 缺少 user
            mode=server\\nurl=jdbc:postgresql://db/ledger\\nuser=app\\nsslmode=prefer | connection.error.badTlsMode | sslmode=“prefer”无法识别
            """)
    void badValuesAreRefusedNamingTheFileAndTheKey(String content, String key, String shown) throws IOException {
        writeFile(content.replace("\\n", "\n"));
        LedgerException refused = assertThrows(LedgerException.class, () -> store().load());
        assertEquals(key, refused.messageKey());
        String message = messages.describe(refused);
        assertTrue(message.contains(shown), message);
        assertTrue(message.contains(dir.resolve(ConnectionSettingsStore.FILE_NAME).toString()), message);
    }

    @Test
    void incompleteServerSettingsAreNotSaved() {
        ConnectionSettings incomplete = ConnectionSettings.server(" ", 0, "", "", null, TlsMode.VERIFY_FULL, "");
        ValidationException refused = assertThrows(ValidationException.class, () -> store().save(incomplete));
        assertEquals(List.of(ConnectionField.HOST, ConnectionField.PORT, ConnectionField.DATABASE, ConnectionField.USER),
                refused.problems().stream().map(Problem::field).toList());
        assertFalse(Files.exists(dir.resolve(ConnectionSettingsStore.FILE_NAME)));
    }

    @Test
    void aMissingRootCertificateIsNotSaved() {
        ConnectionSettings settings = ConnectionSettings.server("db", 5432, "ledger", "app", null, TlsMode.VERIFY_FULL,
                dir.resolve("nowhere.crt").toString());
        LedgerException refused = assertThrows(LedgerException.class, () -> store().save(settings));
        assertEquals("connection.error.rootCertMissing", refused.messageKey());
    }

    @Test
    void theModeIsReadWhateverItsCase() throws IOException {
        writeFile("mode=EMBEDDED\n");
        assertEquals(ConnectionMode.EMBEDDED, store().load().mode());
    }
}
