package org.conductledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.conductledger.exchange.OrgsFixture;
import org.conductledger.exchange.SheetReaderTest;
import org.conductledger.model.AuditAction;
import org.conductledger.model.AuditFilter;
import org.conductledger.model.OrgType;
import org.conductledger.model.Role;
import org.conductledger.report.MiniJson;
import org.conductledger.service.TestLedger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code import --kind orgs} and {@code org list|add|move|deactivate}: a 300-organisation tree from a LibreOffice
 * workbook, listed back; cycles and unknown parents refused; changes only with --apply-changes; members by code
 * into the new organisations and into the annual review; every write scoped, validated and audited.
 */
class OrgCommandTest extends CliCommandHarness {

    static final String HEADER = "党组织名称,党组织代码,党组织类型,上级党组织代码,成立日期,书记公民身份号码\r\n";

    @BeforeEach
    void ledger() {
        TestLedger.open(dir).close();
    }

    private String[] as(String user, String... args) {
        List<String> all = new ArrayList<>(List.of("--db", dir.resolve("ledger").toString(), "--user", user));
        all.addAll(List.of(args));
        return all.toArray(String[]::new);
    }

    private String[] admin(String... args) {
        return as("admin", args);
    }

    private Path csv(String name, String... rows) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, HEADER + String.join("\r\n", rows) + "\r\n", StandardCharsets.UTF_8);
        return file;
    }

    /** The CSV of {@code org list}: each row's cells by header. */
    private List<Map<String, String>> listed() {
        assertEquals(0, run(admin("org", "list")), err.toString());
        List<String> lines = out.toString().lines().toList();
        List<String> headers = List.of(lines.get(0).split(",", -1));
        List<Map<String, String>> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < headers.size(); i++) {
                row.put(headers.get(i), cells[i]);
            }
            rows.add(row);
        }
        return rows;
    }

    @Test
    void aShuffledTreeOfThreeHundredImportsFromTheCommandLineAndOrgListShowsIt() throws IOException {
        Path workbook = SheetReaderTest.fixture(dir, "orgs-300.xlsx");
        assertEquals(0, run(admin("import", "--kind", "orgs", "--file", workbook.toString())), err.toString() + out);
        assertTrue(out.toString().contains("已导入：新增 300 个党组织，变更 0 个，0 个与台账一致、未改动。"), out.toString());

        List<Map<String, String>> rows = listed();
        assertEquals(301, rows.size());
        assertEquals(List.of("党组织名称", "党组织代码", "党组织类型", "上级党组织代码", "成立日期", "层级", "状态", "党员数", "含下级党员数"),
                List.of(out.toString().lines().findFirst().orElseThrow().split(",")));
        Map<String, String[]> expected = OrgsFixture.expectedTree();
        Set<String> seen = new HashSet<>();
        for (Map<String, String> row : rows) {
            String code = row.get("党组织代码");
            String parent = row.get("上级党组织代码");
            assertTrue(parent.isEmpty() ? code.equals("ROOT") : seen.contains(parent), code + " listed after its parent");
            seen.add(code);
            if (code.equals("ROOT")) {
                assertEquals("0", row.get("层级"));
                continue;
            }
            String[] want = expected.get(code);
            assertEquals(want[0], row.get("党组织名称"), code);
            assertEquals(want[2], parent, code);
            assertTrue(want[1].equals(row.get("党组织类型")) || want[1].equals("BRANCH") && row.get("党组织类型").equals("党支部"));
            assertEquals(String.valueOf(code.chars().filter(c -> c == '-').count() + 1), row.get("层级"), code);
            assertEquals("在用", row.get("状态"));
            assertEquals("0", row.get("党员数"));
        }

        assertEquals(0, run(admin("org", "list", "--format", "json")), err.toString());
        List<?> json = (List<?>) MiniJson.parse(out.toString());
        assertEquals(301, json.size());
        Map<?, ?> branch = json.stream().map(o -> (Map<?, ?>) o).filter(o -> o.get("code").equals("DW03-Z1-05")).findFirst()
                .orElseThrow();
        assertEquals("DW03-Z1", branch.get("parent"));
        assertEquals("JOINT_BRANCH", branch.get("type"));
        assertEquals(Boolean.TRUE, branch.get("active"));
        assertEquals(3L, branch.get("depth"));

        assertEquals(0, run(admin("import", "--kind", "orgs", "--file", workbook.toString())), err.toString() + out);
        assertTrue(out.toString().contains("已导入：新增 0 个党组织，变更 0 个，300 个与台账一致、未改动。"), out.toString());

        // The list is itself an organisation sheet: imported back, it matches the ledger row for row.
        assertEquals(0, run(admin("org", "list", "--bom")), err.toString());
        Path list = dir.resolve("list.csv");
        Files.writeString(list, out.toString(), StandardCharsets.UTF_8);
        assertEquals(0, run(admin("import", "--kind", "orgs", "--file", list.toString())), err.toString() + out);
        assertTrue(out.toString().contains("新增 0 个党组织，变更 0 个，301 个与台账一致"), out.toString());
        assertTrue(out.toString().contains("提示：列“状态”不在导入范围内，已忽略。"), out.toString());
    }

    @Test
    void aSheetWithACycleOrAnUnknownParentIsRefusedWithEachProblemNamed() throws IOException {
        Path bad = csv("bad.csv", "甲党委,DW,党委,,,", "第一党总支,ZZ1,党总支,ZZ2,,", "第二党总支,ZZ2,党总支,ZZ1,,",
                "第一党支部,ZB1,党支部,ZZ1,,", "第九党支部,ZB9,党支部,DW9,,");
        assertEquals(Cli.EXIT_USER_ERROR, run(admin("import", "--kind", "orgs", "--file", bad.toString())));
        String text = out.toString();
        assertTrue(text.contains("第 3 行“上级党组织代码”：上级关系构成循环：ZZ1 → ZZ2 → ZZ1（箭头指向上级党组织）。"), text);
        assertTrue(text.contains("第 4 行“上级党组织代码”：上级关系构成循环：ZZ2 → ZZ1 → ZZ2（箭头指向上级党组织）。"), text);
        assertTrue(text.contains("第 6 行“上级党组织代码”：找不到上级党组织“DW9”"), text);
        assertTrue(text.contains("未导入：发现 3 个问题，一行也没有写入。"), text);
        assertEquals(1, listed().size(), "only the root: nothing was written");
    }

    @Test
    void changesAreWrittenOnlyWithApplyChangesAndUntilThenNothingIs() throws IOException {
        assertEquals(0, run(admin("import", "--kind", "orgs", "--file",
                csv("base.csv", "甲党委,DW,党委,,,", "第一支部,ZB1,党支部,DW,,").toString())), err.toString() + out);
        String changed = csv("changed.csv", "甲党委,DW,党委,,,", "第一党支部,ZB1,党支部,DW,,", "第二党支部,ZB2,党支部,DW,,").toString();

        assertEquals(Cli.EXIT_NEEDS_CONFIRMATION, run(admin("import", "--kind", "orgs", "--file", changed)));
        assertTrue(out.toString().contains("变更：第 3 行 ZB1“党组织名称”：第一支部 → 第一党支部"), out.toString());
        assertTrue(out.toString().contains("未导入：本表会改动 1 个已有党组织（共 1 处，见上）。核对无误后加上 --apply-changes 再次运行；"
                + "本次一行也没有写入，包括新增的 1 个党组织。"), out.toString());
        assertEquals(Cli.EXIT_NEEDS_CONFIRMATION, run(admin("import", "--kind", "orgs", "--file", changed, "--dry-run")));
        assertEquals(0, run(admin("import", "--kind", "orgs", "--file", changed, "--dry-run", "--apply-changes")), out.toString());
        assertTrue(out.toString().contains("检查通过：可新增 1 个党组织，变更 1 个，1 个与台账一致（未写入，因为使用了 --dry-run）。"),
                out.toString());
        assertEquals(List.of("测试党委", "甲党委", "第一支部"), listed().stream().map(r -> r.get("党组织名称")).toList(), "still as it was");

        assertEquals(0, run(admin("import", "--kind", "orgs", "--file", changed, "--apply-changes")), err.toString() + out);
        assertTrue(out.toString().contains("已导入：新增 1 个党组织，变更 1 个，1 个与台账一致、未改动。"), out.toString());
        assertEquals(List.of("测试党委", "甲党委", "第一党支部", "第二党支部"), listed().stream().map(r -> r.get("党组织名称")).toList());

        assertEquals(Cli.EXIT_USER_ERROR, run(admin("import", "--kind", "members", "--file", changed, "--apply-changes")));
        assertTrue(err.toString().contains("--apply-changes 只用于 --kind orgs"), err.toString());
    }

    @Test
    void membersGoIntoTheImportedOrganisationsByCodeAndTheAnnualReviewCountsThemThere() throws IOException {
        assertEquals(0, run(admin("import", "--kind", "orgs", "--file", SheetReaderTest.fixture(dir, "orgs-300.xlsx").toString())));
        StringBuilder members = new StringBuilder("姓名,公民身份号码,党员类别,入党日期,所在党组织\r\n");
        String[] into = {"DW03-Z2-04", "DW03-Z2-04", "DW03-Z2-04", "dw07-b1", "DW07-B1"};
        for (int i = 0; i < into.length; i++) {
            members.append("党员").append(i).append(',').append(TestLedger.idBornIn(1980 + i, 11 + 2 * i)).append(",正式党员,2005-07-01,")
                    .append(into[i]).append("\r\n");
        }
        Path file = dir.resolve("members.csv");
        Files.writeString(file, members.toString(), StandardCharsets.UTF_8);
        assertEquals(0, run(admin("import", "--kind", "members", "--file", file.toString())), err.toString() + out);

        assertEquals(0, run(admin("org", "list", "--format", "json")), err.toString());
        Map<Object, Map<?, ?>> byCode = new HashMap<>();
        ((List<?>) MiniJson.parse(out.toString())).forEach(o -> byCode.put(((Map<?, ?>) o).get("code"), (Map<?, ?>) o));
        assertEquals(3L, byCode.get("DW03-Z2-04").get("members"));
        assertEquals(0L, byCode.get("DW03-Z2").get("members"));
        assertEquals(3L, byCode.get("DW03-Z2").get("membersTotal"));
        assertEquals(3L, byCode.get("DW03").get("membersTotal"));
        assertEquals(5L, byCode.get("ROOT").get("membersTotal"));

        Path json = dir.resolve("review.json");
        assertEquals(0, run(admin("report", "annual", "--org", "ROOT", "--year", "2026", "--json", json.toString())), err.toString());
        Map<?, ?> review = (Map<?, ?>) MiniJson.parse(Files.readString(json, StandardCharsets.UTF_8));
        assertEquals(5L, review.get("members"));
        Map<Object, Map<?, ?>> byOrg = new HashMap<>();
        ((List<?>) review.get("by_org")).forEach(o -> byOrg.put(((Map<?, ?>) o).get("org"), (Map<?, ?>) o));
        assertEquals(301, byOrg.size(), "every imported organisation is in the review");
        assertEquals(3L, byOrg.get("DW03-Z2-04").get("members"));
        assertEquals(2L, byOrg.get("DW07-B1").get("members"));
        assertEquals(3L, byOrg.get("DW03-Z2-04").get("depth"));
    }

    @Test
    void addMoveAndDeactivateGoThroughTheSameRulesAsTheTreeAndAreAudited() {
        assertEquals(0, run(admin("org", "add", "--name", "甲党委", "--code", "dw", "--type", "党委")), err.toString());
        assertTrue(out.toString().contains("已新建“甲党委”（DW，党委），上级党组织：“测试党委”（ROOT）。"), out.toString());
        assertEquals(0, run(admin("org", "add", "--name", "乙党委", "--code", "DW2", "--type", "party_committee",
                "--parent", "ROOT", "--established", "2001-07-01")), err.toString());
        assertEquals(0, run(admin("org", "add", "--name", "第一党支部", "--code", "ZB1", "--type", "BRANCH", "--parent", "DW")));

        assertEquals(Cli.EXIT_USER_ERROR, run(admin("org", "add", "--name", "小组", "--code", "XZ", "--type", "党小组")));
        assertTrue(err.toString().contains("“党小组”不是党组织类型。可用：PARTY_COMMITTEE（党委）"), err.toString());
        assertEquals(Cli.EXIT_USER_ERROR, run(admin("org", "add", "--name", "支部下的支部", "--code", "ZB2", "--type", "党支部",
                "--parent", "ZB1")));
        assertTrue(err.toString().contains("“党支部”之下不能设立“党支部”"), err.toString());
        assertEquals(Cli.EXIT_USER_ERROR, run(admin("org", "add", "--name", "重复", "--code", "zb1", "--type", "党支部")));
        assertTrue(err.toString().contains("该代码已被“第一党支部”使用"), err.toString());
        assertEquals(Cli.EXIT_USER_ERROR, run(admin("org", "add", "--name", "日期", "--code", "ZB3", "--type", "党支部",
                "--established", "2001/7/1")));
        assertFalse(err.toString().contains("Exception"), err.toString());

        assertEquals(Cli.EXIT_USER_ERROR, run(admin("org", "move", "--code", "DW", "--parent", "ZB1")));
        assertTrue(err.toString().contains("不能移到其自身或其下级党组织之下"), err.toString());
        assertEquals(0, run(admin("org", "move", "--code", "ZB1", "--parent", "DW2")), err.toString());
        assertTrue(out.toString().contains("已将“第一党支部”（ZB1）连同其下级移到“乙党委”（DW2）之下。"), out.toString());
        assertEquals(Cli.EXIT_USER_ERROR, run(admin("org", "move", "--code", "NOPE", "--parent", "DW2")));
        assertTrue(err.toString().contains("找不到代码为“NOPE”的党组织"), err.toString());

        assertEquals(Cli.EXIT_USER_ERROR, run(admin("org", "deactivate", "--code", "DW2")));
        assertTrue(err.toString().contains("“乙党委”还有 1 个未停用的下级党组织"), err.toString());
        assertEquals(0, run(admin("org", "deactivate", "--code", "ZB1")), err.toString());
        assertTrue(out.toString().contains("已停用“第一党支部”（ZB1）。"), out.toString());
        Map<String, String> zb1 = listed().stream().filter(r -> r.get("党组织代码").equals("ZB1")).findFirst().orElseThrow();
        assertEquals("已停用", zb1.get("状态"));
        assertEquals("DW2", zb1.get("上级党组织代码"));

        try (TestLedger ledger = TestLedger.reopen(dir)) {
            var auditor = ledger.loginAs("shenji", ledger.root(), Set.of(Role.AUDITOR)).audit();
            for (AuditAction action : List.of(AuditAction.CREATE, AuditAction.MOVE, AuditAction.DEACTIVATE)) {
                assertEquals(action == AuditAction.CREATE ? 3 : 1,
                        auditor.find(new AuditFilter("admin", action, "organisation", null, null, 100)).size(), action.name());
            }
            assertTrue(auditor.verify().intact());
        }
    }

    @Test
    void aDepartmentBelowTheRootSeesAndChangesOnlyItsOwnSubtree() {
        try (TestLedger ledger = TestLedger.open(dir.resolve("scoped"))) {
            // (a ledger of its own: this one logs the scoped user in and sets their password)
            var dw = ledger.org(null, "甲党委", "DW", OrgType.PARTY_COMMITTEE);
            ledger.org(dw, "第一党支部", "ZB1", OrgType.BRANCH);
            ledger.org(null, "乙党委", "DW2", OrgType.PARTY_COMMITTEE);
            ledger.loginAs("dwzzb", dw, Set.of(Role.ORG_DEPARTMENT)).users().changeOwnPassword(
                    TestLedger.PASSWORD.toCharArray(), "Scoped#2026x".toCharArray(), "Scoped#2026x".toCharArray());
            ledger.loginAs("xtgly", ledger.root(), Set.of(Role.SYSTEM_ADMIN)).users().changeOwnPassword(
                    TestLedger.PASSWORD.toCharArray(), "Scoped#2026x".toCharArray(), "Scoped#2026x".toCharArray());
        }
        variables.put(PasswordSource.PASSWORD_VARIABLE, "Scoped#2026x");
        String db = dir.resolve("scoped").resolve("ledger").toString();
        assertEquals(0, run("--db", db, "--user", "dwzzb", "org", "list"), err.toString());
        List<String> lines = out.toString().lines().toList();
        assertEquals(3, lines.size(), out.toString());
        assertTrue(lines.get(1).startsWith("甲党委,DW,党委,,"), "its own organisation at the top, no parent shown: " + lines);
        assertEquals(Cli.EXIT_USER_ERROR, run("--db", db, "--user", "dwzzb", "org", "add", "--name", "丙", "--code", "DW3",
                "--type", "党委", "--parent", "ROOT"));
        assertTrue(err.toString().contains("找不到代码为“ROOT”的党组织（或不在您的管理范围内）"), err.toString());
        assertEquals(Cli.EXIT_USER_ERROR, run("--db", db, "--user", "dwzzb", "org", "move", "--code", "ZB1", "--parent", "DW2"));
        assertTrue(err.toString().contains("找不到代码为“DW2”的党组织"), err.toString());
        assertEquals(0, run("--db", db, "--user", "dwzzb", "org", "add", "--name", "第二党支部", "--code", "ZB2", "--type",
                "党支部"), err.toString());
        assertTrue(out.toString().contains("上级党组织：“甲党委”（DW）"), "below the user's own organisation: " + out);

        assertEquals(0, run("--db", db, "--user", "xtgly", "org", "list"), err.toString());
        assertTrue(out.toString().lines().skip(1).allMatch(l -> l.endsWith("在用,,")),
                "the system administrator sees the tree but no member counts: " + out);
        assertEquals(Cli.EXIT_USER_ERROR, run("--db", db, "--user", "xtgly", "org", "add", "--name", "丁", "--code", "DW4",
                "--type", "党委"));
        assertTrue(err.toString().contains("您的角色无权进行此操作"), err.toString());
    }
}
