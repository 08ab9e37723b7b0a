package org.conductledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

/** {@code --db-url}/{@code --db-user} refused in Chinese when they cannot name a usable server (no server needed). */
class ServerOptionsTest extends CliCommandHarness {

    @Test
    void aUrlThatIsNotPostgresqlIsRefusedWithAnExample() {
        assertNotEquals(0, run("--user", "admin", "info", "--db-url", "jdbc:mysql://db/ledger", "--db-user", "svc"));
        assertTrue(err.toString().contains("不是 PostgreSQL 数据库地址") && err.toString().contains("jdbc:postgresql://"), err.toString());
    }

    @Test
    void aServerThatDoesNotAnswerIsNamedInTheMessage() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        assertNotEquals(0, run("--user", "admin", "info", "--db-url", "jdbc:postgresql://127.0.0.1:" + closedPort + "/ledger",
                "--db-user", "svc"));
        assertTrue(err.toString().contains("无法连接数据库服务器 127.0.0.1:" + closedPort + "/ledger"), err.toString());
        assertTrue(!err.toString().contains("Exception"), "no stack trace: " + err);
    }

    @Test
    void withoutOptionsCommandsGoWhereThisPcsConnectionSettingsPoint() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        java.nio.file.Files.writeString(dir.resolve("connection.properties"),
                "mode=server\nurl=jdbc:postgresql://127.0.0.1:" + closedPort + "/ledger?sslmode=disable\nuser=svc\n");
        assertNotEquals(0, run("--user", "admin", "info"));
        assertTrue(err.toString().contains("无法连接数据库服务器 127.0.0.1:" + closedPort + "/ledger"), err.toString());
    }

    @Test
    void aFileAndAServerTogetherAreRefused() {
        assertNotEquals(0, run("--user", "admin", "info", "--db", dir.resolve("x").toString(), "--db-url",
                "jdbc:postgresql://127.0.0.1/ledger", "--db-user", "svc"));
        assertTrue(err.toString().contains("--db 与 --db-url 只能选一个"), err.toString());
    }

    @Test
    void migrateToNeedsATarget() {
        assertNotEquals(0, run("--user", "admin", "migrate-to"));
        assertTrue(err.toString().contains("--db-url"), err.toString());
        assertEquals("", out.toString());
    }
}
