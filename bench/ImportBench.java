import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import org.conductledger.app.Services;
import org.conductledger.exchange.ColumnMapping;
import org.conductledger.exchange.Importer;
import org.conductledger.exchange.SheetTable;
import org.conductledger.model.ImportKind;
import org.conductledger.model.ImportReport;
import org.conductledger.model.OrgType;
import org.conductledger.model.OrganisationForm;
import org.conductledger.model.Role;
import org.conductledger.service.AuthService;
import org.conductledger.service.LoginResult;
import org.conductledger.store.DatabaseLocation;
import org.conductledger.store.Pbkdf2;

/**
 * Import benchmark on an encrypted ledger: a generated members CSV (GB18030, as Excel on Chinese Windows
 * saves it) of N rows is read, checked (dry run: every row through MemberService, rolled back) and
 * imported (all rows in one transaction, each audited); then an export of the same roster to .xlsx.
 * The floor is the same N members created one by one through MemberService in 1,000-row transactions.
 *
 * Run: bench/run-import [N ...]     (default 2000 10000)
 */
public class ImportBench {

    static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周"};
    static final String[] GIVEN = {"伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋"};
    static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = args.length == 0 ? List.of(2_000, 10_000) : Arrays.stream(args).map(Integer::valueOf).toList();
        for (int n : sizes) {
            run(n);
        }
    }

    static String id(int i) {
        LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(i % 9_000);   // unique for i below 9,000,000
        String body = "320102" + birth.toString().replace("-", "") + String.format("%03d", (i / 9_000) % 1000);
        int s = 0;
        for (int k = 0; k < 17; k++) {
            s += (body.charAt(k) - '0') * WEIGHTS[k];
        }
        return body + "10X98765432".charAt(s % 11);
    }

    static Services ledger(Path dir) {
        DatabaseLocation location = DatabaseLocation.of(dir.resolve("ledger"));
        char[] password = "Bench#2026x".toCharArray();
        AuthService auth = new AuthService(Clock.systemDefaultZone(), new Pbkdf2(1_000), "bench");
        LoginResult login = auth.initialise(location, new OrganisationForm("基准测试党委", "BENCH", OrgType.PARTY_COMMITTEE,
                null, null), "admin", "管理员", EnumSet.of(Role.ORG_DEPARTMENT), password, password);
        return Services.wire(login.ledger(), login.session(), Clock.systemDefaultZone(), new Pbkdf2(1_000), "bench");
    }

    static void run(int n) throws Exception {
        Path dir = Files.createTempDirectory("import-bench");
        Random random = new Random(n);
        StringBuilder csv = new StringBuilder("姓名,性别,公民身份号码,民族,党员类别,入党日期,所在党组织,工作单位及职务\r\n");
        for (int i = 0; i < n; i++) {
            String id = id(i);
            csv.append(SURNAMES[random.nextInt(10)]).append(GIVEN[random.nextInt(10)]).append(',')
                    .append((id.charAt(16) - '0') % 2 == 1 ? "男" : "女").append(',').append(id).append(",汉族,正式党员,")
                    .append(2000 + i % 20).append('/').append(1 + i % 12).append("/1,BENCH,某单位 科员\r\n");
        }
        Path file = dir.resolve("members.csv");
        Files.write(file, csv.toString().getBytes(java.nio.charset.Charset.forName("GB18030")));
        try (Services services = ledger(dir)) {
            Importer importer = services.importer();
            long t0 = System.nanoTime();
            SheetTable table = importer.read(ImportKind.MEMBERS, file, null);
            long t1 = System.nanoTime();
            ColumnMapping mapping = ColumnMapping.guess(ImportKind.MEMBERS, table.headers());
            ImportReport check = importer.run(ImportKind.MEMBERS, table, mapping, null, true, "members.csv");
            long t2 = System.nanoTime();
            ImportReport done = importer.run(ImportKind.MEMBERS, table, mapping, null, false, "members.csv");
            long t3 = System.nanoTime();
            if (!check.succeeded() || done.imported() != n) {
                throw new IllegalStateException(check.problems().size() + " problems, e.g. " + check.problems().stream().limit(3).toList());
            }
            Path xlsx = dir.resolve("out.xlsx");
            long t4 = System.nanoTime();
            services.exporter().members(services.organisations().all().get(0).id(), true, true, xlsx);
            long t5 = System.nanoTime();
            System.out.printf("import.read   n=%-6d %8.1f ms  (CSV %d KB, %s)%n", n, ms(t0, t1), Files.size(file) >> 10, table.source());
            System.out.printf("import.check  n=%-6d %8.1f s   (%.0f rows/s, dry run rolled back)%n", n, s(t1, t2), n / s(t1, t2));
            System.out.printf("import.write  n=%-6d %8.1f s   (%.0f rows/s, one transaction, each row audited)%n", n, s(t2, t3), n / s(t2, t3));
            System.out.printf("export.xlsx   n=%-6d %8.1f s   (%d KB)%n", n, s(t4, t5), Files.size(xlsx) >> 10);
        }
        Path floorDir = Files.createTempDirectory("import-bench-floor");
        try (Services services = ledger(floorDir)) {
            long orgId = services.organisations().all().get(0).id();
            long t0 = System.nanoTime();
            for (int start = 0; start < n; start += 1000) {
                int from = start;
                services.database().inTransaction(() -> {
                    for (int i = from; i < Math.min(n, from + 1000); i++) {
                        String id = id(i);
                        services.members().create(new org.conductledger.model.MemberForm("党员" + i,
                                org.conductledger.model.IdNumber.gender(id), id, "汉族",
                                org.conductledger.model.IdNumber.parseBirthDate(id).orElseThrow(),
                                org.conductledger.model.MemberCategory.FULL, LocalDate.of(2000 + i % 20, 1 + i % 12, 1), null,
                                orgId, "某单位 科员", false, org.conductledger.model.CadreRank.NONE, null, null));
                    }
                    return null;
                });
            }
            long t1 = System.nanoTime();
            System.out.printf("floor.create  n=%-6d %8.1f s   (%.0f rows/s through MemberService, 1,000 per transaction)%n",
                    n, s(t0, t1), n / s(t0, t1));
        }
    }

    static double ms(long a, long b) {
        return (b - a) / 1e6;
    }

    static double s(long a, long b) {
        return (b - a) / 1e9;
    }
}
