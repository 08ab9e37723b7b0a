package org.conductledger.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.conductledger.app.Services;
import org.conductledger.model.AuditEntry;
import org.conductledger.model.AuditFilter;
import org.conductledger.model.BackupManifest;
import org.conductledger.model.LedgerException;
import org.conductledger.model.Member;
import org.conductledger.model.MemberStatus;
import org.conductledger.model.OrgType;
import org.conductledger.model.Organisation;
import org.conductledger.model.RegisterKind;
import org.conductledger.model.Role;
import org.conductledger.model.UserForm;
import org.conductledger.store.DatabaseLocation;
import org.conductledger.store.RawSql;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A backup puts back exactly what it copied, with an intact audit chain; anything damaged is refused untouched. */
@Tag("embedded-only")   // backups of an embedded file; a server's backups are its own (ADR 0018)
class BackupRestoreTest {

    @TempDir
    Path dir;
    TestLedger ledger;
    Organisation branch;
    Member member;

    @BeforeEach
    void someData() {
        ledger = TestLedger.open(dir.resolve("live"));
        branch = ledger.org(null, "第一党支部", "ZB1", OrgType.BRANCH);
        member = ledger.services.members().create(TestLedger.member("OUYANG MIMI", TestLedger.idBornIn(1977, 41), branch.id()));
        ledger.services.registers().create(Registers.account(member.id(), Registers.platform(ledger.services, "WB"), "BMCS-SECRET-ID"));
        ledger.services.users().create(new UserForm("shenji", "审计员", ledger.root().id(), Set.of(Role.AUDITOR), null),
                TestLedger.PASSWORD.toCharArray(), TestLedger.PASSWORD.toCharArray());
    }

    @AfterEach
    void close() {
        ledger.close();
    }

    private Services login(String username) {
        return TestLedger.wire(ledger.auth.login(ledger.location, username, TestLedger.PASSWORD.toCharArray()));
    }

    private static List<AuditEntry> entries(Services auditor) {
        List<AuditEntry> all = new java.util.ArrayList<>(auditor.audit().find(new AuditFilter(null, null, null, null, null, 100_000)));
        all.sort(java.util.Comparator.comparingLong(AuditEntry::seq));
        return all;
    }

    /** Everything but the audit log (which grows with every login) — row counts, the roster, the register. */
    private Map<String, Object> content(Services admin) {
        long root = admin.organisations().all().get(0).id();
        Map<String, Integer> counts = new java.util.TreeMap<>(admin.info().info().rowCounts());
        counts.remove("audit_entry");
        return Map.of("counts", counts,
                "members", admin.members().roster(root, true, true),
                "accounts", admin.registers().list(RegisterKind.ACCOUNT, root, true).stream()
                        .map(r -> r.form().identifier() + "/" + r.memberId()).toList());
    }

    @Test
    void restoringABackupGivesBackExactlyWhatItCopiedAndTheAuditChainStillVerifies() throws Exception {
        Map<String, Object> atBackup = content(ledger.services);
        List<AuditEntry> chainAtBackup;
        try (Services auditor = login("shenji")) {
            chainAtBackup = entries(auditor);
        }
        Path backup = dir.resolve("台账备份.clbak");
        BackupManifest manifest = ledger.services.backups().backup(backup);
        assertEquals("测试党委", manifest.organisation());
        assertEquals("11", manifest.schemaVersion());

        // Work done after the backup, which the restore takes away.
        Member later = ledger.services.members().create(TestLedger.member("LATER MEMBER", TestLedger.idBornIn(1990, 12), branch.id()));
        ledger.services.members().changeStatus(member.id(), member.version(), MemberStatus.SUSPENDED,
                java.time.LocalDate.of(2026, 11, 20), null);
        assertNotEquals(atBackup, content(ledger.services));

        RestoreResult result = ledger.services.restore().restore(backup);
        assertFalse(ledger.services.open(), "the restore ends the session");
        assertTrue(Files.isRegularFile(result.previousDatabase()) && Files.isRegularFile(result.previousKeyFile()));
        assertEquals(manifest.createdAt(), result.manifest().createdAt());

        try (Services admin = login("admin")) {
            assertEquals(atBackup, content(admin));
            assertTrue(admin.members().roster(branch.id(), false, true).stream().noneMatch(m -> m.id() == later.id()));
        }
        try (Services auditor = login("shenji")) {
            AuditVerification verification = auditor.audit().verify();
            assertTrue(verification.intact(), String.valueOf(verification));
            List<AuditEntry> chain = entries(auditor);
            for (AuditEntry before : chainAtBackup) {
                AuditEntry now = chain.get((int) before.seq() - 1);
                assertEquals(before.hash(), now.hash(), "entry " + before.seq() + " is the one backed up");
            }
            List<String> after = chain.subList(chainAtBackup.size(), chain.size()).stream().map(AuditEntry::action).toList();
            assertTrue(after.contains("RESTORED"), String.valueOf(after));
            assertFalse(after.contains("ROLLBACK_DETECTED") || after.contains("BACKUP"), String.valueOf(after));
            AuditEntry restored = chain.stream().filter(e -> e.action().equals("RESTORED")).findFirst().orElseThrow();
            assertTrue(restored.summary().contains("createdAt: " + manifest.createdAt()), restored.summary());
            assertEquals("admin", restored.username());
        }
        assertEquals(List.of(), leftovers(), "no working directories stay behind");
    }

    @Test
    void theBackupIsEncryptedAsTheDatabaseIs() throws Exception {
        Path backup = dir.resolve("b.clbak");
        ledger.services.backups().backup(backup);
        Path extracted = dir.resolve("extracted").resolve("copy.mv.db");
        Files.createDirectories(extracted.getParent());
        try (var zip = new java.util.zip.ZipFile(backup.toFile())) {
            assertEquals(Set.of("manifest.properties", "ledger.mv.db", "ledger.keys"),
                    zip.stream().map(java.util.zip.ZipEntry::getName).collect(java.util.stream.Collectors.toSet()));
            try (var in = zip.getInputStream(zip.getEntry("ledger.mv.db"))) {
                Files.copy(in, extracted);
            }
        }
        String raw = new String(Files.readAllBytes(extracted), StandardCharsets.ISO_8859_1);
        assertTrue(raw.length() > 4096);
        for (String secret : List.of("OUYANG MIMI", "BMCS-SECRET-ID", "member_transfer")) {
            assertFalse(raw.contains(secret), "readable in the backup: " + secret);
        }
        assertThrows(java.sql.SQLException.class, () -> RawSql.openWithoutKey(DatabaseLocation.of(extracted)).close());
    }

    enum Damage { FLIPPED_BYTE, TRUNCATED, NOT_A_BACKUP, FOREIGN_ZIP, NEWER_SCHEMA }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(textBlock = """
            FLIPPED_BYTE, error.backup.damagedFile, SHA-256
            TRUNCATED,    error.backup.damaged,     截断
            NOT_A_BACKUP, error.backup.notABackup,  不是网络行为台账的备份文件
            FOREIGN_ZIP,  error.backup.notABackup,  不是网络行为台账的备份文件
            NEWER_SCHEMA, error.backup.newerSchema, 较新版本
            """)
    void aDamagedOrForeignBackupIsRefusedAndTheCurrentDatabaseIsUntouched(Damage damage, String key, String words)
            throws Exception {
        Path good = dir.resolve("good.clbak");
        ledger.services.backups().backup(good);
        Path bad = damage(good, damage);
        Path database = ledger.location.file();
        Path keys = org.conductledger.store.KeyFile.pathFor(ledger.location);
        checkpoint();
        String databaseHash = sha256(database);
        String keysHash = sha256(keys);

        LedgerException refused = assertThrows(LedgerException.class, () -> ledger.services.restore().restore(bad));
        assertEquals(key, refused.messageKey());
        String message = org.conductledger.i18n.Messages.load(java.util.Locale.SIMPLIFIED_CHINESE).describe(refused);
        assertTrue(message.contains(words) && message.contains("当前数据未被改动"), message);

        assertEquals(databaseHash, sha256(database), "the database file is unchanged");
        assertEquals(keysHash, sha256(keys), "the key file is unchanged");
        assertTrue(ledger.services.open(), "the session goes on");
        assertEquals("OUYANG MIMI", ledger.services.members().roster(branch.id(), false, false).get(0).name());
        assertFalse(Files.exists(database.resolveSibling(database.getFileName() + RestoreService.KEPT_SUFFIX)));
        assertEquals(List.of(), leftovers());
        if (damage == Damage.NEWER_SCHEMA) {
            assertEquals(key, assertThrows(LedgerException.class, () -> ledger.services.restore().inspect(bad)).messageKey(),
                    "the GUI's first look refuses it too");
        }
    }

    @Test
    void backupIsForAdministratorsAndTheOrganisationDepartmentAndRestoreForAdministratorsOnly() {
        Organisation zb = branch;
        for (var user : List.of(new UserForm("zzb", "组织部", ledger.root().id(), Set.of(Role.ORG_DEPARTMENT), null),
                new UserForm("zb1", "书记", zb.id(), Set.of(Role.BRANCH_SECRETARY), null))) {
            ledger.services.users().create(user, TestLedger.PASSWORD.toCharArray(), TestLedger.PASSWORD.toCharArray());
        }
        Path backup = dir.resolve("zzb.clbak");
        try (Services department = login("zzb"); Services secretary = login("zb1")) {
            department.backups().backup(backup);
            assertTrue(Files.isRegularFile(backup));
            assertEquals("error.access.deniedNeeds",
                    assertThrows(LedgerException.class, () -> department.restore().restore(backup)).messageKey());
            assertEquals("error.access.deniedNeeds",
                    assertThrows(LedgerException.class, () -> secretary.backups().backup(dir.resolve("zb1.clbak"))).messageKey());
            assertFalse(Files.exists(dir.resolve("zb1.clbak")));
        }
        try (Services auditor = login("shenji")) {
            List<AuditEntry> chain = entries(auditor);
            assertEquals(2, chain.stream().filter(e -> e.action().equals("ACCESS_DENIED")).count());
            assertTrue(chain.stream().anyMatch(e -> e.action().equals("BACKUP") && "zzb".equals(e.username())));
        }
    }

    @Test
    void aBackupIsNotWrittenOverTheLedgerItself() {
        assertEquals("error.backup.targetIsLedger", assertThrows(LedgerException.class,
                () -> ledger.services.backups().backup(ledger.location.file())).messageKey());
        assertEquals("error.backup.targetIsDirectory", assertThrows(LedgerException.class,
                () -> ledger.services.backups().backup(dir)).messageKey());
    }

    /** Makes H2 write out what it holds, so the file's hash stands still unless something is written. */
    private void checkpoint() {
        ledger.services.database().withJdbc(c -> {
            try (var s = c.createStatement()) {
                return s.execute("CHECKPOINT SYNC");
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private List<Path> leftovers() throws Exception {
        try (Stream<Path> files = Files.list(ledger.location.base().getParent())) {
            return files.filter(f -> f.getFileName().toString().startsWith(".")).toList();
        }
    }

    private Path damage(Path good, Damage damage) throws Exception {
        Path bad = dir.resolve("bad-" + damage + ".clbak");
        byte[] bytes = Files.readAllBytes(good);
        switch (damage) {
            case FLIPPED_BYTE -> {
                bytes[bytes.length / 2] ^= 0x40;
                Files.write(bad, bytes);
            }
            case TRUNCATED -> Files.write(bad, java.util.Arrays.copyOf(bytes, bytes.length / 2));
            case NOT_A_BACKUP -> Files.writeString(bad, "姓名,公民身份号码\n张三,320102198001010011\n");
            case FOREIGN_ZIP -> rezip(good, bad, name -> !name.equals("manifest.properties"), null);
            case NEWER_SCHEMA -> rezip(good, bad, name -> true, "99");
        }
        return bad;
    }

    /** Copies a backup's entries (those {@code keep} accepts), optionally claiming another schema version. */
    private static void rezip(Path from, Path to, java.util.function.Predicate<String> keep, String schemaVersion) throws Exception {
        try (var zip = new java.util.zip.ZipFile(from.toFile());
             var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(to))) {
            for (var entry : java.util.Collections.list(zip.entries())) {
                if (!keep.test(entry.getName())) {
                    continue;
                }
                out.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
                byte[] content = zip.getInputStream(entry).readAllBytes();
                if (schemaVersion != null && entry.getName().equals("manifest.properties")) {
                    content = new String(content, StandardCharsets.UTF_8).replaceAll("schemaVersion=\\d+", "schemaVersion=" + schemaVersion)
                            .getBytes(StandardCharsets.UTF_8);
                }
                out.write(content);
                out.closeEntry();
            }
        }
    }

    static String sha256(Path file) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
