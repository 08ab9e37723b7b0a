package org.conductledger.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import org.conductledger.model.AuditEntry;
import org.conductledger.model.Member;
import org.conductledger.model.MemberStatus;
import org.conductledger.model.OrgType;
import org.conductledger.model.Organisation;
import org.conductledger.model.Role;
import org.conductledger.store.AuditRepository;
import org.conductledger.store.RawSql;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every change leaves an entry; editing, deleting or reordering any single entry with raw SQL is detected. */
class AuditChainTest {

    @TempDir
    Path dir;
    TestLedger ledger;
    AuditService auditor;

    @BeforeEach
    void someHistory() {
        ledger = TestLedger.open(dir);
        Organisation branch = ledger.org(null, "第一党支部", "ZB1", OrgType.BRANCH);
        Organisation other = ledger.org(null, "第二党支部", "ZB2", OrgType.BRANCH);
        Member m = ledger.services.members().create(TestLedger.member("赵敏", TestLedger.idBornIn(1982, 7), branch.id()));
        m = ledger.services.members().transfer(m.id(), m.version(), other.id(), LocalDate.of(2026, 1, 5), "调动");
        ledger.services.members().changeStatus(m.id(), m.version(), MemberStatus.SUSPENDED, LocalDate.of(2026, 2, 1), null);
        auditor = ledger.loginAs("shenji", ledger.root(), java.util.Set.of(Role.AUDITOR)).audit();
    }

    @AfterEach
    void close() {
        ledger.close();
    }

    private long count() {
        return auditor.find(new org.conductledger.model.AuditFilter(null, null, null, null, null, 10_000)).size();
    }

    @Test
    void everyChangeAndLoginIsRecordedAndTheChainVerifies() {
        var entries = auditor.find(new org.conductledger.model.AuditFilter(null, null, null, null, null, 100));
        var actions = entries.stream().map(AuditEntry::action).toList();
        for (String expected : java.util.List.of("INITIALISE", "USER_CREATE", "LOGIN", "CREATE", "TRANSFER", "STATUS_CHANGE")) {
            assertTrue(actions.contains(expected), expected + " missing from " + actions);
        }
        AuditEntry created = entries.stream().filter(e -> e.action().equals("CREATE") && "member".equals(e.objectType()))
                .findFirst().orElseThrow();
        assertTrue(created.summary().contains("3201**********"), "ID numbers are masked: " + created.summary());
        assertEquals("admin", created.username());
        assertEquals(TestLedger.HOST, created.host());
        AuditVerification result = auditor.verify();
        assertTrue(result.intact(), String.valueOf(result));
        assertEquals(count(), result.checked());
    }

    @Test
    void detectsAnEditedEntryAndNamesIt() throws Exception {
        RawSql.execute(ledger.location, "admin", TestLedger.PASSWORD, "UPDATE audit_entry SET summary = 'nothing happened' WHERE seq = 5");
        AuditVerification result = auditor.verify();
        assertEquals(5L, result.brokenAtSeq());
        assertEquals("audit.verify.content", result.problemKey());
        assertEquals(4, result.checked());
    }

    @Test
    void detectsAnEditedEntryEvenWhenItsHashIsRecomputedByTheNextLink() throws Exception {
        // Rewriting an entry and its own hash still breaks the link from the entry after it.
        RawSql.execute(ledger.location, "admin", TestLedger.PASSWORD, "UPDATE audit_entry SET hash = '" + "a".repeat(64) + "' WHERE seq = 3");
        AuditVerification result = auditor.verify();
        assertEquals(3L, result.brokenAtSeq());
    }

    @Test
    void detectsADeletedEntryInTheMiddle() throws Exception {
        RawSql.execute(ledger.location, "admin", TestLedger.PASSWORD, "DELETE FROM audit_entry WHERE seq = 4");
        AuditVerification result = auditor.verify();
        assertEquals(4L, result.brokenAtSeq());
        assertEquals("audit.verify.missing", result.problemKey());
    }

    @Test
    @Tag("embedded-only")   // needs the anchor kept in the key file beside an embedded database (ADR 0018)
    void detectsDeletionOfTheNewestEntry() throws Exception {
        long last = count();
        RawSql.execute(ledger.location, "admin", TestLedger.PASSWORD, "DELETE FROM audit_entry WHERE seq = " + last);
        AuditVerification result = auditor.verify();
        assertEquals(last, result.brokenAtSeq());
        assertEquals("audit.verify.truncated", result.problemKey());
    }

    @Test
    void detectsTwoEntriesSwapped() throws Exception {
        RawSql.execute(ledger.location, "admin", TestLedger.PASSWORD, "UPDATE audit_entry SET seq = -1 WHERE seq = 6");
        RawSql.execute(ledger.location, "admin", TestLedger.PASSWORD, "UPDATE audit_entry SET seq = 6 WHERE seq = 7");
        RawSql.execute(ledger.location, "admin", TestLedger.PASSWORD, "UPDATE audit_entry SET seq = 7 WHERE seq = -1");
        AuditVerification result = auditor.verify();
        assertEquals(6L, result.brokenAtSeq());
    }

    @Test
    @Tag("embedded-only")   // the anchor lives in the key file beside an embedded database (ADR 0018)
    void puttingBackAnOlderCopyOfTheDatabaseIsRecordedAtTheNextLoginAndFailsVerification() throws Exception {
        Path db = ledger.location.file();
        ledger.close();
        Path copy = dir.resolve("older-copy.mv.db");
        java.nio.file.Files.copy(db, copy);
        try (var admin = TestLedger.wire(ledger.auth.login(ledger.location, "admin", TestLedger.PASSWORD.toCharArray()))) {
            admin.users().setPolicy(new org.conductledger.model.LoginPolicy(5, 30, 15));    // entries the copy lacks
        }
        java.nio.file.Files.copy(copy, db, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        try (var shenji = TestLedger.wire(ledger.auth.login(ledger.location, "shenji", TestLedger.PASSWORD.toCharArray()))) {
            AuditVerification result = shenji.audit().verify();
            assertEquals("audit.verify.rolledBack", result.problemKey());
        }
    }

    @Test
    void exportsAWorkbookWithTheNamedHeadersAndAuditsTheExport() throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        int rows = auditor.export(new org.conductledger.model.AuditFilter(null, null, null, null, null, 1000), out,
                new org.conductledger.i18n.AuditWording(org.conductledger.i18n.Messages.load(java.util.Locale.SIMPLIFIED_CHINESE)));
        assertEquals(count() - 1, rows);   // the export's own entry comes after it
        // fastexcel writes non-ASCII text as XML character references (&#x5e8f;): decode them as Excel does.
        String xml = java.util.regex.Pattern.compile("&#x([0-9a-fA-F]+);")
                .matcher(new String(unzip(out.toByteArray()), java.nio.charset.StandardCharsets.UTF_8))
                .replaceAll(m -> new String(Character.toChars(Integer.parseInt(m.group(1), 16))));
        for (String header : AuditService.EXPORT_HEADERS) {
            assertTrue(xml.contains(header), "header " + header);
        }
        assertTrue(xml.contains("3201**********"), "masked ID numbers only");
        assertTrue(xml.contains("新增") || xml.contains("登录"), "actions in words, not codes");
        assertTrue(!xml.contains(">LOGIN<") && !xml.contains(">SUCCESS<"), "no raw codes in the sheet");
        var last = auditor.find(new org.conductledger.model.AuditFilter(null, null, null, null, null, 1)).get(0);
        assertEquals("EXPORT", last.action());
        assertEquals("print_log", last.objectType());
        assertTrue(auditor.verify().intact());
    }

    /** Every XML part of the .xlsx, concatenated. */
    private static byte[] unzip(byte[] xlsx) throws java.io.IOException {
        java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
        java.nio.file.Path file = java.nio.file.Files.createTempFile("export", ".xlsx");
        try {
            java.nio.file.Files.write(file, xlsx);
            try (var zip = new java.util.zip.ZipFile(file.toFile())) {
                for (var entries = zip.entries(); entries.hasMoreElements(); ) {
                    try (var in = zip.getInputStream(entries.nextElement())) {
                        in.transferTo(all);
                    }
                }
            }
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
        return all.toByteArray();
    }

    @Test
    void onlyTheAuditorReadsTheLog() {
        org.junit.jupiter.api.Assertions.assertThrows(org.conductledger.model.LedgerException.class,
                () -> ledger.services.audit().verify());
    }
}
