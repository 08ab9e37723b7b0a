package org.conductledger.report.forms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.conductledger.app.Services;
import org.conductledger.i18n.Messages;
import org.conductledger.model.CaseFile;
import org.conductledger.model.CaseForm;
import org.conductledger.model.CaseSource;
import org.conductledger.model.CaseStage;
import org.conductledger.model.Commendation;
import org.conductledger.model.CommendationLevel;
import org.conductledger.model.LedgerException;
import org.conductledger.model.Member;
import org.conductledger.model.MemberStatement;
import org.conductledger.model.OrgType;
import org.conductledger.model.Organisation;
import org.conductledger.model.Outcome;
import org.conductledger.model.OutcomeForm;
import org.conductledger.model.OutcomeType;
import org.conductledger.model.PrintLogEntry;
import org.conductledger.model.RegisterRecord;
import org.conductledger.model.Role;
import org.conductledger.report.pdf.FontSet;
import org.conductledger.service.Registers;
import org.conductledger.service.TestLedger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every form kind against a real ledger: the expected fields in the extracted text, the reporter only for
 * the handler the case service shows it to, permissions from the services, and the print log on export only.
 * With {@code -Dforms.preview=<dir>} the PDFs are also written there to be looked at.
 */
class FormPrinterTest {

    @TempDir
    Path dir;
    TestLedger ledger;
    Services handler;
    Organisation zb1;
    Member zhang;
    RegisterRecord account;
    RegisterRecord group;
    RegisterRecord filing;
    CaseFile decided;
    CaseFile disposed;
    Outcome outcome;

    @BeforeEach
    void setUp() {
        ledger = TestLedger.open(dir);
        zb1 = ledger.org(null, "第一党支部", "ZB1", OrgType.BRANCH);
        zhang = ledger.services.members().create(TestLedger.member("张三", TestLedger.idBornIn(1980, 11), zb1.id()));
        Services admin = ledger.services;
        account = admin.registers().create(Registers.account(zhang.id(), Registers.platform(admin, "WB"), "qwxcb2026"));
        group = admin.registers().create(Registers.group(zhang.id(), Registers.platform(admin, "WX_PERSONAL"),
                Registers.category(admin, "WORK"), "WXG-778899"));
        filing = admin.registers().create(Registers.filing(zhang.id(), Registers.platform(admin, "WX_SUBSCRIPTION"), "dushuzhaji",
                LocalDate.of(2026, 11, 2)));
        handler = ledger.loginAs("cb", ledger.root(), Set.of(Role.CASE_HANDLER, Role.ORG_DEPARTMENT));
        long category = handler.reference().violationCategories().get(0).id();
        disposed = handler.cases().intake(new CaseForm(zb1.id(), LocalDate.of(2026, 11, 2), CaseSource.PETITION, "举报人甲",
                "13800000000", true, "在微信群转发未经核实的信息，造成不良影响。", List.of(zhang.id()), List.of(category),
                List.of(account.id())));
        disposed = handler.cases().move(disposed.id(), disposed.version(), CaseStage.PRELIMINARY, LocalDate.of(2026, 11, 5),
                "问题具有可查性，建议初步核实。", null);
        CaseFile c = disposed;
        c = handler.cases().move(c.id(), c.version(), CaseStage.FILED, LocalDate.of(2026, 11, 10), null, null);
        c = handler.cases().move(c.id(), c.version(), CaseStage.INVESTIGATION, LocalDate.of(2026, 11, 11), null, null);
        c = handler.cases().move(c.id(), c.version(), CaseStage.REVIEW, LocalDate.of(2026, 11, 18), null, null);
        handler.cases().recordStatement(c.id(), new MemberStatement(LocalDate.of(2026, 11, 19), List.of("王干事", "李干事"),
                "对认定的事实无异议，诚恳接受组织处理。", false, null));
        decided = handler.cases().move(c.id(), c.version(), CaseStage.DECISION, LocalDate.of(2026, 11, 20), null, null);
        handler.cases().recordDecision(decided.id(), "经查，张三在微信群转发未经核实的信息，违反了有关规定。", LocalDate.of(2026, 11, 21));
        List<OutcomeType> types = handler.outcomes().types();
        Set<Long> measures = Set.of(types.stream().filter(t -> t.code().equals("EDU")).findFirst().orElseThrow().id(),
                types.stream().filter(t -> t.code().equals("DP1")).findFirst().orElseThrow().id());
        outcome = handler.outcomes().record(new OutcomeForm(decided.id(), zhang.id(), measures, LocalDate.of(2026, 11, 21),
                zb1.id(), "测纪发〔2026〕3号", null, "经审理", null, false));
        admin.recognition().commend(new Commendation(0, zhang.id(), CommendationLevel.COUNTY, "中共某县委", "网络正能量传播",
                LocalDate.of(2025, 7, 1), "县委发〔2025〕8号"));
    }

    @AfterEach
    void close() {
        ledger.close();
    }

    private FormPrinter printer(Services s) {
        return printer(s, Locale.SIMPLIFIED_CHINESE);
    }

    private FormPrinter printer(Services s, Locale locale) {
        return new FormPrinter(new FormServices(s.registers(), s.members(), s.organisations(), s.cases(), s.outcomes(),
                s.recognition(), s.reference()), s.printLog(), Messages.load(locale), FontSet.shippedOnly());
    }

    private String text(Services s, FormKind kind, long id) throws IOException {
        byte[] pdf = printer(s).pdf(kind, id, FormOptions.defaults());
        String preview = System.getProperty("forms.preview");
        if (preview != null) {
            Files.createDirectories(Path.of(preview));
            Files.write(Path.of(preview, kind.cliName() + ".pdf"), pdf);
        }
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    /** Compared without whitespace: a value in a narrow column may wrap. */
    private static void assertContains(String text, String... parts) {
        String flat = text.replaceAll("\\s", "");
        for (String part : parts) {
            assertTrue(flat.contains(part.replaceAll("\\s", "")), "missing “" + part + "” in:\n" + text);
        }
    }

    @Test
    void theAccountReportShowsTheRecordAndTheSignatureBlocks() throws IOException {
        String text = text(handler, FormKind.ACCOUNT_REPORT, account.id());
        assertContains(text, "以职务身份注册账号报告登记表", "登记编号：" + account.id(), "张三", "第一党支部", "区委宣传部官方号",
                "qwxcb2026", "宣传部副部长", "2026年10月12日", "李干事（科员）", "本人签字", "负责人签字", "（盖章）", "— 1 —");
        assertFalse(text.contains("内部资料"), "register forms are not marked by default");
    }

    @Test
    void theGroupReportAndTheFilingWithItsNumber() throws IOException {
        assertContains(text(handler, FormKind.GROUP_REPORT, group.id()), "建立群组报告登记表", "第一党支部工作群", "WXG-778899",
                "建立者", "35 人", "支部工作联络");
        assertTrue(filing.filingNo() != null && !filing.filingNo().isBlank());
        assertContains(text(handler, FormKind.FILING, filing.id()), "个人公众账号备案表", "备案编号：" + filing.filingNo(),
                "读书札记", "dushuzhaji", "订阅号", "文化读书", "2026年11月2日");
    }

    @Test
    void aRecordOfAnotherKindIsRefusedWithAMessage() {
        LedgerException e = assertThrows(LedgerException.class,
                () -> printer(handler).pdf(FormKind.FILING, account.id(), FormOptions.defaults()));
        assertEquals("error.form.wrongKind", e.messageKey());
    }

    @Test
    void theMemberReportsListAccountsAndGroupsButNotFilings() throws IOException {
        String text = text(handler, FormKind.MEMBER_REPORTS, zhang.id());
        assertContains(text, "以职务身份注册账号/建立群组报告登记表", "区委宣传部官方号", "第一党支部工作群", "序号", "本人签字");
        assertFalse(text.contains("读书札记"));
    }

    @Test
    void theIntakeFormShowsTheReporterOnlyToTheHandlerTheCaseServiceShowsItTo() throws IOException {
        String forHandler = text(handler, FormKind.INTAKE, disposed.id());
        assertContains(forHandler, "问题线索登记表", "案件编号：" + disposed.id(), "内部资料", "举报人甲", "13800000000", "实名",
                "在微信群转发未经核实的信息", "张三（第一党支部）", "信访举报", "领导批示");
        String forDepartment = text(ledger.services, FormKind.INTAKE, disposed.id());
        assertContains(forDepartment, "问题线索登记表", "在微信群转发未经核实的信息");
        assertFalse(forDepartment.contains("举报人甲") || forDepartment.contains("13800000000"), forDepartment);
    }

    @Test
    void theDisposalFormIsForTheLastDisposalStep() throws IOException {
        assertContains(text(handler, FormKind.DISPOSAL, disposed.id()), "问题线索处置呈批表", "初步核实（CBHS）",
                "问题具有可查性，建议初步核实。", "cb", "2026年11月5日", "审批意见", "承办人签字");
        CaseFile fresh = handler.cases().intake(new CaseForm(zb1.id(), LocalDate.of(2026, 11, 20), CaseSource.SUPERVISION, null,
                null, false, "另一条线索", List.of(zhang.id()), List.of(handler.reference().violationCategories().get(1).id()), List.of()));
        assertEquals("error.form.noDisposal", assertThrows(LedgerException.class,
                () -> printer(handler).pdf(FormKind.DISPOSAL, fresh.id(), FormOptions.defaults())).messageKey());
    }

    @Test
    void theDecisionSummaryAndTheStatementRecord() throws IOException {
        assertContains(text(handler, FormKind.DECISION, outcome.id()), "处理决定（摘要）", "决定文号：测纪发〔2026〕3号", "张三",
                outcome.measures(), "2026年11月21日", "经查，张三在微信群转发", "本人已收到", "第一党支部");
        assertContains(text(handler, FormKind.STATEMENT, decided.id()), "材料见面记录", "王干事、李干事", "2026年11月19日",
                "对认定的事实无异议", "工作人员签字", "内部资料");
    }

    @Test
    void theDossierHoldsTheWholeRecord() throws IOException {
        String text = text(handler, FormKind.DOSSIER, zhang.id());
        assertContains(text, "个人网络行为档案", "档案编号：" + zhang.id(), "张三", zhang.maskedIdNumber(), "区委宣传部官方号",
                "读书札记", "在微信群转发未经核实的信息", outcome.measures(), "测纪发〔2026〕3号", "网络正能量传播", "中共某县委",
                "六、澄清正名", "内部资料");
        assertFalse(text.contains(zhang.idNumber()), "the ID number is masked");
    }

    @Test
    void aUserWhoMayNotReadCasesGetsTheServicesRefusal() {
        Services secretary = ledger.loginAs("sj", zb1, Set.of(Role.BRANCH_SECRETARY));
        LedgerException e = assertThrows(LedgerException.class,
                () -> printer(secretary).pdf(FormKind.INTAKE, disposed.id(), FormOptions.defaults()));
        assertEquals("error.access.deniedNeeds", e.messageKey());
        assertTrue(Messages.load(Locale.SIMPLIFIED_CHINESE).describe(e).contains("无权"));
    }

    @Test
    void aPreviewLogsNothingAndAnExportLogsOnce() throws IOException {
        FormPrinter printer = printer(handler);
        int before = handler.printLog().find(null, null).size();
        printer.pdf(FormKind.FILING, filing.id(), FormOptions.defaults());
        assertEquals(before, handler.printLog().find(null, null).size());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        printer.export(FormKind.FILING, filing.id(), FormOptions.defaults().withInternal(true), out);
        assertTrue(out.size() > 1000);
        List<PrintLogEntry> log = handler.printLog().find(null, null);
        assertEquals(before + 1, log.size());
        assertTrue(log.toString().contains("FORM_FILING"), log.toString());
        byte[][] printed = new byte[1][];
        printer.print(FormKind.INTAKE, disposed.id(), FormOptions.defaults(), pdf -> printed[0] = pdf);
        assertTrue(printed[0].length > 1000);
        assertEquals(before + 2, handler.printLog().find(null, null).size());
    }

    @Test
    void theEnglishBundleGivesEnglishLabels() throws IOException {
        byte[] pdf = printer(handler, Locale.ENGLISH).pdf(FormKind.ACCOUNT_REPORT, account.id(), FormOptions.defaults());
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertContains(new PDFTextStripper().getText(doc), "Report of an account registered", "Account name", "qwxcb2026");
        }
    }
}
