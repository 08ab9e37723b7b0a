package org.conductledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.conductledger.model.OrgType;
import org.conductledger.model.OrganisationForm;
import org.conductledger.service.ReviewSeed;
import org.conductledger.service.TestLedger;
import org.conductledger.store.DatabaseLocation;
import org.conductledger.store.TestServers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * {@code migrate-to}: a seeded embedded ledger moves into an empty PostgreSQL database; the department's
 * annual review is then the same JSON from both, the users log in with the same passwords, the audit chain
 * verifies, new records get new keys, and a second move into the now full database is refused.
 */
@EnabledIfSystemProperty(named = TestServers.PROPERTY, matches = ".+")
class MigrateToPostgresTest extends CliCommandHarness {

    @Test
    void aSeededLedgerMovesAndTheAnnualReviewIsTheSameJsonOnBoth() throws Exception {
        try (TestLedger embedded = TestLedger.openEmbedded(dir)) {
            ReviewSeed.into(embedded);
        }
        DatabaseLocation server = TestServers.freshDatabase(dir.resolve("server"));
        String url = server.server().url();
        String file = dir.resolve("ledger").toString();

        assertEquals(0, run("--db", file, "--user", "admin", "migrate-to", "--db-url", url, "--db-user", server.server().user()),
                err.toString());
        assertTrue(out.toString().contains("核对无误"), out.toString());

        Path fromFile = dir.resolve("file.json");
        Path fromServer = dir.resolve("server.json");
        assertEquals(0, run("--db", file, "--user", "admin", "report", "annual", "--org", "root", "--year",
                String.valueOf(ReviewSeed.YEAR), "--json", fromFile.toString()), err.toString());
        assertEquals(0, run("--db-url", url, "--db-user", server.server().user(), "--user", "admin", "report", "annual",
                "--org", "root", "--year", String.valueOf(ReviewSeed.YEAR), "--json", fromServer.toString()), err.toString());
        String expected = Files.readString(fromFile, StandardCharsets.UTF_8);
        assertTrue(expected.contains("\"by_org\""), expected);
        assertEquals(expected, Files.readString(fromServer, StandardCharsets.UTF_8));

        try (TestLedger onServer = TestLedger.login(server)) {
            assertTrue(onServer.loginAs("shenji", onServer.root(), java.util.Set.of(org.conductledger.model.Role.AUDITOR))
                    .audit().verify().intact());
            long highest = onServer.services.organisations().all().stream().mapToLong(o -> o.id()).max().orElseThrow();
            long added = onServer.services.organisations().create(onServer.root().id(),
                    new OrganisationForm("迁移后新建支部", "NEW1", OrgType.BRANCH, java.time.LocalDate.of(2020, 1, 1), null)).id();
            assertTrue(added > highest, "identity counters continue after the copied keys");
        }

        assertNotEquals(0, run("--db", file, "--user", "admin", "migrate-to", "--db-url", url, "--db-user", server.server().user()));
        assertTrue(err.toString().contains("已有台账数据"), err.toString());
        TestServers.drop(server);
    }
}
