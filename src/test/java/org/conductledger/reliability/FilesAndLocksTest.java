package org.conductledger.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.conductledger.app.Services;
import org.conductledger.i18n.Messages;
import org.conductledger.model.CaseFile;
import org.conductledger.model.CaseForm;
import org.conductledger.model.CaseSource;
import org.conductledger.model.LedgerException;
import org.conductledger.model.OrgType;
import org.conductledger.model.Organisation;
import org.conductledger.model.Role;
import org.conductledger.service.AuditVerification;
import org.conductledger.service.TestLedger;
import org.conductledger.store.DatabaseLocation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files and locks (issue 13): the database on a read-only file system, the disk filling up, the file held by another
 * running instance, the data directory gone. Each time: a clear Chinese message, no corruption (the ledger opens
 * afterwards with every commit and an intact chain), and the session closes without an error. The read-only and
 * disk-full cases need a small tmpfs ({@code mount}, i.e. root, as in CI's container); elsewhere they are skipped.
 */
@Tag("embedded-only")
class FilesAndLocksTest {

    @TempDir
    Path dir;

    final Messages zh = Messages.load(Locale.SIMPLIFIED_CHINESE);
    private Path mounted;

    @AfterEach
    void unmount() throws Exception {
        if (mounted != null) {
            run("umount", "-l", mounted.toString());
        }
    }

    private static boolean run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor() == 0;
    }

    /** A tmpfs of {@code megabytes} at a fresh directory, or the test is skipped where mounting is not allowed. */
    private Path tmpfs(int megabytes) throws Exception {
        Path point = Files.createDirectories(dir.resolve("mnt"));
        boolean ok = System.getProperty("os.name").toLowerCase(Locale.ROOT).contains("linux")
                && run("mount", "-t", "tmpfs", "-o", "size=" + megabytes + "m", "tmpfs", point.toString());
        Assumptions.assumeTrue(ok, "mount -t tmpfs is not allowed here");
        mounted = point;
        return point;
    }

    private void assertChinese(LedgerException e) {
        String words = zh.describe(e);
        assertTrue(words.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                && !words.contains(e.messageKey()), e.messageKey() + " → " + words);
    }

    private static void assertIntact(DatabaseLocation location) {
        try (Services auditor = CrashSafetyTest.login(location, "sj")) {
            AuditVerification verification = auditor.audit().verify();
            assertTrue(verification.intact(), String.valueOf(verification));
        }
    }

    private static DatabaseLocation ledgerWithAuditor(Path directory) throws Exception {
        try (TestLedger ledger = TestLedger.openEmbedded(Files.createDirectories(directory))) {
            ledger.org(null, "第一党支部", "ZB1", OrgType.BRANCH);
            ledger.loginAs("sj", ledger.root(), Set.of(Role.AUDITOR));
            ledger.loginAs(CrashWriter.USER, ledger.root(), Set.of(Role.CASE_HANDLER, Role.ORG_DEPARTMENT));
            return ledger.location;
        }
    }

    @Test
    void aLedgerOnAReadOnlyFileSystemIsRefusedClearlyAndOpensAgainOnceWritable() throws Exception {
        Path point = tmpfs(16);
        DatabaseLocation location = ledgerWithAuditor(point.resolve("data"));
        assertTrue(run("mount", "-o", "remount,ro", point.toString()));
        LedgerException refused = assertThrows(LedgerException.class, () -> CrashSafetyTest.login(location, "admin"));
        assertChinese(refused);
        System.out.println("RELIABILITY files case=read-only refusal=" + refused.messageKey() + " failures=0");
        assertTrue(run("mount", "-o", "remount,rw", point.toString()));
        try (Services admin = CrashSafetyTest.login(location, "admin")) {
            assertEquals(2, admin.organisations().all().size());
        }
        assertIntact(location);
    }

    @Test
    void aFullDiskRefusesTheWriteClearlyLosesNothingCommittedAndClosesCleanly() throws Exception {
        Path point = tmpfs(6);
        DatabaseLocation location = ledgerWithAuditor(point.resolve("data"));
        List<Long> stored = new ArrayList<>();
        LedgerException refused = null;
        long caseId;
        Services handler = CrashSafetyTest.login(location, CrashWriter.USER);
        try {
            Organisation zb1 = handler.organisations().all().stream().filter(o -> "ZB1".equals(o.code())).findFirst().orElseThrow();
            long member = handler.members().create(TestLedger.member("张三", TestLedger.idBornIn(1980, 11), zb1.id())).id();
            CaseFile c = handler.cases().intake(new CaseForm(zb1.id(), LocalDate.of(2026, 11, 2), CaseSource.PETITION, null,
                    null, false, "磁盘写满测试", List.of(member), List.of(handler.reference().violationCategories().get(0).id()),
                    List.of()));
            caseId = c.id();
            Random random = new Random(6);
            for (int i = 0; i < 100 && refused == null; i++) {
                byte[] content = new byte[256 * 1024];
                random.nextBytes(content);   // incompressible, so the file really grows
                try {
                    stored.add(handler.evidence().addFile(caseId, "截图" + i + ".png", new ByteArrayInputStream(content),
                            Instant.parse("2026-11-04T08:00:00Z"), "王干事").id());
                } catch (LedgerException e) {
                    refused = e;
                }
            }
        } finally {
            handler.close();   // closing on a full disk must not throw
        }
        assertTrue(refused != null, "the 6 MB disk filled up");
        assertChinese(refused);
        assertFalse(stored.isEmpty(), "some evidence fitted before the disk was full");
        System.out.println("RELIABILITY files case=disk-full stored=" + stored.size() + " refusal=" + refused.messageKey()
                + " failures=0");
        assertTrue(run("mount", "-o", "remount,size=64m", point.toString()), "more space");
        try (Services again = CrashSafetyTest.login(location, CrashWriter.USER)) {
            List<Long> present = again.evidence().evidence(caseId).stream().map(e -> e.id()).toList();
            assertTrue(present.containsAll(stored), "every evidence file that was accepted is still there: " + present);
        }
        assertIntact(location);
    }

    @Test
    void aLedgerHeldByAnotherRunningInstanceIsRefusedClearlyAndUntouched() throws Exception {
        DatabaseLocation location = ledgerWithAuditor(dir.resolve("data"));
        try (Child other = Child.start(CrashWriter.class, List.of(), "writes", location.base().toString(),
                dir.resolve("side.log").toString(), "0")) {
            other.await("READY", CrashSafetyTest.READY_TIMEOUT);
            LedgerException refused = assertThrows(LedgerException.class, () -> CrashSafetyTest.login(location, "admin"));
            assertEquals("error.db.alreadyOpen", refused.messageKey());
            assertChinese(refused);
            other.kill();
        }
        List<String> problems = new ArrayList<>();
        CrashSafetyTest.check(location, dir.resolve("side.log"), true, "after the other instance", problems);
        assertEquals(List.of(), problems, "the other instance's commits are whole and the chain verifies");
    }

    @Test
    void aMissingDataDirectoryIsAClearMessageAndNothingIsCreated() throws Exception {
        DatabaseLocation location = DatabaseLocation.of(dir.resolve("gone/data/ledger"));
        LedgerException refused = assertThrows(LedgerException.class, () -> CrashSafetyTest.login(location, "admin"));
        assertChinese(refused);
        assertFalse(Files.exists(dir.resolve("gone")), "login does not create a data directory or an empty ledger");
        // The directory vanishing under a ledger that exists (a USB stick pulled, a network drive gone).
        DatabaseLocation moved = ledgerWithAuditor(dir.resolve("usb"));
        Files.move(dir.resolve("usb"), dir.resolve("usb-elsewhere"));
        LedgerException vanished = assertThrows(LedgerException.class, () -> CrashSafetyTest.login(moved, "admin"));
        assertChinese(vanished);
        assertFalse(Files.exists(dir.resolve("usb")));
        System.out.println("RELIABILITY files case=missing-directory refusal=" + refused.messageKey() + " failures=0");
    }
}
