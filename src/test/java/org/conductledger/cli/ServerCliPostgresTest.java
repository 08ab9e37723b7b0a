package org.conductledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.conductledger.store.DatabaseLocation;
import org.conductledger.store.TestServers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** The CLI on a PostgreSQL server: init, info, and what only a file has (backups) refused in Chinese. */
@EnabledIfSystemProperty(named = TestServers.PROPERTY, matches = ".+")
class ServerCliPostgresTest extends CliCommandHarness {

    @Test
    void initInfoAndBackupOnAServer() {
        DatabaseLocation server = TestServers.freshDatabase(dir.resolve("server"));
        String url = server.server().url();
        String user = server.server().user();
        assertEquals(0, run("init", "--db-url", url, "--db-user", user, "--root-org", "某区委组织部", "--root-code", "qzzb",
                "--admin", "admin"), err.toString());
        assertNotEquals(0, run("init", "--db-url", url, "--db-user", user, "--root-org", "某区委组织部", "--root-code", "qzzb",
                "--admin", "admin"), "a second init is refused");

        assertEquals(0, run("--db-url", url, "--db-user", user, "--user", "admin", "info"), err.toString());
        assertTrue(out.toString().contains("数据库服务器：" + server.displayName()), out.toString());
        assertEquals(0, run("--db-url", url, "--db-user", user, "--user", "admin", "info", "--format", "json"), err.toString());
        assertTrue(out.toString().contains("\"server\": true"), out.toString());

        assertNotEquals(0, run("--db-url", url, "--db-user", user, "--user", "admin", "backup", "--out",
                dir.resolve("b.clbak").toString()));
        assertTrue(err.toString().contains("由服务器管理员负责备份"), err.toString());
        TestServers.drop(server);
    }
}
