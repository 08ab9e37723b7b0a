package org.conductledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.conductledger.app.AppLedgerAccess;
import org.conductledger.i18n.Messages;
import org.conductledger.model.TestClock;
import org.conductledger.service.AuthService;
import org.conductledger.service.TestLedger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {

    @TempDir
    Path dir;
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    final Map<String, String> variables = new HashMap<>(Map.of(PasswordSource.PASSWORD_VARIABLE, TestLedger.PASSWORD));
    Path guiStartedWith;
    boolean guiStarted;

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        AuthService auth = new AuthService(TestClock.CLOCK, TestLedger.FAST, "cli-test");
        CliEnvironment env = new CliEnvironment(Messages.load(Locale.SIMPLIFIED_CHINESE), dir.resolve("default"),
                new AppLedgerAccess(auth, TestClock.CLOCK, TestLedger.FAST, "cli-test"), new PasswordSource(variables, null),
                new PrintWriter(out, true), new PrintWriter(err, true), dir.resolve("logs"));
        return new Cli(env, db -> {
            guiStarted = true;
            guiStartedWith = db;
        }).run(args);
    }

    private String db() {
        return dir.resolve("ledger").toString();
    }

    private void init() {
        assertEquals(0, run("init", "--db", db(), "--root-org", "某区委组织部", "--root-code", "qzzb", "--admin", "admin"),
                err.toString());
    }

    @Test
    void initCreatesTheLedgerAndInfoPrintsSchemaVersionAndRowCountsToTheAdministrator() {
        init();
        assertTrue(out.toString().contains("admin"), out.toString());
        assertEquals(0, run("--db", db(), "--user", "admin", "info"), err.toString());
        assertTrue(out.toString().contains("数据库结构版本：11"), out.toString());
        assertTrue(out.toString().contains("organisation: 1（党组织）"), out.toString());
        assertTrue(out.toString().contains("app_user: 1（用户）"), out.toString());
    }

    @Test
    void initTwiceIsRefused() {
        init();
        assertEquals(Cli.EXIT_USER_ERROR, run("init", "--db", db(), "--root-org", "x", "--root-code", "x", "--admin", "admin"));
        assertTrue(err.toString().contains("已经初始化"), err.toString());
    }

    @Test
    void commandsNeedAUserAndTheRightPassword() {
        init();
        assertEquals(Cli.EXIT_USER_ERROR, run("--db", db(), "info"));
        assertTrue(err.toString().contains("--user"), err.toString());
        variables.put(PasswordSource.PASSWORD_VARIABLE, "Wrong#Pass1");
        assertEquals(Cli.EXIT_USER_ERROR, run("--db", db(), "--user", "admin", "info"));
        assertTrue(err.toString().contains("用户名或密码错误"), err.toString());
        variables.remove(PasswordSource.PASSWORD_VARIABLE);
        assertEquals(Cli.EXIT_USER_ERROR, run("--db", db(), "--user", "admin", "info"));
        assertTrue(err.toString().contains("CONDUCT_LEDGER_PASSWORD"), err.toString());
    }

    @Test
    void infoAcceptsTheOptionsAfterTheCommandAndPrintsJson() {
        init();
        assertEquals(0, run("info", "--db", db() + ".mv.db", "--user", "admin", "--format", "json"), err.toString());
        assertTrue(out.toString().contains("\"schemaVersion\": \"11\""), out.toString());
        assertTrue(out.toString().contains("\"organisation\": 1"), out.toString());
    }

    @Test
    void usersAreAddedWithAForcedPasswordChangeAndTheAuditChainVerifies() {
        init();
        variables.put(PasswordSource.NEW_PASSWORD_VARIABLE, "Initial#2026");
        assertEquals(0, run("--db", db(), "--user", "admin", "user", "add", "--username", "shenji", "--name", "审计员",
                "--org", "QZZB", "--roles", "AUDITOR"), err.toString());
        variables.put(PasswordSource.PASSWORD_VARIABLE, "Initial#2026");
        assertEquals(Cli.EXIT_USER_ERROR, run("--db", db(), "--user", "shenji", "audit", "verify"));
        assertTrue(err.toString().contains("passwd"), err.toString());
        variables.put(PasswordSource.NEW_PASSWORD_VARIABLE, "Auditor#2026");
        assertEquals(0, run("--db", db(), "--user", "shenji", "passwd"), err.toString());
        variables.put(PasswordSource.PASSWORD_VARIABLE, "Auditor#2026");
        assertEquals(0, run("--db", db(), "--user", "shenji", "audit", "verify"), err.toString());
        assertTrue(out.toString().contains("审计日志完整"), out.toString());
        variables.put(PasswordSource.PASSWORD_VARIABLE, TestLedger.PASSWORD);
        assertEquals(Cli.EXIT_USER_ERROR, run("--db", db(), "--user", "admin", "audit", "verify"));
        assertTrue(err.toString().contains("无权"), err.toString());
    }

    @Test
    void withoutACommandOrDbTheDesktopApplicationIsLeftToItsConnectionSettings() {
        assertEquals(0, run());
        assertTrue(guiStarted);
        assertNull(guiStartedWith, "no --db: the application reads connection.properties, else opens the default file");
    }

    @Test
    void withoutACommandTheDesktopApplicationStartsOnTheChosenDatabase() {
        assertEquals(0, run("--db", dir.resolve("mine").toString()));
        assertEquals(dir.resolve("mine"), guiStartedWith);
    }

    @Test
    void aMissingKeyFileOrDatabaseGivesAChineseMessageAndStatusTwo() throws Exception {
        assertEquals(Cli.EXIT_USER_ERROR, run("--db", dir.resolve("nowhere/y").toString(), "--user", "admin", "info"));
        assertTrue(err.toString().contains("密钥文件"), err.toString());
        assertFalse(err.toString().contains("Exception"), err.toString());
        assertFalse(dir.resolve("nowhere").toFile().exists());
    }

    @Test
    void commandHelpWorksAndIsChinese() {
        assertEquals(0, run("info", "--help"));
        assertTrue(out.toString().contains("用法"), out.toString());
        assertTrue(out.toString().contains("--format"), out.toString());
        assertEquals(0, run("init", "--help"));
        assertTrue(out.toString().contains("--root-org"), out.toString());
    }

    @Test
    void unknownOptionsAreRefusedWithUsage() {
        assertEquals(2, run("info", "--nonsense"));
        assertTrue(err.toString().contains("--nonsense"), err.toString());
    }

    @Test
    void rolesAreTypedAsCodesOrChineseNamesAndTheListShowsThemInWords() {
        init();
        variables.put(PasswordSource.NEW_PASSWORD_VARIABLE, "Initial#2026");
        assertEquals(0, run("--db", db(), "--user", "admin", "user", "add", "--username", "chengban", "--name", "承办人",
                "--org", "QZZB", "--roles=案件承办,branch_secretary"), err.toString());
        assertEquals(Cli.EXIT_USER_ERROR, run("--db", db(), "--user", "admin", "user", "add", "--username", "x2", "--name", "某",
                "--org", "QZZB", "--roles=书记"));
        assertTrue(err.toString().contains("无法识别的角色“书记”"), err.toString());
        assertFalse(err.toString().contains("Invalid value"), err.toString());
        assertEquals(0, run("--db", db(), "--user", "admin", "user", "list"), err.toString());
        String[] lines = out.toString().split("\\R");
        assertEquals("用户名\t姓名\t党组织\t角色\t状态", lines[0]);
        assertTrue(out.toString().contains("chengban\t承办人\t某区委组织部\t支部书记、案件承办\t待修改初始密码"), out.toString());
    }

    @Test
    void aLockedUserIsListedAsSuchAndUnlockedWithoutAPasswordChange() {
        init();
        variables.put(PasswordSource.NEW_PASSWORD_VARIABLE, "Initial#2026");
        assertEquals(0, run("--db", db(), "--user", "admin", "user", "add", "--username", "zhibu", "--name", "书记",
                "--org", "QZZB", "--roles", "BRANCH_SECRETARY"), err.toString());
        variables.put(PasswordSource.PASSWORD_VARIABLE, "Wrong#Pass1");
        for (int i = 0; i < 5; i++) {
            run("--db", db(), "--user", "zhibu", "info");
        }
        assertTrue(err.toString().contains("已锁定"), err.toString());
        variables.put(PasswordSource.PASSWORD_VARIABLE, TestLedger.PASSWORD);
        assertEquals(0, run("--db", db(), "--user", "admin", "user", "list"), err.toString());
        assertTrue(out.toString().contains("zhibu\t书记\t某区委组织部\t支部书记\t已锁定"), out.toString());
        assertEquals(0, run("--db", db(), "--user", "admin", "user", "unlock", "--username", "zhibu"), err.toString());
        variables.put(PasswordSource.PASSWORD_VARIABLE, "Initial#2026");
        assertEquals(Cli.EXIT_USER_ERROR, run("--db", db(), "--user", "zhibu", "info"));
        assertTrue(err.toString().contains("passwd"), "unlocked, the old password works (a change is still due): " + err);
    }

    @Test
    void missingOptionsAreExplainedInChinese() {
        assertEquals(Cli.EXIT_USER_ERROR, run("init", "--root-org", "x"));
        assertTrue(err.toString().contains("缺少必填选项"), err.toString());
    }

    @Test
    void aRegisterIsPrintedAsCsvOrJsonWithIdNumbersMasked() {
        String idNumber;
        try (TestLedger ledger = TestLedger.open(dir)) {
            var zb1 = ledger.org(null, "第一党支部", "ZB1", org.conductledger.model.OrgType.BRANCH);
            var member = ledger.services.members().create(TestLedger.member("张三", TestLedger.idBornIn(1980, 11), zb1.id()));
            idNumber = member.idNumber();
            long weibo = org.conductledger.service.Registers.platform(ledger.services, "WB");
            ledger.services.registers().create(org.conductledger.service.Registers.account(member.id(), weibo, "qx,cb"));
        }
        assertEquals(0, run("--db", db(), "--user", "admin", "register", "list", "--kind", "accounts", "--org", "ROOT",
                "--subtree"), err.toString());
        String[] lines = out.toString().split("\\r\\n");
        assertTrue(lines[0].startsWith("登记序号,党员,公民身份号码,党组织,平台"), lines[0]);
        assertTrue(lines[1].contains(",张三,3201"), lines[1]);
        assertTrue(lines[1].contains("\"qx,cb\""), "a comma is quoted: " + lines[1]);
        assertFalse(out.toString().contains(idNumber), "ID numbers are masked");
        assertEquals(0, run("--db", db(), "--user", "admin", "register", "list", "--kind", "accounts", "--org", "zb1",
                "--format", "json"), err.toString());
        assertTrue(out.toString().contains("\"identifier\": \"qx,cb\""), out.toString());
        assertTrue(out.toString().contains("\"timeliness\": \"ON_TIME\""), out.toString());
        assertTrue(out.toString().contains("\"overseas\": false"), "typed JSON: " + out);
        assertEquals(0, run("--db", db(), "--user", "admin", "register", "list", "--kind", "accounts", "--org", "ZB1", "--bom"),
                err.toString());
        assertTrue(out.toString().startsWith("\uFEFF登记序号,"), "BOM for Excel on request");
        assertTrue(out.toString().contains(",否,") && out.toString().contains(",按时,在用,"), "labels, not codes: " + out);
        assertEquals(0, run("--db", db(), "--user", "admin", "register", "list", "--kind", "filings", "--org", "ZB1"), err.toString());
        assertTrue(out.toString().startsWith("登记序号,"), "an empty register still names its columns: " + out);
        assertEquals(Cli.EXIT_USER_ERROR, run("--db", db(), "--user", "admin", "register", "list", "--kind", "posts", "--org", "ZB1"));
        assertTrue(err.toString().contains("选项 --kind 只能取 accounts, groups, filings 之一"), err.toString());
    }

    @Test
    void referenceDataIsListedAddedAndRetired() {
        try (TestLedger ledger = TestLedger.open(dir)) {
            assertTrue(ledger.root().parentId() == null);
        }
        assertEquals(0, run("--db", db(), "--user", "admin", "reference", "add", "--platform", "xq", "--name", "小区论坛"), err.toString());
        assertEquals(0, run("--db", db(), "--user", "admin", "reference", "retire", "--platform", "XQ"), err.toString());
        assertEquals(0, run("--db", db(), "--user", "admin", "reference", "list"), err.toString());
        assertTrue(out.toString().contains("XQ\t小区论坛\t境内\t已停用"), out.toString());
        assertTrue(out.toString().contains("WORK\t工作\t在用"), out.toString());
        assertEquals(Cli.EXIT_USER_ERROR, run("--db", db(), "--user", "admin", "reference", "retire", "--platform", "XQ",
                "--category", "WORK"));
    }

    @Test
    void casesAreListedWithoutTheReporter() {
        try (TestLedger ledger = TestLedger.open(dir)) {
            var zb1 = ledger.org(null, "第一党支部", "ZB1", org.conductledger.model.OrgType.BRANCH);
            var member = ledger.services.members().create(TestLedger.member("张三", TestLedger.idBornIn(1980, 11), zb1.id()));
            long category = ledger.services.reference().violationCategories().get(0).id();
            ledger.services.cases().intake(new org.conductledger.model.CaseForm(zb1.id(), java.time.LocalDate.of(2026, 11, 2),
                    org.conductledger.model.CaseSource.PETITION, "举报人甲", "13800000000", true, "转发谣言", java.util.List.of(member.id()),
                    java.util.List.of(category), java.util.List.of()));
        }
        assertEquals(0, run("--db", db(), "--user", "admin", "case", "list", "--org", "ROOT", "--subtree"), err.toString());
        String[] lines = out.toString().split("\\r\\n");
        assertEquals("案件序号,受理日期,线索来源,受理党组织,被反映人,问题类别,实名举报,阶段,阶段开始日期", lines[0]);
        assertTrue(lines[1].contains(",信访举报,第一党支部,张三,") && lines[1].contains(",是,登记,"), lines[1]);
        assertFalse(out.toString().contains("举报人甲") || out.toString().contains("13800000000"), "no reporter identity");
        assertEquals(0, run("--db", db(), "--user", "admin", "case", "list", "--org", "ZB1", "--status", "CLOSED,DISMISSED",
                "--format", "json"), err.toString());
        assertEquals("[]", out.toString().strip());
        assertEquals(0, run("--db", db(), "--user", "admin", "case", "list", "--org", "ZB1", "--format", "json"), err.toString());
        assertTrue(out.toString().contains("\"stage\": \"REGISTERED\"") && out.toString().contains("\"realName\": true"), out.toString());
        assertFalse(out.toString().contains("举报人甲"));
    }

    @Test
    void holidaysAndCaseTimeLimitsAreSetFromTheCommandLine() {
        try (TestLedger ledger = TestLedger.open(dir)) {
            assertTrue(ledger.root().parentId() == null);
        }
        assertEquals(0, run("--db", db(), "--user", "admin", "policy", "--holidays", "2026-10-01,2026-10-02",
                "--case-due", "REGISTERED=3w"), err.toString());
        assertTrue(out.toString().contains("节假日 2 天") && out.toString().contains("时限：登记 3w"), out.toString());
        assertEquals(Cli.EXIT_USER_ERROR, run("--db", db(), "--user", "admin", "policy", "--case-due", "REVIEW=30x"));
        assertTrue(err.toString().contains("格式不正确"), err.toString());
    }

    @Test
    void impactPeriodsAndTheExpiryHorizonAreSetAtTheRoot() {
        try (TestLedger ledger = TestLedger.open(dir)) {
            assertTrue(ledger.root().parentId() == null);
        }
        assertEquals(0, run("--db", db(), "--user", "admin", "reference", "impact", "--outcome", "jm_t", "--months", "12",
                "--basis", "LOCAL", "--note", "本省规定：一年内不得提拔"), err.toString());
        assertTrue(out.toString().contains("JM_T 诫勉（谈话）：影响期 12 个月（地方规定）"), out.toString());
        assertEquals(0, run("--db", db(), "--user", "admin", "reference", "list"), err.toString());
        assertTrue(out.toString().contains("DP2\t严重警告\t纪律处分\t18个月\t依据已核实\t在用"), out.toString());
        assertEquals(Cli.EXIT_USER_ERROR, run("--db", db(), "--user", "admin", "reference", "impact", "--outcome", "DP1",
                "--basis", "CONFIRMED"));
        assertTrue(err.toString().contains("影响期应为 1 到 120 个月"), err.toString());
        assertEquals(Cli.EXIT_USER_ERROR, run("--db", db(), "--user", "admin", "reference", "add", "--outcome", "X1",
                "--name", "新处分"));
        assertTrue(err.toString().contains("不能新增"), err.toString());
        assertEquals(0, run("--db", db(), "--user", "admin", "policy", "--impact-horizon", "60"), err.toString());
        assertTrue(out.toString().contains("影响期届满提前提醒：60 天"), out.toString());
    }

    @Test
    void importChecksEveryRowAndWritesAllOrNothing() throws java.io.IOException {
        try (TestLedger ledger = TestLedger.open(dir)) {
            ledger.org(null, "第一党支部", "ZB1", org.conductledger.model.OrgType.BRANCH);
            ledger.org(null, "第二党支部", "ZB2", org.conductledger.model.OrgType.BRANCH);
        }
        Path members = org.conductledger.exchange.SheetReaderTest.fixture(dir, "members.xlsx");
        assertEquals(0, run("--db", db(), "--user", "admin", "import", "--kind", "members", "--file", members.toString(),
                "--dry-run"), err.toString() + out);
        assertTrue(out.toString().contains("检查通过：可导入 3 行"), out.toString());
        assertTrue(out.toString().contains("列“备注”不在导入范围内"), out.toString());
        assertEquals(0, run("--db", db(), "--user", "admin", "import", "--kind", "members", "--file", members.toString()),
                err.toString() + out);
        assertTrue(out.toString().contains("已导入 3 行"), out.toString());

        Path bad = dir.resolve("accounts.csv");
        java.nio.file.Files.write(bad, ("公民身份号码,平台,账号名称,账号ID,职务身份,开设日期,报告日期\r\n"
                + "320102198003080114,微博,区委宣传部,qwxcb,副部长,2026-10-01,2026-10-12\r\n"
                + "320102198003080114,微搏,区委宣传部2,qwxcb2,副部长,2026-10-01,2026/10/32\r\n").getBytes(java.nio.charset.Charset.forName("GBK")));
        assertEquals(Cli.EXIT_USER_ERROR, run("--db", db(), "--user", "admin", "import", "--kind", "accounts", "--file",
                bad.toString()));
        assertTrue(out.toString().contains("GB18030"), "the encoding is told: " + out);
        assertTrue(out.toString().contains("第 3 行“平台”：“微搏”不是可选的平台"), out.toString());
        assertTrue(out.toString().contains("第 3 行“报告日期”：“2026/10/32”不是可识别的日期"), out.toString());
        assertTrue(out.toString().contains("未导入：发现 2 个问题，一行也没有写入"), out.toString());
        assertEquals(0, run("--db", db(), "--user", "admin", "register", "list", "--kind", "accounts", "--org", "ROOT", "--subtree"));
        assertEquals(1, out.toString().split("\\r\\n").length, "only the header: nothing was written");

        assertEquals(Cli.EXIT_USER_ERROR, run("--db", db(), "--user", "admin", "import", "--kind", "accounts", "--file",
                dir.resolve("missing.xlsx").toString()));
        assertTrue(err.toString().contains("无法读取“missing.xlsx”"), err.toString());
    }

    @Test
    void aPackageTravelsFromABranchLedgerToTheDepartmentsOnceItsSenderIsTrusted() throws java.io.IOException {
        Path branchDir = java.nio.file.Files.createDirectories(dir.resolve("branch"));
        try (TestLedger branch = TestLedger.open(branchDir)) {
            var zb1 = branch.org(null, "第一党支部", "ZB1", org.conductledger.model.OrgType.BRANCH);
            branch.services.members().create(TestLedger.member("张三", TestLedger.idBornIn(1980, 11), zb1.id()));
        }
        try (TestLedger department = TestLedger.open(dir)) {
            assertTrue(department.root().parentId() == null);
        }
        Path clp = dir.resolve("zb1.clp");
        String branchDb = branchDir.resolve("ledger").toString();
        assertEquals(0, run("--db", branchDb, "--user", "admin", "package", "export", "--to", "root", "--out", clp.toString()),
                err.toString());
        assertTrue(out.toString().contains("已导出第 1 号数据交换包（发给 ROOT）"), out.toString());
        String fingerprint = out.toString().replaceAll("(?s).*本机密钥指纹：([0-9A-F ]+).*", "$1").strip();
        assertEquals(Cli.EXIT_USER_ERROR, run("--db", db(), "--user", "admin", "package", "import", clp.toString()));
        assertTrue(err.toString().contains("请与对方电话核对密钥指纹：" + fingerprint), err.toString());
        assertEquals(0, run("--db", db(), "--user", "admin", "package", "import", clp.toString(), "--trust-fingerprint",
                fingerprint), err.toString());
        assertTrue(out.toString().contains("已导入“测试党委”的第 1 号数据包：新增 2"), out.toString());
        assertEquals(0, run("--db", db(), "--user", "admin", "package", "import", clp.toString()), err.toString());
        assertTrue(out.toString().contains("此前已导入，本次未做任何更改"), out.toString());
    }
}
