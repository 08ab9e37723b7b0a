package org.conductledger.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.conductledger.app.Services;
import org.conductledger.exchange.PackageFile;
import org.conductledger.model.LedgerException;
import org.conductledger.model.OrgType;
import org.conductledger.model.Organisation;
import org.conductledger.model.Role;
import org.conductledger.model.TestClock;
import org.conductledger.service.AuditVerification;
import org.conductledger.service.AuthService;
import org.conductledger.service.Registers;
import org.conductledger.service.TestLedger;
import org.conductledger.store.DatabaseLocation;
import org.conductledger.store.RawSql;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash safety (issue 13): a child JVM writes through the real services and is killed with SIGKILL at a moment
 * drawn from a fixed seed; the ledger is then reopened and checked — it opens, every commit the child logged is
 * there, no multi-row change is half visible, and the audit chain verifies. The same with the kill during a
 * backup, a package import and an xlsx import. {@code -Dreliability.trials=N} sets the write trials (the other
 * kinds run a quarter as many, at least 2); {@code .ci/run} runs 50.
 */
@Tag("embedded-only")
class CrashSafetyTest {

    static final int TRIALS = Integer.getInteger("reliability.trials", 8);
    static final long SEED = 20_261_202L;
    static final long READY_TIMEOUT = 90_000;

    @TempDir
    Path dir;

    /** A ledger with 第一党支部 (unless {@code bare}), the writer "cb", an auditor "sj" and an administrator "xt". */
    static DatabaseLocation prepare(Path directory, boolean bare) throws java.io.IOException {
        Files.createDirectories(directory);
        try (TestLedger ledger = TestLedger.openEmbedded(directory)) {
            if (!bare) {
                ledger.org(null, "第一党支部", "ZB1", OrgType.BRANCH);
            }
            ledger.loginAs(CrashWriter.USER, ledger.root(), Set.of(Role.CASE_HANDLER, Role.ORG_DEPARTMENT));
            ledger.loginAs("sj", ledger.root(), Set.of(Role.AUDITOR));
            ledger.loginAs("xt", ledger.root(), Set.of(Role.SYSTEM_ADMIN));
            return ledger.location;
        }
    }

    @Test
    void committedWritesSurviveSigkillWholeAndTheAuditChainVerifies() throws Exception {
        DatabaseLocation location = prepare(dir.resolve("ledger"), false);
        Path side = dir.resolve("commits.log");
        Random random = new Random(SEED);
        List<String> failures = new ArrayList<>();
        for (int trial = 0; trial < TRIALS; trial++) {
            try (Child child = Child.start(CrashWriter.class, List.of(), "writes", location.base().toString(),
                    side.toString(), Integer.toString(trial * CrashWriter.MAX_ITERATIONS))) {
                child.await("READY", READY_TIMEOUT);
                Thread.sleep(100 + random.nextInt(2_400));
                child.kill();
            }
            check(location, side, true, "trial " + trial, failures);
        }
        List<String> commits = commits(side);
        System.out.println("RELIABILITY crash kind=writes trials=" + TRIALS + " commits=" + commits.size()
                + " failures=" + failures.size());
        assertEquals(List.of(), failures);
        assertTrue(commits.size() > TRIALS, "the writer committed something in most trials: " + commits.size());
    }

    @Test
    void aBackupKilledHalfWayIsAbsentOrRefusedNeverAcceptedBroken() throws Exception {
        DatabaseLocation location = prepare(dir.resolve("ledger"), false);
        Path side = dir.resolve("commits.log");
        Path backups = Files.createDirectories(dir.resolve("backups"));
        Random random = new Random(SEED + 1);
        List<String> failures = new ArrayList<>();
        int trials = Math.max(2, TRIALS / 4);
        int restored = 0;
        int refused = 0;
        for (int trial = 0; trial < trials; trial++) {
            try (Child child = Child.start(CrashWriter.class, List.of("-Dcrash.backups=" + backups), "backup",
                    location.base().toString(), side.toString(), Integer.toString(trial * CrashWriter.MAX_ITERATIONS))) {
                child.await("READY", READY_TIMEOUT);
                Thread.sleep(500 + random.nextInt(3_000));
                child.kill();
            }
            check(location, side, true, "backup trial " + trial, failures);
            List<String> logged = commits(side).stream().filter(l -> l.startsWith("B ")).map(l -> l.substring(2)).toList();
            List<Path> files;
            try (Stream<Path> list = Files.list(backups)) {
                files = list.filter(p -> !Files.isDirectory(p)).sorted().toList();
            }
            String newest = logged.isEmpty() ? "" : logged.get(logged.size() - 1);
            for (Path file : files) {
                boolean promised = logged.contains(file.toString());
                if (promised && !file.toString().equals(newest)) {
                    continue;   // the newest promised backup, the one closest to the kill, stands for the others
                }
                String outcome = restoreOnCopy(location, file, dir.resolve("scratch-" + trial + "-" + file.getFileName()));
                if (outcome == null) {
                    restored++;
                } else if (promised) {
                    failures.add("backup trial " + trial + ": logged backup " + file.getFileName() + " not restorable: " + outcome);
                } else {
                    refused++;
                }
                if (!promised) {
                    Files.delete(file);   // a left-over is the user's to delete; keep the next trial's listing short
                }
            }
            // Only the newest promised backup is kept for the next trial's check, so each trial restores few files.
            for (Path file : files) {
                if (Files.exists(file) && !file.toString().equals(newest)) {
                    Files.delete(file);
                }
            }
        }
        System.out.println("RELIABILITY crash kind=backup trials=" + trials + " restored=" + restored + " refused=" + refused
                + " failures=" + failures.size());
        assertEquals(List.of(), failures);
        assertTrue(restored > 0, "the trials made backups to check");
    }

    /**
     * Restores {@code backup} onto a copy of the ledger (so the crash ledger goes on) and checks the restored chain.
     * Null when restored; otherwise the refusal's message key (a refusal is fine for a file nobody was promised).
     */
    private static String restoreOnCopy(DatabaseLocation live, Path backup, Path scratch) throws Exception {
        Files.createDirectories(scratch);
        DatabaseLocation copy = DatabaseLocation.of(scratch.resolve("ledger"));
        Files.copy(live.file(), copy.file(), StandardCopyOption.REPLACE_EXISTING);
        Files.copy(live.base().resolveSibling(live.base().getFileName() + ".keys"), scratch.resolve("ledger.keys"),
                StandardCopyOption.REPLACE_EXISTING);
        try {
            try (Services admin = login(copy, "xt")) {
                admin.restore().restore(backup);
            }
        } catch (LedgerException refused) {
            return refused.messageKey();
        }
        try (Services auditor = login(copy, "sj")) {
            AuditVerification verification = auditor.audit().verify();
            return verification.intact() ? null : "restored chain broken at " + verification.brokenAtSeq() + " "
                    + verification.problemKey();
        }
    }

    @Test
    void aPackageImportKilledHalfWayLeavesAllOrNothing() throws Exception {
        Path sender = dir.resolve("sender");
        Path pkg = dir.resolve("zb1-1.clp");
        String fingerprint;
        int records;
        try (TestLedger branch = TestLedger.openEmbedded(sender)) {
            Organisation zb1 = branch.org(null, "第一党支部", "ZB1", OrgType.BRANCH);
            long weibo = Registers.platform(branch.services, "WB");
            for (int i = 0; i < 60; i++) {
                long member = branch.services.members().create(TestLedger.member("成员" + i,
                        org.conductledger.model.TestIds.id("320102", java.time.LocalDate.of(1960, 1, 1).plusDays(i), 11),
                        zb1.id())).id();
                branch.services.registers().create(Registers.account(member, weibo, "pkg-" + i));
            }
            Services secretary = branch.loginAs("zb1", zb1, Set.of(Role.BRANCH_SECRETARY));
            secretary.packageExport().export("ROOT", parts -> PackageFile.write(pkg, parts));
            fingerprint = secretary.packageExport().fingerprint();
            records = 1 + 60 + 60;
        }
        List<String> failures = new ArrayList<>();
        int[] outcome = allOrNothing("package", pkg, fingerprint, true, records, failures);
        System.out.println("RELIABILITY crash kind=package trials=" + outcome[0] + " complete=" + outcome[1] + " nothing="
                + outcome[2] + " failures=" + failures.size());
        assertEquals(List.of(), failures);
    }

    @Test
    void anXlsxImportKilledHalfWayLeavesAllOrNothing() throws Exception {
        Path source = dir.resolve("source");
        Path xlsx = dir.resolve("members.xlsx");
        try (TestLedger ledger = TestLedger.openEmbedded(source)) {
            Organisation zb1 = ledger.org(null, "第一党支部", "ZB1", OrgType.BRANCH);
            for (int i = 0; i < 80; i++) {
                ledger.services.members().create(TestLedger.member("成员" + i,
                        org.conductledger.model.TestIds.id("320102", java.time.LocalDate.of(1960, 1, 1).plusDays(i), 11),
                        zb1.id()));
            }
            ledger.services.exporter().members(ledger.root().id(), true, true, xlsx);
        }
        List<String> failures = new ArrayList<>();
        int[] outcome = allOrNothing("xlsx", xlsx, null, false, 80, failures);
        System.out.println("RELIABILITY crash kind=xlsx trials=" + outcome[0] + " complete=" + outcome[1] + " nothing="
                + outcome[2] + " failures=" + failures.size());
        assertEquals(List.of(), failures);
    }

    /**
     * Runs the import once to the end (the calibration: how long it takes, and that it succeeds), then kills it at
     * random moments within that time on fresh copies of the same ledger; each time the ledger holds either all of
     * the file or none of it. Returns {trials, complete, nothing}.
     */
    private int[] allOrNothing(String mode, Path file, String fingerprint, boolean bare, int expected, List<String> failures)
            throws Exception {
        Path pristine = dir.resolve("pristine");
        prepare(pristine, bare);
        int trials = Math.max(2, TRIALS / 4);
        Random random = new Random(SEED + mode.hashCode());
        long duration = 0;
        int complete = 0;
        int nothing = 0;
        for (int trial = 0; trial <= trials; trial++) {
            Path copy = dir.resolve(mode + "-" + trial);
            Files.createDirectories(copy);
            for (String name : List.of("ledger.mv.db", "ledger.keys")) {
                Files.copy(pristine.resolve(name), copy.resolve(name));
            }
            DatabaseLocation location = DatabaseLocation.of(copy.resolve("ledger"));
            Path side = copy.resolve("commits.log");
            List<String> args = new ArrayList<>(List.of(mode, location.base().toString(), side.toString(), "0", file.toString()));
            if (fingerprint != null) {
                args.add(fingerprint);
            }
            try (Child child = Child.start(CrashWriter.class, List.of(), args.toArray(String[]::new))) {
                child.await("START", READY_TIMEOUT);
                long started = System.currentTimeMillis();
                if (trial == 0) {
                    child.await("DONE", 120_000);
                    duration = System.currentTimeMillis() - started;
                } else {
                    Thread.sleep(random.nextInt((int) Math.max(1, duration * 11 / 10)));
                }
                child.kill();
            }
            String label = mode + " trial " + trial;
            boolean promised = !commits(side).isEmpty();
            check(location, side, false, label, failures);
            int members;
            try (Services auditor = login(location, "cb")) {
                members = auditor.members().roster(auditor.organisations().all().get(0).id(), true, true).size();
                if (mode.equals("package")) {
                    members += auditor.registers().list(org.conductledger.model.RegisterKind.ACCOUNT,
                            auditor.organisations().all().get(0).id(), true).size()
                            + (int) auditor.organisations().all().stream().filter(o -> "ZB1".equals(o.code())).count();
                }
            }
            if (members == expected) {
                complete++;
            } else if (members == 0 && !promised) {
                nothing++;
            } else {
                failures.add(label + ": " + members + " of " + expected + " records after the kill (logged done: " + promised + ")");
            }
            if (trial == 0 && members != expected) {
                failures.add(label + ": the uninterrupted import did not complete");
            }
        }
        return new int[] {trials, complete - 1, nothing};
    }

    /** Logs in as {@code username} on {@code location} (the real login: opens, recovers, checks the anchor). */
    static Services login(DatabaseLocation location, String username) {
        AuthService auth = new AuthService(TestClock.CLOCK, TestLedger.FAST, TestLedger.HOST);
        var result = auth.login(location, username, TestLedger.PASSWORD.toCharArray());
        return Services.wire(result.ledger(), result.session(), TestClock.CLOCK, TestLedger.FAST, TestLedger.HOST);
    }

    /** Complete lines only: the child may have been killed half-way through writing the last one. */
    static List<String> commits(Path side) throws java.io.IOException {
        if (!Files.exists(side)) {
            return List.of();
        }
        String text = Files.readString(side, StandardCharsets.UTF_8);
        int end = text.lastIndexOf('\n');
        return end < 0 ? List.of() : List.of(text.substring(0, end).split("\n"));
    }

    /** The checks after every kill; problems go to {@code failures} prefixed with {@code label}. */
    static void check(DatabaseLocation location, Path side, boolean everyRecordHasOperators, String label,
                      List<String> failures) throws Exception {
        List<String> problems = new ArrayList<>();
        try (Connection c = RawSql.connect(location, "admin", TestLedger.PASSWORD)) {
            for (String line : commits(side)) {
                String[] f = line.split(" ");
                boolean present = switch (f[0]) {
                    case "M" -> count(c, "SELECT COUNT(*) FROM member WHERE id = ? AND id_number = ?", f[1], f[2]) == 1;
                    case "R" -> count(c, "SELECT COUNT(*) FROM register_record WHERE id = ?", f[1]) == 1;
                    case "C" -> count(c, "SELECT COUNT(*) FROM case_file WHERE id = ?", f[1]) == 1;
                    case "T" -> count(c, "SELECT COUNT(*) FROM case_transition WHERE case_id = ? AND to_stage = ?", f[1], f[2]) == 1;
                    case "E" -> count(c, "SELECT COUNT(*) FROM case_evidence WHERE case_id = ? AND id = ?", f[1], f[2]) == 1;
                    case "O" -> count(c, "SELECT COUNT(*) FROM outcome WHERE id = ?", f[1]) == 1;
                    case "B", "P", "X" -> true;   // checked by the caller
                    default -> false;
                };
                if (!present) {
                    problems.add("logged commit missing: " + line);
                }
            }
            List<String[]> invariants = new ArrayList<>(List.of(
                    new String[] {"member without its CREATE audit entry", "SELECT COUNT(*) FROM member m WHERE NOT EXISTS "
                            + "(SELECT 1 FROM audit_entry a WHERE a.action = 'CREATE' AND a.object_type = 'member' "
                            + "AND a.object_id = CAST(m.id AS VARCHAR(64)))"},
                    new String[] {"register record without its CREATE audit entry", "SELECT COUNT(*) FROM register_record r "
                            + "WHERE NOT EXISTS (SELECT 1 FROM audit_entry a WHERE a.action = 'CREATE' "
                            + "AND a.object_type = 'register' AND a.object_id = CAST(r.id AS VARCHAR(64)))"},
                    new String[] {"case without its CREATE audit entry", "SELECT COUNT(*) FROM case_file k WHERE NOT EXISTS "
                            + "(SELECT 1 FROM audit_entry a WHERE a.action = 'CREATE' AND a.object_type = 'case' "
                            + "AND a.object_id = CAST(k.id AS VARCHAR(64)))"},
                    new String[] {"case transitions and their STATUS_CHANGE audit entries differ", "SELECT COUNT(*) FROM case_file k "
                            + "WHERE (SELECT COUNT(*) FROM case_transition t WHERE t.case_id = k.id AND t.from_stage IS NOT NULL) "
                            + "<> (SELECT COUNT(*) FROM audit_entry a WHERE a.action = 'STATUS_CHANGE' AND a.object_type = 'case' "
                            + "AND a.object_id = CAST(k.id AS VARCHAR(64)))"},
                    new String[] {"case without its subject", "SELECT COUNT(*) FROM case_file k WHERE NOT EXISTS "
                            + "(SELECT 1 FROM case_subject s WHERE s.case_id = k.id)"},
                    new String[] {"evidence without its EVIDENCE_ADD audit entry", "SELECT COUNT(*) FROM case_evidence e "
                            + "WHERE NOT EXISTS (SELECT 1 FROM audit_entry a WHERE a.action = 'EVIDENCE_ADD' "
                            + "AND a.summary LIKE CONCAT('evidence: ', CAST(e.id AS VARCHAR(64)), ';%'))"},
                    new String[] {"outcome without its measures", "SELECT COUNT(*) FROM outcome o WHERE NOT EXISTS "
                            + "(SELECT 1 FROM outcome_measure m WHERE m.outcome_id = o.id)"},
                    new String[] {"outcome without its OUTCOME_RECORD audit entry", "SELECT COUNT(*) FROM outcome o WHERE NOT EXISTS "
                            + "(SELECT 1 FROM audit_entry a WHERE a.action = 'OUTCOME_RECORD' "
                            + "AND a.object_id = CAST(o.id AS VARCHAR(64)))"},
                    new String[] {"gap in the audit sequence", "SELECT COUNT(*) - COALESCE(MAX(seq), 0) FROM audit_entry"}));
            if (everyRecordHasOperators) {
                invariants.add(new String[] {"register record without its operators", "SELECT COUNT(*) FROM register_record r "
                        + "WHERE NOT EXISTS (SELECT 1 FROM register_operator o WHERE o.record_id = r.id)"});
            }
            for (String[] invariant : invariants) {
                long n = count(c, invariant[1]);
                if (n != 0) {
                    problems.add(invariant[0] + ": " + n);
                }
            }
        } catch (SQLException | RuntimeException e) {
            problems.add("database does not open: " + e);
        }
        try (Services auditor = login(location, "sj")) {
            AuditVerification verification = auditor.audit().verify();
            if (!verification.intact()) {
                problems.add("audit chain broken at " + verification.brokenAtSeq() + ": " + verification.problemKey());
            }
        } catch (RuntimeException e) {
            problems.add("login after the kill failed: " + e);
        }
        problems.forEach(p -> failures.add(label + ": " + p));
    }

    private static long count(Connection c, String sql, String... parameters) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setString(i + 1, parameters[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }
}
