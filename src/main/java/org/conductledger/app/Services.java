package org.conductledger.app;

import java.time.Clock;
import org.conductledger.model.RegisterRules;
import org.conductledger.service.ConfirmationService;
import org.conductledger.service.ReferenceService;
import org.conductledger.service.RegisterService;
import org.conductledger.store.ConfirmationRepository;
import org.conductledger.store.ReferenceRepository;
import org.conductledger.store.RegisterRepository;
import org.conductledger.store.SettingRepository;
import org.conductledger.model.MemberChangeRules;
import org.conductledger.model.MemberRules;
import org.conductledger.model.OrganisationRules;
import org.conductledger.model.Session;
import org.conductledger.service.AuditLog;
import org.conductledger.service.AuditService;
import org.conductledger.service.DatabaseInfoService;
import org.conductledger.service.MemberService;
import org.conductledger.service.OpenLedger;
import org.conductledger.service.OrganisationService;
import org.conductledger.service.UserService;
import org.conductledger.store.AuditRepository;
import org.conductledger.store.Database;
import org.conductledger.store.MemberHistoryRepository;
import org.conductledger.store.MemberRepository;
import org.conductledger.store.OrganisationRepository;
import org.conductledger.store.Pbkdf2;
import org.conductledger.store.TableStatistics;
import org.conductledger.store.UserRepository;

/**
 * The composition root of everything below the UI, built once per login: every repository is confined
 * to the session's subtree and every service acts as the session's user. The GUI and the CLI both
 * start here.
 */
public record Services(OpenLedger ledger, Session session, OrganisationService organisations, MemberService members,
                       UserService users, AuditService audit, DatabaseInfoService info, RegisterService registers,
                       ConfirmationService confirmations, ReferenceService reference,
                       org.conductledger.service.CaseService cases, org.conductledger.service.OutcomeService outcomes,
                       org.conductledger.service.RecognitionService recognition,
                       org.conductledger.service.ImportService imports, org.conductledger.service.ExportService exports,
                       org.conductledger.service.BackupService backups, org.conductledger.service.RestoreService restore,
                       org.conductledger.service.PackageExportService packageExport,
                       org.conductledger.service.PackageImportService packageImport,
                       org.conductledger.service.EvidenceService evidence,
                       org.conductledger.service.PrintLogService printLog,
                       org.conductledger.service.AnnualReviewService reviews,
                       org.conductledger.service.RegisterReportService registerReads,
                       org.conductledger.service.SearchService search,
                       org.conductledger.service.MigrationService migration,
                       org.conductledger.service.demo.DemoDataService demoData)
        implements AutoCloseable {

    /** Imports read the sheets' Chinese labels whatever the UI language. */
    private static final java.util.Locale SHEET_LOCALE = java.util.Locale.SIMPLIFIED_CHINESE;

    public static Services wire(OpenLedger ledger, Session session, Clock clock, Pbkdf2 kdf, String host) {
        Database database = ledger.database();
        String scope = session.scopePath();
        OrganisationRepository organisationRepository = new OrganisationRepository(database, scope);
        MemberRepository memberRepository = new MemberRepository(database, scope);
        AuditRepository auditRepository = new AuditRepository(database);
        AuditLog auditLog = new AuditLog(database, auditRepository, ledger.keyFile(), clock, host);
        OrganisationService organisationService = new OrganisationService(session, database, organisationRepository,
                new OrganisationRules(clock), auditLog);
        MemberService memberService = new MemberService(session, database, memberRepository, organisationRepository,
                new MemberHistoryRepository(database), new MemberRules(clock), new MemberChangeRules(clock), auditLog);
        UserService userService = new UserService(session, ledger, new UserRepository(database, scope),
                organisationRepository, auditLog, kdf);
        org.conductledger.service.PrintLogService printLogService = new org.conductledger.service.PrintLogService(session,
                auditLog, database, new org.conductledger.store.PrintLogRepository(database, scope), clock);
        AuditService auditService = new AuditService(session, auditRepository, ledger.keyFile(), auditLog, printLogService);
        DatabaseInfoService infoService = new DatabaseInfoService(session, database, new TableStatistics(database));
        RegisterRepository registerRepository = new RegisterRepository(database, scope);
        ReferenceRepository referenceRepository = new ReferenceRepository(database);
        RegisterService registerService = new RegisterService(session, auditLog, database, registerRepository,
                memberRepository, organisationRepository, referenceRepository, new SettingRepository(database),
                new RegisterRules(clock));
        ConfirmationService confirmationService = new ConfirmationService(session, auditLog, database,
                new ConfirmationRepository(database, scope), registerRepository, memberRepository, organisationRepository, clock);
        ReferenceService referenceService = new ReferenceService(session, auditLog, database, referenceRepository,
                organisationRepository, new org.conductledger.store.RegulationLibrary());
        SettingRepository settings = new SettingRepository(database);
        org.conductledger.store.OutcomeRepository outcomeRepository = new org.conductledger.store.OutcomeRepository(database, scope);
        org.conductledger.store.CaseRepository caseRepository = new org.conductledger.store.CaseRepository(database, scope);
        org.conductledger.service.CaseService caseService = new org.conductledger.service.CaseService(session, auditLog,
                database, caseRepository, memberRepository, organisationRepository,
                referenceRepository, registerRepository, new org.conductledger.model.CaseRules(clock), settings,
                outcomeRepository);
        org.conductledger.service.OutcomeService outcomeService = new org.conductledger.service.OutcomeService(session,
                auditLog, database, outcomeRepository, caseService, memberRepository, organisationRepository, settings,
                new org.conductledger.model.OutcomeRules(clock));
        org.conductledger.service.RecognitionService recognitionService = new org.conductledger.service.RecognitionService(
                session, auditLog, database, new org.conductledger.store.RecognitionRepository(database, scope), caseService,
                outcomeRepository, memberRepository, organisationRepository, new org.conductledger.model.RecognitionRules(clock));
        org.conductledger.service.ImportService importService = new org.conductledger.service.ImportService(session, auditLog,
                database, memberService, registerService, organisationService, settings, clock);
        org.conductledger.service.ExportService exportService = new org.conductledger.service.ExportService(session, auditLog,
                printLogService);
        org.conductledger.service.BackupService backupService = new org.conductledger.service.BackupService(session, auditLog,
                ledger, organisationRepository, settings, clock);
        org.conductledger.service.RestoreService restoreService = new org.conductledger.service.RestoreService(session, auditLog,
                ledger, clock);
        return new Services(ledger, session, organisationService, memberService, userService, auditService, infoService,
                registerService, confirmationService, referenceService, caseService, outcomeService, recognitionService,
                importService, exportService, backupService, restoreService,
                new org.conductledger.service.PackageExportService(session, auditLog, database,
                        new org.conductledger.store.PackageRepository(database), organisationService, memberService,
                        registerService, clock),
                new org.conductledger.service.PackageImportService(session, auditLog, database,
                        new org.conductledger.store.PackageRepository(database), organisationService, memberService,
                        registerService, clock),
                new org.conductledger.service.EvidenceService(session, auditLog, database, caseRepository, settings, caseService),
                printLogService,
                new org.conductledger.service.AnnualReviewService(session, auditLog, database,
                        new org.conductledger.store.ReviewRepository(database, scope), organisationService, registerService,
                        caseService, clock),
                new org.conductledger.service.RegisterReportService(session, auditLog, database, organisationRepository,
                        registerRepository, caseRepository, outcomeRepository,
                        new org.conductledger.store.RecognitionRepository(database, scope), registerService, clock),
                new org.conductledger.service.SearchService(session, new org.conductledger.store.SearchRepository(database, scope)),
                new org.conductledger.service.MigrationService(session, auditLog, ledger, clock),
                new org.conductledger.service.demo.DemoDataService(session, auditLog, database, organisationRepository,
                        referenceRepository, outcomeRepository, settings, clock));
    }

    /** Spreadsheet import for this session (files over the configured row limit are refused). */
    public org.conductledger.exchange.Importer importer() {
        return new org.conductledger.exchange.Importer(organisations, members, registers, imports,
                org.conductledger.i18n.Messages.load(SHEET_LOCALE), imports::maxRows);
    }

    /** List export (xlsx/CSV) and import templates for this session. */
    public org.conductledger.exchange.Exporter exporter() {
        return new org.conductledger.exchange.Exporter(organisations, members, registers, exports,
                org.conductledger.i18n.Messages.load(SHEET_LOCALE));
    }

    /**
     * The annual review's files (JSON, xlsx, PDF in {@code fonts}) for this session, each save logged. The
     * fonts are resolved once by the caller (the GUI keeps them; the CLI resolves them per command).
     */
    public org.conductledger.report.annual.ReviewOutput reviewOutput(org.conductledger.i18n.Messages messages,
                                                                     org.conductledger.report.pdf.FontSet fonts) {
        return new org.conductledger.report.annual.ReviewOutput(messages, printLog,
                new org.conductledger.report.annual.ReviewPdfWriter(fonts, messages));
    }

    /** The registers (台账) for this session, in Chinese like the exchange sheets; PDF in the shipped font only. */
    public org.conductledger.report.registers.RegisterReports registerReports() {
        return registerReports(org.conductledger.report.pdf.FontSet.shippedOnly());
    }

    /** The registers (台账) for this session, PDF drawn with {@code fonts} (the installed official faces, if found). */
    public org.conductledger.report.registers.RegisterReports registerReports(org.conductledger.report.pdf.FontSet fonts) {
        org.conductledger.i18n.Messages chinese = org.conductledger.i18n.Messages.load(SHEET_LOCALE);
        return new org.conductledger.report.registers.RegisterReports(organisations, registerReads, registers, printLog,
                chinese, new org.conductledger.report.registers.TablePdfRenderer(
                        new org.conductledger.report.pdf.TablePdf(fonts), chinese));
    }

    /** The 系统设置 dialog's ledger settings, saved in one transaction through the services above. */
    public org.conductledger.service.SettingsService settings() {
        return new org.conductledger.service.SettingsService(session, ledger.database(), registers, cases, users, outcomes,
                backups, imports);
    }

    /** False once the session's database was closed (e.g. replaced by a restore). */
    public boolean open() {
        return ledger.database().isOpen();
    }

    public Database database() {
        return ledger.database();
    }

    @Override
    public void close() {
        ledger.close();
    }
}
