package org.conductledger.app;

import java.time.Clock;
import java.util.Locale;
import java.util.function.Consumer;
import org.conductledger.i18n.Messages;
import org.conductledger.model.Permission;
import org.conductledger.ui.common.DialogService;
import org.conductledger.ui.common.DialogWindows;
import org.conductledger.ui.common.OrganisationsModel;
import org.conductledger.ui.common.TaskRunner;
import org.conductledger.ui.common.ViewLoader;
import org.conductledger.ui.main.MainWindowController;
import org.conductledger.ui.member.MemberActions;
import org.conductledger.ui.member.MemberChangeViewModel;
import org.conductledger.ui.member.MemberEditController;
import org.conductledger.ui.member.MemberEditViewModel;
import org.conductledger.ui.member.MemberRosterController;
import org.conductledger.ui.member.MemberRosterViewModel;
import org.conductledger.ui.member.MemberStatusController;
import org.conductledger.ui.member.MemberTransferController;
import org.conductledger.ui.org.OrganisationActions;
import org.conductledger.ui.org.OrganisationEditController;
import org.conductledger.ui.org.OrganisationEditViewModel;
import org.conductledger.ui.org.OrganisationMoveController;
import org.conductledger.ui.org.OrganisationMoveViewModel;
import org.conductledger.ui.org.OrganisationTreeController;

/**
 * The composition root of the desktop UI: one instance per main window, it creates every controller
 * (and its view model) by constructor when FXML asks for one. Tests build it with their own runner.
 */
public final class GuiComposition {

    public static final String STYLESHEET = "/fxml/app.css";

    private final Services services;
    private final Messages messages;
    private final TaskRunner tasks;
    /** The session's second worker (the 工作台's loads): see FxTaskRunner. */
    private final TaskRunner sideTasks;
    private final DialogService dialogs;
    private final Clock clock;
    private final String databaseText;
    private final Consumer<Locale> languageChoice;
    private final ViewLoader loader;
    private final OrganisationsModel organisations;
    private final OrganisationActions organisationActions;
    private final MemberActions memberActions;
    private final MemberRosterViewModel roster;
    private final DialogWindows windows;
    private final org.conductledger.ui.register.RegisterListViewModel registerList;
    private final org.conductledger.ui.register.RegisterActions registerActions;
    private final org.conductledger.ui.cases.CaseListViewModel caseList;
    private final org.conductledger.ui.cases.CaseActions caseActions;
    private final org.conductledger.ui.outcome.OutcomeActions outcomeActions;
    private final org.conductledger.ui.exchange.ExchangeActions exchangeActions;
    private final org.conductledger.ui.common.SessionControl sessionControl;
    private final org.conductledger.ui.common.UserPreferences preferences;
    private final org.conductledger.ui.common.LookAndFeel lookAndFeel;
    /** The official faces installed on this PC, looked for the first time a PDF is made. */
    private final org.conductledger.report.pdf.LazyFontSet fonts = org.conductledger.report.pdf.LazyFontSet.system();
    private final org.conductledger.ui.report.ReportActions reportActions;
    private final org.conductledger.ui.report.FormActions formActions;

    public GuiComposition(Services services, Messages messages, TaskRunner tasks, DialogService dialogs, Clock clock,
                          String databaseText, Consumer<Locale> languageChoice, String fontStyle,
                          org.conductledger.ui.common.SessionControl sessionControl) {
        this(services, messages, tasks, dialogs, clock, databaseText, languageChoice, fontStyle, sessionControl,
                org.conductledger.ui.common.UserPreferences.inMemory(org.conductledger.ui.common.Appearance.DEFAULT),
                new org.conductledger.ui.common.LookAndFeel(org.conductledger.ui.common.Appearance.DEFAULT), tasks);
    }

    /** With this user's stored appearance and the look applied to every window (issue 9). */
    public GuiComposition(Services services, Messages messages, TaskRunner tasks, DialogService dialogs, Clock clock,
                          String databaseText, Consumer<Locale> languageChoice, String fontStyle,
                          org.conductledger.ui.common.SessionControl sessionControl,
                          org.conductledger.ui.common.UserPreferences preferences,
                          org.conductledger.ui.common.LookAndFeel lookAndFeel, TaskRunner sideTasks) {
        this.sideTasks = sideTasks;
        this.preferences = preferences;
        this.lookAndFeel = lookAndFeel;
        this.sessionControl = sessionControl;
        this.services = services;
        this.messages = messages;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.clock = clock;
        this.databaseText = databaseText;
        this.languageChoice = languageChoice;
        this.loader = new ViewLoader(messages, this::controller);
        this.windows = new DialogWindows(loader, stylesheet(), fontStyle);
        this.reportActions = new org.conductledger.ui.report.ReportActions(windows);
        // One form printer per session; it looks for the fonts (on the disk) only when the first form renders.
        this.formActions = new org.conductledger.ui.report.FormActions(new org.conductledger.report.forms.FormPrinter(
                new org.conductledger.report.forms.FormServices(services.registers(), services.members(),
                        services.organisations(), services.cases(), services.outcomes(), services.recognition(),
                        services.reference()), services.printLog(), messages, fonts), reportActions, messages, services.session());
        this.organisations = new OrganisationsModel(services.organisations(), tasks, dialogs,
                services.session().has(Permission.ORG_READ));
        this.exchangeActions = new org.conductledger.ui.exchange.ExchangeActions(windows, services.exporter(), tasks, dialogs,
                messages);
        this.organisationActions = new OrganisationActions(windows, organisations, services.organisations(), tasks,
                dialogs, messages, exchangeActions);
        this.memberActions = new MemberActions(windows, messages);
        boolean registersReadable = services.session().has(Permission.REGISTER_READ);
        this.registerList = new org.conductledger.ui.register.RegisterListViewModel(services.registers(), organisations, tasks,
                dialogs, messages, registersReadable);
        this.registerActions = new org.conductledger.ui.register.RegisterActions(windows, messages, registerList::deadlineDays);
        this.caseList = new org.conductledger.ui.cases.CaseListViewModel(services.cases(), organisations, tasks, dialogs,
                services.session().has(Permission.CASE_READ));
        this.caseActions = new org.conductledger.ui.cases.CaseActions(windows, messages);
        this.outcomeActions = new org.conductledger.ui.outcome.OutcomeActions(windows, messages);
        this.roster = new MemberRosterViewModel(services.members(), services.outcomes(), organisations, tasks, dialogs, messages,
                services.session().has(Permission.MEMBER_READ));
    }

    public static String stylesheet() {
        return GuiComposition.class.getResource(STYLESHEET).toExternalForm();
    }

    public ViewLoader loader() {
        return loader;
    }

    private Object controller(Class<?> type) {
        if (type == MainWindowController.class) {
            return new MainWindowController(tasks, organisations, dialogs, messages, databaseText, languageChoice, windows,
                    services.session(), sessionControl, new org.conductledger.ui.admin.BackupActions(services.backups(),
                            services.restore(), tasks, dialogs, messages, sessionControl, clock),
                    new org.conductledger.ui.exchange.PackageActions(services.packageExport(), services.packageImport(), windows,
                            tasks, dialogs, messages),
                    new org.conductledger.ui.report.ReportMenu(windows, messages, services.session()),
                    new org.conductledger.ui.search.SearchActions(windows, messages, services.search()),
                    new org.conductledger.ui.help.HelpMenu(windows, messages));
        }
        if (type == org.conductledger.ui.search.SearchController.class) {
            return new org.conductledger.ui.search.SearchController(new org.conductledger.ui.search.SearchViewModel(
                    services.search(), tasks, dialogs, messages), todoOpener(), dialogs, messages);
        }
        if (type == org.conductledger.ui.help.RegulationsController.class) {
            return new org.conductledger.ui.help.RegulationsController(new org.conductledger.ui.help.RegulationsViewModel(
                    services.reference(), tasks, dialogs), messages);
        }
        if (type == org.conductledger.ui.help.ShortcutsController.class) {
            return new org.conductledger.ui.help.ShortcutsController(messages);
        }
        if (type == org.conductledger.ui.help.UserGuideController.class) {
            return new org.conductledger.ui.help.UserGuideController(tasks, dialogs, messages);
        }
        if (type == org.conductledger.ui.settings.SettingsController.class) {
            return new org.conductledger.ui.settings.SettingsController(new org.conductledger.ui.settings.SettingsViewModel(
                    services.settings(), preferences, lookAndFeel, languageChoice, tasks, dialogs, messages, clock), messages);
        }
        if (type == org.conductledger.ui.report.PrintPreviewController.class) {
            return new org.conductledger.ui.report.PrintPreviewController(tasks, dialogs, messages,
                    new org.conductledger.ui.report.FxPrinting());
        }
        if (type == org.conductledger.ui.report.AnnualReviewController.class) {
            return new org.conductledger.ui.report.AnnualReviewController(services.reviews(),
                    () -> services.reviewOutput(messages, fonts.get()), organisations, reportActions, tasks, dialogs, messages,
                    clock);
        }
        Object report = reportController(type);
        if (report != null) {
            return report;
        }
        if (type == org.conductledger.ui.exchange.PackageConflictsController.class) {
            return new org.conductledger.ui.exchange.PackageConflictsController(services.packageImport(), tasks, dialogs,
                    messages);
        }
        if (type == OrganisationTreeController.class) {
            return new OrganisationTreeController(organisations, organisationActions, messages,
                    services.session().has(Permission.ORG_WRITE));
        }
        if (type == MemberRosterController.class) {
            return new MemberRosterController(roster, memberActions, exchangeActions, messages,
                    services.session().has(Permission.MEMBER_WRITE), services.session().has(Permission.REGISTER_READ));
        }
        if (type == OrganisationEditController.class) {
            return new OrganisationEditController(new OrganisationEditViewModel(services.organisations(),
                    services.members(), tasks, dialogs, messages), messages);
        }
        if (type == OrganisationMoveController.class) {
            return new OrganisationMoveController(
                    new OrganisationMoveViewModel(services.organisations(), tasks, dialogs, messages), messages);
        }
        if (type == MemberEditController.class) {
            return new MemberEditController(
                    new MemberEditViewModel(services.members(), organisations, tasks, dialogs, messages), messages);
        }
        if (type == MemberTransferController.class) {
            return new MemberTransferController(changeViewModel());
        }
        if (type == MemberStatusController.class) {
            return new MemberStatusController(changeViewModel(), messages);
        }
        if (type == org.conductledger.ui.login.PasswordChangeController.class) {
            return new org.conductledger.ui.login.PasswordChangeController(
                    new org.conductledger.ui.login.PasswordChangeViewModel(services.users(), tasks, messages, sessionControl));
        }
        if (type == org.conductledger.ui.admin.UsersController.class) {
            return new org.conductledger.ui.admin.UsersController(
                    new org.conductledger.ui.admin.UsersViewModel(services.users(), tasks, dialogs, messages), organisations, messages);
        }
        if (type == org.conductledger.ui.admin.AuditLogController.class) {
            return new org.conductledger.ui.admin.AuditLogController(
                    new org.conductledger.ui.admin.AuditLogViewModel(services.audit(), tasks, dialogs, messages), messages);
        }
        if (type == org.conductledger.ui.register.RegisterListController.class) {
            return new org.conductledger.ui.register.RegisterListController(registerList, registerActions, exchangeActions,
                    formActions, messages, services.session().has(Permission.REGISTER_WRITE));
        }
        if (type == org.conductledger.ui.register.RegisterEditController.class) {
            return new org.conductledger.ui.register.RegisterEditController(new org.conductledger.ui.register.RegisterEditViewModel(
                    services.registers(), services.members(), tasks, dialogs, messages), messages, clock);
        }
        if (type == org.conductledger.ui.register.RegisterStatusController.class) {
            return new org.conductledger.ui.register.RegisterStatusController(services.registers(), tasks, dialogs, messages, clock);
        }
        if (type == org.conductledger.ui.register.MemberProfileController.class) {
            return new org.conductledger.ui.register.MemberProfileController(services.members(), services.registers(),
                    services.confirmations(), new org.conductledger.ui.register.ProfileOutcomes(services.outcomes(),
                            services.recognition(), messages, clock), outcomeActions, formActions, services.session(), tasks, dialogs,
                    messages);
        }
        if (type == org.conductledger.ui.register.ConfirmationController.class) {
            return new org.conductledger.ui.register.ConfirmationController(services.confirmations(), tasks, dialogs, messages, clock);
        }
        if (type == org.conductledger.ui.cases.CaseListController.class) {
            return new org.conductledger.ui.cases.CaseListController(caseList, caseActions, exchangeActions, messages,
                    services.session().has(Permission.CASE_WRITE));
        }
        if (type == org.conductledger.ui.cases.CaseIntakeController.class) {
            return new org.conductledger.ui.cases.CaseIntakeController(services.cases(), services.members(), services.reference(),
                    services.registers(), tasks, dialogs, messages, clock);
        }
        if (type == org.conductledger.ui.cases.CaseDetailController.class) {
            return new org.conductledger.ui.cases.CaseDetailController(services.cases(), services.evidence(),
                    new org.conductledger.ui.cases.CaseBackground(services.reference(), services.registers(), messages),
                    new org.conductledger.ui.cases.CaseOutcomes(services.outcomes(), services.recognition(), outcomeActions,
                            messages, clock), new org.conductledger.ui.cases.CaseEvidenceActions(services.evidence(), tasks, dialogs,
                            messages, clock), new org.conductledger.ui.cases.CaseReporterActions(services.cases(), tasks, dialogs,
                            messages), new org.conductledger.ui.cases.CasePrintActions(formActions), tasks, dialogs, messages, clock);
        }
        if (type == org.conductledger.ui.workbench.WorkbenchController.class) {
            return workbench();
        }
        Object outcome = outcomeController(type);
        if (outcome != null) {
            return outcome;
        }
        if (type == org.conductledger.ui.login.ScreenLockController.class) {
            return new org.conductledger.ui.login.ScreenLockController(services.users(), tasks, messages);
        }
        throw new IllegalStateException("No controller registered for " + type.getName());
    }

    /** The 报表 menu's 台账 dialog and print log window (issue 8), or null. */
    private Object reportController(Class<?> type) {
        if (type == org.conductledger.ui.report.RegisterDialogController.class) {
            return new org.conductledger.ui.report.RegisterDialogController(new org.conductledger.ui.report.RegisterDialogViewModel(
                    services.registerReads(), () -> services.registerReports(fonts.get()), tasks, dialogs, messages),
                    organisations, reportActions, messages);
        }
        if (type == org.conductledger.ui.report.PrintLogController.class) {
            return new org.conductledger.ui.report.PrintLogController(new org.conductledger.ui.report.PrintLogViewModel(
                    services.printLog(), tasks, dialogs, messages), exchangeActions, messages, clock.getZone());
        }
        return null;
    }

    /** The controllers of the outcome dialogs and the expiry list (issue 6), or null. */
    private Object outcomeController(Class<?> type) {
        if (type == org.conductledger.ui.outcome.OutcomeEditController.class) {
            return new org.conductledger.ui.outcome.OutcomeEditController(services.outcomes(), services.members(),
                    services.organisations(), tasks, dialogs, messages, clock);
        }
        if (type == org.conductledger.ui.exchange.ImportController.class) {
            return new org.conductledger.ui.exchange.ImportController(services.importer(), services.exporter(), tasks, dialogs,
                    messages);
        }
        if (type == org.conductledger.ui.outcome.AppealController.class) {
            return new org.conductledger.ui.outcome.AppealController(services.outcomes(), services.members(),
                    services.organisations(), tasks, dialogs, messages, clock);
        }
        if (type == org.conductledger.ui.outcome.ExecutionController.class) {
            return new org.conductledger.ui.outcome.ExecutionController(services.outcomes(), tasks, dialogs, messages, clock);
        }
        if (type == org.conductledger.ui.outcome.ClarificationController.class) {
            return new org.conductledger.ui.outcome.ClarificationController(services.recognition(), tasks, dialogs, messages, clock);
        }
        if (type == org.conductledger.ui.outcome.AccountabilityController.class) {
            return new org.conductledger.ui.outcome.AccountabilityController(services.recognition(), services.organisations(),
                    services.members(), tasks, dialogs, messages, clock);
        }
        if (type == org.conductledger.ui.outcome.CommendationController.class) {
            return new org.conductledger.ui.outcome.CommendationController(services.recognition(), tasks, dialogs, messages, clock);
        }
        if (type == org.conductledger.ui.outcome.OutcomeListController.class) {
            return new org.conductledger.ui.outcome.OutcomeListController(services.outcomes(), organisations, outcomeActions,
                    tasks, dialogs, messages, clock, services.session().has(Permission.CASE_WRITE),
                    services.session().has(Permission.MEMBER_READ) || services.session().has(Permission.CASE_READ),
                    exchangeActions);
        }
        return null;
    }

    /** The 工作台 (issue 9): the to-dos from the services, opened with the other screens' actions. */
    private org.conductledger.ui.workbench.WorkbenchController workbench() {
        org.conductledger.service.WorkbenchService service = new org.conductledger.service.WorkbenchService(
                services.session(), services.registers(), services.confirmations(), services.cases(), services.outcomes(),
                services.organisations(), services.backups(), services.audit(), services.reviews(), clock);
        return new org.conductledger.ui.workbench.WorkbenchController(
                new org.conductledger.ui.workbench.WorkbenchViewModel(service, sideTasks, dialogs, messages, clock), todoOpener(),
                messages, clock);
    }

    /** Opens a record as the 工作台 does (also for search hits). */
    private org.conductledger.ui.workbench.TodoOpener todoOpener() {
        return new org.conductledger.ui.workbench.TodoOpener(registerActions, caseActions, outcomeActions, memberActions,
                organisations, services.outcomes(), tasks, dialogs, services.session());
    }

    private MemberChangeViewModel changeViewModel() {
        return new MemberChangeViewModel(services.members(), organisations, tasks, dialogs, messages, clock);
    }
}
