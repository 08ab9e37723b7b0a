package org.conductledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.conductledger.app.AppLedgerAccess;
import org.conductledger.i18n.Messages;
import org.conductledger.model.OrgType;
import org.conductledger.model.TestClock;
import org.conductledger.service.AuthService;
import org.conductledger.service.TestLedger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code backup --out f} and {@code restore f}, as CliTest runs commands: real ledger, captured output, exit codes. */
class BackupCommandTest {

    @TempDir
    Path dir;
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    final Map<String, String> variables = new HashMap<>(Map.of(PasswordSource.PASSWORD_VARIABLE, TestLedger.PASSWORD));

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        AuthService auth = new AuthService(TestClock.CLOCK, TestLedger.FAST, "cli-test");
        CliEnvironment env = new CliEnvironment(Messages.load(Locale.SIMPLIFIED_CHINESE), dir.resolve("default"),
                new AppLedgerAccess(auth, TestClock.CLOCK, TestLedger.FAST, "cli-test"), new PasswordSource(variables, null),
                new PrintWriter(out, true), new PrintWriter(err, true), dir.resolve("logs"));
        return new Cli(env, db -> { }).run(args);
    }

    private String db() {
        return dir.resolve("ledger").toString();
    }

    @BeforeEach
    void aLedgerWithABranch() {
        try (TestLedger ledger = TestLedger.open(dir)) {
            ledger.org(null, "第一党支部", "ZB1", OrgType.BRANCH);
            ledger.services.users().create(new org.conductledger.model.UserForm("shenji", "审计员", ledger.root().id(),
                    java.util.Set.of(org.conductledger.model.Role.AUDITOR), null),
                    TestLedger.PASSWORD.toCharArray(), TestLedger.PASSWORD.toCharArray());
        }
        variables.put(PasswordSource.NEW_PASSWORD_VARIABLE, AUDITOR_PASSWORD);
        assertEquals(0, run("--db", db(), "--user", "shenji", "passwd"), err.toString());   // a reset password is changed first
    }

    static final String AUDITOR_PASSWORD = "Auditor#2026";

    /** Runs a command as the auditor, with the auditor's own password. */
    private int asAuditor(String... args) {
        variables.put(PasswordSource.PASSWORD_VARIABLE, AUDITOR_PASSWORD);
        try {
            String[] all = new String[args.length + 4];
            System.arraycopy(new String[] {"--db", db(), "--user", "shenji"}, 0, all, 0, 4);
            System.arraycopy(args, 0, all, 4, args.length);
            return run(all);
        } finally {
            variables.put(PasswordSource.PASSWORD_VARIABLE, TestLedger.PASSWORD);
        }
    }

    @Test
    void backupThenRestorePutsTheLedgerBackAndTheAuditChainVerifies() {
        Path backup = dir.resolve("out").resolve("台账.clbak");
        assertEquals(0, run("--db", db(), "--user", "admin", "backup", "--out", backup.toString()), err.toString());
        assertTrue(out.toString().contains("已备份到") && out.toString().contains("台账.clbak"), out.toString());
        assertTrue(Files.isRegularFile(backup));

        assertEquals(0, run("--db", db(), "--user", "admin", "reference", "add", "--platform", "XQ", "--name", "小区论坛"),
                err.toString());
        assertEquals(0, run("--db", db(), "--user", "admin", "restore", backup.toString()), err.toString());
        assertTrue(out.toString().contains("已从备份") && out.toString().contains("before-restore"), out.toString());

        assertEquals(0, run("--db", db(), "--user", "admin", "reference", "list"), err.toString());
        assertFalse(out.toString().contains("小区论坛"), "the platform added after the backup is gone: " + out);
        assertEquals(0, asAuditor("audit", "verify"), out + " " + err);
        assertTrue(out.toString().contains("审计日志完整"), out.toString());
        assertEquals(0, run("--db", db(), "--user", "admin", "info"), err.toString());
        assertTrue(out.toString().contains("organisation: 2（党组织）"), out.toString());
    }

    @Test
    void aDamagedBackupIsRefusedWithStatusTwoAndTheLedgerStaysAsItWas() throws Exception {
        Path backup = dir.resolve("b.clbak");
        assertEquals(0, run("--db", db(), "--user", "admin", "backup", "--out", backup.toString()), err.toString());
        byte[] bytes = Files.readAllBytes(backup);
        Files.write(backup, java.util.Arrays.copyOf(bytes, bytes.length - 100));
        assertEquals(0, run("--db", db(), "--user", "admin", "reference", "add", "--platform", "XQ", "--name", "小区论坛"),
                err.toString());

        assertEquals(Cli.EXIT_USER_ERROR, run("--db", db(), "--user", "admin", "restore", backup.toString()));
        assertTrue(err.toString().contains("不完整或已损坏") && err.toString().contains("当前数据未被改动"), err.toString());
        assertFalse(err.toString().contains("Exception"), err.toString());
        assertEquals(0, run("--db", db(), "--user", "admin", "reference", "list"), err.toString());
        assertTrue(out.toString().contains("小区论坛"), "nothing was replaced: " + out);
        assertFalse(Files.exists(dir.resolve("ledger.mv.db.before-restore")));

        assertEquals(Cli.EXIT_USER_ERROR, run("--db", db(), "--user", "admin", "restore", dir.resolve("nowhere.clbak").toString()));
        assertTrue(err.toString().contains("找不到备份文件"), err.toString());
    }

    @Test
    void onlyTheAdministratorRestoresAndTheAuditorMayNotBackUp() {
        Path backup = dir.resolve("b.clbak");
        assertEquals(Cli.EXIT_USER_ERROR, asAuditor("backup", "--out", backup.toString()));
        assertTrue(err.toString().contains("无权"), err.toString());
        assertFalse(Files.exists(backup));
        assertEquals(0, run("--db", db(), "--user", "admin", "backup", "--out", backup.toString()), err.toString());
        assertEquals(Cli.EXIT_USER_ERROR, asAuditor("restore", backup.toString()));
        assertTrue(err.toString().contains("无权"), err.toString());
    }

    @Test
    void backupNeedsItsTargetAndRestoreItsFile() {
        assertEquals(Cli.EXIT_USER_ERROR, run("--db", db(), "--user", "admin", "backup"));
        assertTrue(err.toString().contains("--out"), err.toString());
        assertEquals(Cli.EXIT_USER_ERROR, run("--db", db(), "--user", "admin", "restore"));
        assertTrue(err.toString().contains("<file.clbak>"), err.toString());
        assertEquals(0, run("backup", "--help"));
        assertTrue(out.toString().contains("用法") && out.toString().contains("--out"), out.toString());
    }

    @Test
    void theNumberOfDailyBackupsKeptIsAPolicy() {
        assertEquals(0, run("--db", db(), "--user", "admin", "policy", "--backup-keep", "7"), err.toString());
        assertTrue(out.toString().contains("保留最近 7 份") && out.toString().contains("backups"), out.toString());
        assertEquals(Cli.EXIT_USER_ERROR, run("--db", db(), "--user", "admin", "policy", "--backup-keep", "0"));
        assertTrue(err.toString().contains("1 到 365"), err.toString());
    }

    @Test
    void aLedgerThatCannotBeOpenedAtAllIsRestoredByAnAdministratorOfTheBackup() throws Exception {
        Path backup = dir.resolve("b.clbak");
        assertEquals(0, run("--db", db(), "--user", "admin", "backup", "--out", backup.toString()), err.toString());
        Path keys = dir.resolve("ledger.keys");
        Files.delete(keys);                                           // lost: nobody can open the database now
        assertEquals(Cli.EXIT_USER_ERROR, run("--db", db(), "--user", "admin", "info"));
        assertTrue(err.toString().contains("密钥文件"), err.toString());

        variables.put(PasswordSource.PASSWORD_VARIABLE, "Wrong#Pass1");
        assertEquals(Cli.EXIT_USER_ERROR, run("--db", db(), "--user", "admin", "restore", backup.toString()));
        assertTrue(err.toString().contains("用户名或密码错误"), err.toString());
        assertFalse(Files.exists(keys), "nothing was put in place");
        assertEquals(Cli.EXIT_USER_ERROR, asAuditor("restore", backup.toString()));
        assertTrue(err.toString().contains("不是在用的系统管理员"), err.toString());
        assertFalse(Files.exists(keys));

        variables.put(PasswordSource.PASSWORD_VARIABLE, TestLedger.PASSWORD);
        assertEquals(0, run("--db", db(), "--user", "admin", "restore", backup.toString()), err.toString());
        assertTrue(err.toString().contains("无法打开") && out.toString().contains("已从备份"), err + " " + out);
        assertTrue(Files.isRegularFile(keys) && Files.isRegularFile(dir.resolve("ledger.mv.db.before-restore")));
        assertEquals(0, run("--db", db(), "--user", "admin", "info"), err.toString());
        assertEquals(0, asAuditor("audit", "verify"), out + " " + err);
        assertTrue(out.toString().contains("审计日志完整"), out.toString());
    }

    @Test
    void aWrongPasswordIsNotTakenForALedgerThatCannotBeOpened() throws Exception {
        Path backup = dir.resolve("b.clbak");
        assertEquals(0, run("--db", db(), "--user", "admin", "backup", "--out", backup.toString()), err.toString());
        variables.put(PasswordSource.PASSWORD_VARIABLE, "Wrong#Pass1");
        assertEquals(Cli.EXIT_USER_ERROR, run("--db", db(), "--user", "admin", "restore", backup.toString()));
        assertTrue(err.toString().contains("用户名或密码错误"), err.toString());
        assertFalse(err.toString().contains("无法打开"), err.toString());
        assertFalse(Files.exists(dir.resolve("ledger.mv.db.before-restore")));
    }
}
