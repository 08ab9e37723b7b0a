package org.conductledger.service;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import org.conductledger.model.LedgerException;
import org.conductledger.model.OrgType;
import org.conductledger.store.Database;
import org.conductledger.store.RawSql;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The database file is unreadable without a user's password: lost PCs and disks give nothing away. */
@Tag("embedded-only")   // the embedded file's AES encryption; a server uses disk encryption and TLS (ADR 0018)
class EncryptionTest {

    @TempDir
    Path dir;

    private static boolean contains(byte[] haystack, String text) {
        byte[] needle = text.getBytes(StandardCharsets.UTF_8);
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /** What `strings` would find: ASCII markers (H2 does not store Chinese text as plain UTF-8, so those prove nothing). */
    private static final String[] MARKERS = {"OUYANG MIMI", "BMCS-SECRET-BRANCH", "member_transfer", "320102197703"};

    @Test
    void withoutEncryptionTheSameSearchWouldFindTheNames() throws Exception {
        var location = org.conductledger.store.DatabaseLocation.of(dir.resolve("plain"));
        try (Database plain = Database.open(location)) {
            org.conductledger.store.RawInsert.organisation(plain, "OUYANG MIMI BMCS-SECRET-BRANCH", "BMCS-SECRET-BRANCH");
        }
        byte[] file = Files.readAllBytes(location.file());
        assertTrue(contains(file, "OUYANG MIMI") && contains(file, "BMCS-SECRET-BRANCH") && contains(file, "member_transfer"),
                "control: an unencrypted file shows its contents, so the check below can fail");
    }

    @Test
    void theFileShowsNoNamesAndCannotBeOpenedWithoutTheKey() throws Exception {
        TestLedger ledger = TestLedger.open(dir);
        var branch = ledger.org(null, "保密测试党支部", "BMCS-SECRET-BRANCH", OrgType.BRANCH);
        ledger.services.members().create(TestLedger.member("OUYANG MIMI", TestLedger.idBornIn(1977, 41), branch.id()));
        ledger.close();

        byte[] file = Files.readAllBytes(ledger.location.file());
        assertTrue(file.length > 0);
        for (String secret : MARKERS) {
            assertFalse(contains(file, secret), "readable in the database file: " + secret);
        }
        assertThrows(SQLException.class, () -> RawSql.openWithoutKey(ledger.location).close());
        assertThrows(SQLException.class, () -> RawSql.openWithWrongKey(ledger.location).close());
        LedgerException refused = assertThrows(LedgerException.class,
                () -> Database.open(ledger.location, Database.OpenMode.MUST_EXIST, null));
        assertTrue(refused.messageKey().startsWith("error.db."), refused.messageKey());
        // …and the right password still opens it, with the data intact.
        try (var again = TestLedger.wire(ledger.auth.login(ledger.location, "admin", TestLedger.PASSWORD.toCharArray()))) {
            assertTrue(again.members().roster(branch.id(), false, false).stream().anyMatch(m -> m.name().equals("OUYANG MIMI")));
        }
    }

    @Test
    void anOlderUnencryptedDatabaseIsEncryptedAtFirstStartWithItsDataKept() throws Exception {
        var location = org.conductledger.store.DatabaseLocation.of(dir.resolve("old"));
        try (Database legacy = Database.open(location)) {
            org.conductledger.store.RawInsert.organisation(legacy, "OLD-SYSTEM-COMMITTEE", "OLD");
        }
        assertTrue(contains(Files.readAllBytes(location.file()), "OLD-SYSTEM-COMMITTEE"));
        AuthService auth = new AuthService(org.conductledger.model.TestClock.CLOCK, TestLedger.FAST, "test");
        try (var services = TestLedger.wire(auth.initialise(location,
                new org.conductledger.model.OrganisationForm("忽略", "IGN", OrgType.PARTY_COMMITTEE, null, null),
                "admin", "管理员", java.util.Set.of(org.conductledger.model.Role.ORG_DEPARTMENT),
                TestLedger.PASSWORD.toCharArray(), TestLedger.PASSWORD.toCharArray()))) {
            assertTrue(services.organisations().all().stream().anyMatch(o -> o.name().equals("OLD-SYSTEM-COMMITTEE")));
        }
        assertFalse(contains(Files.readAllBytes(location.file()), "OLD-SYSTEM-COMMITTEE"));
    }
}
