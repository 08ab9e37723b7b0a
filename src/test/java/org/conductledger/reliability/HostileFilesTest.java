package org.conductledger.reliability;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.conductledger.app.Services;
import org.conductledger.exchange.PackageFile;
import org.conductledger.i18n.Messages;
import org.conductledger.model.CaseFile;
import org.conductledger.model.CaseForm;
import org.conductledger.model.CaseSource;
import org.conductledger.model.Evidence;
import org.conductledger.model.LedgerException;
import org.conductledger.model.OrgType;
import org.conductledger.model.Organisation;
import org.conductledger.model.Role;
import org.conductledger.service.PackageCodec;
import org.conductledger.service.Registers;
import org.conductledger.service.TestLedger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile files other than spreadsheets (issue 13), filling the gaps the feature tests leave: evidence whose name is
 * a path, a device or a NUL; a package that is cut off or claims a newer format; another ledger's backup. Each is
 * refused with a Chinese message with nothing written, or (evidence) kept as text and never used as a path.
 */
class HostileFilesTest {

    @TempDir
    Path dir;

    final Messages zh = Messages.load(Locale.SIMPLIFIED_CHINESE);

    @Test
    void evidenceWithAHostileNameIsKeptAsTextNeverUsedAsAPath() throws Exception {
        try (TestLedger ledger = TestLedger.open(Files.createDirectories(dir.resolve("a")))) {
            Organisation zb1 = ledger.org(null, "第一党支部", "ZB1", OrgType.BRANCH);
            long member = ledger.services.members().create(TestLedger.member("张三", TestLedger.idBornIn(1980, 11), zb1.id())).id();
            Services handler = ledger.loginAs("cb", ledger.root(), Set.of(Role.CASE_HANDLER));
            long category = handler.reference().violationCategories().get(0).id();
            CaseFile c = handler.cases().intake(new CaseForm(zb1.id(), LocalDate.of(2026, 11, 2), CaseSource.PETITION, null,
                    null, false, "转发未经核实的信息", List.of(member), List.of(category), List.of()));
            List<String> names = List.of("../../x", "..\\..\\x", "CON", "NUL.txt", "COM1", "a\u0000b.png", "/etc/passwd",
                    "C:\\Windows\\System32\\drivers\\etc\\hosts", "截图".repeat(300) + ".png", "\u202Egnp.exe", " ", "\u0000",
                    "file:///tmp/x", "x/../../../../tmp/rel13-evidence-probe", "../../rel13-evidence-probe");
            List<Path> before = listing(dir);
            for (String name : names) {
                byte[] content = ("证据 " + name).getBytes(StandardCharsets.UTF_8);
                Evidence e = handler.evidence().addFile(c.id(), name, new ByteArrayInputStream(content),
                        Instant.parse("2026-11-04T08:00:00Z"), "王干事");
                String title = e.title();
                assertFalse(title.contains("/") || title.contains("\\") || title.contains("\u0000") || title.isBlank(),
                        "no path separators, NUL or blank title: " + title);
                assertTrue(title.length() <= 255, "fits the column");
                assertArrayEquals(content, handler.evidence().evidenceContent(c.id(), e.id()), "content round-trips");
            }
            assertEquals(names.size(), handler.evidence().evidence(c.id()).size());
            assertEquals(before, listing(dir), "no file was created anywhere from an evidence name");
            for (Path probe : List.of(Path.of("/tmp/rel13-evidence-probe"), dir.resolveSibling("rel13-evidence-probe"),
                    Path.of("rel13-evidence-probe").toAbsolutePath(), Path.of("../../rel13-evidence-probe").toAbsolutePath())) {
                assertFalse(Files.exists(probe), probe + " was created");
            }
        }
    }

    private static List<Path> listing(Path root) throws Exception {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> !p.toString().endsWith(".mv.db") && !p.toString().endsWith(".trace.db")
                    && !p.toString().endsWith(".keys") && !p.getFileName().toString().startsWith(".")).sorted().toList();
        }
    }

    @Test
    void aCutOffPackageOrOneFromANewerFormatIsRefusedAndNothingIsWritten() throws Exception {
        try (TestLedger department = TestLedger.open(Files.createDirectories(dir.resolve("dept")));
             TestLedger branch = TestLedger.open(Files.createDirectories(dir.resolve("b1")))) {
            Organisation zb1 = branch.org(null, "第一党支部", "ZB1", OrgType.BRANCH);
            long zhang = branch.services.members().create(TestLedger.member("张三", TestLedger.idBornIn(1980, 11), zb1.id())).id();
            branch.services.registers().create(Registers.account(zhang, Registers.platform(branch.services, "WB"), "qwxcb"));
            Services secretary = branch.loginAs("zb1", zb1, Set.of(Role.BRANCH_SECRETARY));
            Path good = dir.resolve("zb1-1.clp");
            secretary.packageExport().export("ROOT", parts -> PackageFile.write(good, parts));
            String fingerprint = secretary.packageExport().fingerprint();
            byte[] bytes = Files.readAllBytes(good);
            long auditBefore = auditCount(department);
            int refused = 0;
            // Cuts inside the entries. (A cut in the zip's trailing directory alone still carries every signed entry
            // whole; the signature and the data hash then prove the content, so such a file may import.)
            for (int length : List.of(0, 1, 4, 30, 100, bytes.length / 4, bytes.length / 3, bytes.length / 2)) {
                Path cut = dir.resolve("cut-" + length + ".clp");
                Files.write(cut, java.util.Arrays.copyOf(bytes, length));
                LedgerException e = assertThrows(LedgerException.class, () -> department.services.packageImport()
                        .importPackage(PackageFile.read(cut), fingerprint, "数据交换包更新"), "cut at " + length);
                assertChinese(e);
                refused++;
            }
            PackageCodec.Parts parts = PackageFile.read(good);
            byte[] newer = new String(parts.manifest(), StandardCharsets.ISO_8859_1).replaceFirst("(?m)^format=\\d+", "format=99")
                    .getBytes(StandardCharsets.ISO_8859_1);
            assertFalse(java.util.Arrays.equals(newer, parts.manifest()), "the manifest has a format line");
            Path future = dir.resolve("future.clp");
            PackageFile.write(future, new PackageCodec.Parts(newer, parts.data(), parts.signature()));
            LedgerException e = assertThrows(LedgerException.class, () -> department.services.packageImport()
                    .importPackage(PackageFile.read(future), fingerprint, "数据交换包更新"));
            assertEquals("package.error.format", e.messageKey());
            assertChinese(e);
            refused++;
            assertEquals(0, department.services.members().roster(department.root().id(), true, true).size());
            assertEquals(1, department.services.organisations().all().size(), "no organisation arrived");
            assertTrue(department.services.packageImport().conflicts(false).isEmpty());
            assertEquals(auditBefore, auditCount(department), "nothing written, not even an audit entry");
            // The intact package still imports afterwards: the refusals left no state behind (e.g. a used number).
            assertEquals(3, department.services.packageImport().importPackage(PackageFile.read(good), fingerprint,
                    "数据交换包更新").created());
            System.out.println("RELIABILITY hostile-packages files=" + refused + " refused=" + refused + " failures=0");
        }
    }

    @Test
    void anotherLedgersBackupIsRefusedAndTheCurrentLedgerIsUntouched() throws Exception {
        try (TestLedger ours = TestLedger.open(Files.createDirectories(dir.resolve("ours")));
             TestLedger theirs = TestLedger.open(Files.createDirectories(dir.resolve("theirs")))) {
            ours.org(null, "第一党支部", "ZB1", OrgType.BRANCH);
            Path foreign = dir.resolve("theirs.clbak");
            theirs.services.backups().backup(foreign);
            Services admin = ours.loginAs("xt", ours.root(), Set.of(Role.SYSTEM_ADMIN));
            Services auditor = ours.loginAs("sj", ours.root(), Set.of(Role.AUDITOR));
            long auditBefore = auditCount(ours);
            LedgerException e = assertThrows(LedgerException.class, () -> admin.restore().restore(foreign));
            assertEquals("error.backup.otherLedger", e.messageKey());
            assertChinese(e);
            assertTrue(admin.open(), "the session goes on");
            assertEquals(2, admin.organisations().all().size(), "our ledger is as it was");
            assertFalse(Files.exists(Path.of(ours.location.file() + ".before-restore")), "nothing was swapped");
            assertEquals(auditBefore, auditCount(ours));
            assertTrue(auditor.audit().verify().intact());
        }
    }

    private static long auditCount(TestLedger ledger) {
        return ledger.services.database().withJdbc(c -> {
            try (var s = c.createStatement(); var r = s.executeQuery("SELECT COUNT(*) FROM audit_entry")) {
                r.next();
                return r.getLong(1);
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private void assertChinese(LedgerException e) {
        String words = zh.describe(e);
        assertTrue(words.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                && !words.contains(e.messageKey()), e.messageKey() + " → " + words);
    }
}
