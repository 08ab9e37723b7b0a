package org.conductledger.ui.main;

import java.util.Locale;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioMenuItem;
import org.conductledger.i18n.Messages;
import org.conductledger.ui.common.DialogService;
import org.conductledger.ui.common.OrganisationsModel;
import org.conductledger.ui.common.TaskRunner;
import org.conductledger.ui.member.MemberRosterController;
import org.conductledger.ui.org.OrganisationTreeController;

/** The main window: menus, the organisation tree, the roster and the status bar. */
public final class MainWindowController {

    private final TaskRunner tasks;
    private final OrganisationsModel organisations;
    private final DialogService dialogs;
    private final Messages messages;
    private final String databaseText;
    private final Consumer<Locale> languageChoice;

    @FXML private OrganisationTreeController organisationTreeController;
    @FXML private MemberRosterController memberRosterController;
    @FXML private javafx.scene.control.Tab rosterTab;
    @FXML private javafx.scene.control.Tab workbenchTab;
    @FXML private org.conductledger.ui.workbench.WorkbenchController workbenchController;
    @FXML private javafx.scene.control.Tab registersTab;
    @FXML private javafx.scene.control.Tab casesTab;
    @FXML private javafx.scene.control.Tab outcomesTab;
    @FXML private org.conductledger.ui.register.RegisterListController registerListController;
    @FXML private org.conductledger.ui.cases.CaseListController caseListController;
    @FXML private org.conductledger.ui.outcome.OutcomeListController outcomeListController;
    @FXML private Label statusLabel;
    @FXML private Label databaseLabel;
    @FXML private ProgressIndicator busyIndicator;
    @FXML private RadioMenuItem chineseItem;
    @FXML private RadioMenuItem englishItem;

    private final org.conductledger.ui.common.DialogWindows windows;
    private final org.conductledger.model.Session session;
    @FXML private javafx.scene.control.MenuItem usersItem;
    @FXML private javafx.scene.control.MenuItem auditItem;
    @FXML private javafx.scene.control.MenuItem backupItem;
    @FXML private javafx.scene.control.MenuItem restoreItem;
    @FXML private Label backupProgressLabel;
    private final org.conductledger.ui.admin.BackupActions backupActions;
    private final org.conductledger.ui.exchange.PackageActions packageActions;
    private final org.conductledger.ui.report.ReportMenu reportMenu;
    private final org.conductledger.ui.search.SearchActions search;
    @FXML private javafx.scene.control.MenuItem searchItem;
    private final org.conductledger.ui.help.HelpMenu helpMenu;
    @FXML private javafx.scene.control.MenuBar menuBar;
    @FXML private javafx.scene.control.MenuItem annualReviewItem;
    @FXML private javafx.scene.control.MenuItem registersItem;
    @FXML private javafx.scene.control.MenuItem printLogItem;
    @FXML private javafx.scene.control.MenuItem packageExportItem;
    @FXML private javafx.scene.control.MenuItem packageImportItem;
    @FXML private javafx.scene.control.MenuItem packageConflictsItem;
    @FXML private javafx.scene.control.MenuItem keyCardItem;
    @FXML private javafx.scene.control.MenuItem receiverItem;
    @FXML private javafx.scene.control.MenuItem newMemberItem;
    @FXML private javafx.scene.control.MenuItem editMemberItem;
    @FXML private javafx.scene.control.MenuItem transferMemberItem;
    @FXML private javafx.scene.control.MenuItem statusMemberItem;
    @FXML private javafx.scene.control.MenuItem newOrganisationItem;
    @FXML private javafx.scene.control.MenuItem editOrganisationItem;
    @FXML private javafx.scene.control.MenuItem moveOrganisationItem;
    @FXML private javafx.scene.control.MenuItem toggleOrganisationItem;
    @FXML private javafx.scene.control.MenuItem importOrganisationsItem;
    private final org.conductledger.ui.common.SessionControl sessionControl;

    @FXML private Label userLabel;

    public MainWindowController(TaskRunner tasks, OrganisationsModel organisations, DialogService dialogs,
                                Messages messages, String databaseText, Consumer<Locale> languageChoice,
                                org.conductledger.ui.common.DialogWindows windows, org.conductledger.model.Session session,
                                org.conductledger.ui.common.SessionControl sessionControl,
                                org.conductledger.ui.admin.BackupActions backupActions,
                                org.conductledger.ui.exchange.PackageActions packageActions,
                                org.conductledger.ui.report.ReportMenu reportMenu,
                                org.conductledger.ui.search.SearchActions search,
                                org.conductledger.ui.help.HelpMenu helpMenu) {
        this.reportMenu = reportMenu;
        this.search = search;
        this.helpMenu = helpMenu;
        this.backupActions = backupActions;
        this.packageActions = packageActions;
        this.windows = windows;
        this.session = session;
        this.sessionControl = sessionControl;
        this.tasks = tasks;
        this.organisations = organisations;
        this.dialogs = dialogs;
        this.messages = messages;
        this.databaseText = databaseText;
        this.languageChoice = languageChoice;
    }

    @FXML
    private void initialize() {
        busyIndicator.visibleProperty().bind(tasks.busyProperty());
        databaseLabel.setText(databaseText);
        userLabel.setText(messages.get("main.user", session.fullName(), session.username()));
        usersItem.setDisable(!session.has(org.conductledger.model.Permission.USER_MANAGE));
        auditItem.setDisable(!session.has(org.conductledger.model.Permission.AUDIT_READ));
        annualReviewItem.setDisable(!reportMenu.mayCompileReview());
        registersItem.setDisable(!reportMenu.mayBuildRegisters());
        printLogItem.setDisable(!reportMenu.mayReadPrintLog());
        searchItem.setDisable(!search.available());
        backupItem.disableProperty().bind(backupActions.runningProperty()
                .or(new javafx.beans.property.SimpleBooleanProperty(!session.has(org.conductledger.model.Permission.BACKUP))));
        restoreItem.disableProperty().bind(backupActions.runningProperty()
                .or(new javafx.beans.property.SimpleBooleanProperty(!session.has(org.conductledger.model.Permission.RESTORE))));
        backupProgressLabel.textProperty().bind(backupActions.progressProperty());
        // Menus follow the roles like the buttons do (the services refuse regardless).
        boolean memberWrite = session.has(org.conductledger.model.Permission.MEMBER_WRITE);
        boolean memberRead = session.has(org.conductledger.model.Permission.MEMBER_READ);
        boolean orgWrite = session.has(org.conductledger.model.Permission.ORG_WRITE);
        newMemberItem.setDisable(!memberWrite);
        transferMemberItem.setDisable(!memberWrite);
        statusMemberItem.setDisable(!memberWrite);
        editMemberItem.setDisable(!memberRead);
        for (var item : java.util.List.of(newOrganisationItem, editOrganisationItem, moveOrganisationItem, toggleOrganisationItem,
                importOrganisationsItem)) {
            item.setDisable(!orgWrite);
        }
        statusLabel.textProperty().bind(organisations.selectedProperty().map(o -> organisations.pathName(o))
                .orElse(messages.get("main.status.noOrganisation")));
        boolean english = Locale.ENGLISH.getLanguage().equals(messages.locale().getLanguage());
        (english ? englishItem : chineseItem).setSelected(true);
        boolean department = session.has(org.conductledger.model.Permission.ORG_WRITE)
                && session.has(org.conductledger.model.Permission.REGISTER_WRITE);
        packageExportItem.setDisable(!(memberRead && session.has(org.conductledger.model.Permission.REGISTER_READ)));
        packageImportItem.setDisable(!department);
        packageConflictsItem.setDisable(!department);
        keyCardItem.setDisable(packageExportItem.isDisable());
        receiverItem.setDisable(packageExportItem.isDisable());
        // Each list loads when its tab is shown, not all of them at start (issue 12: at 100,000 members the roster
        // waited behind the registers and cases on the one worker).
        memberRosterController.shownProperty().bind(rosterTab.selectedProperty());
        registerListController.shownProperty().bind(registersTab.selectedProperty());
        caseListController.shownProperty().bind(casesTab.selectedProperty());
        outcomeListController.shownProperty().bind(outcomesTab.selectedProperty());
        organisations.reload(null);
        // Decisions and registers change elsewhere: the roster (with its 影响期 column) loads again whenever it is shown.
        // The 工作台 (issue 9) is loaded when the window opens; coming back to it loads it again.
        workbenchTab.selectedProperty().addListener((obs, was, shown) -> {
            if (shown) {
                workbenchController.refreshTodos();
            }
        });
    }

    @FXML private void newOrganisation() { organisationTreeController.addOrganisation(); }
    @FXML private void editOrganisation() { organisationTreeController.editOrganisation(); }
    @FXML private void moveOrganisation() { organisationTreeController.moveOrganisation(); }
    @FXML private void toggleOrganisationActive() { organisationTreeController.toggleActive(); }
    @FXML private void importOrganisations() { organisationTreeController.importOrganisations(); }
    @FXML private void newMember() { memberRosterController.addMember(); }
    @FXML private void editMember() { memberRosterController.editMember(); }
    @FXML private void transferMember() { memberRosterController.transferMember(); }
    @FXML private void changeMemberStatus() { memberRosterController.changeMemberStatus(); }
    @FXML private void focusFilter() { memberRosterController.focusFilter(); }
    @FXML private void refresh() {
        organisations.reload(null);
        workbenchController.refresh();
    }
    @FXML private void openSearch() { search.open(userLabel.getScene().getWindow()); }
    @FXML private void exportPackage() { packageActions.export(); }
    @FXML private void exportKeyCard() { packageActions.exportKeyCard(); }
    @FXML private void registerReceiver() { packageActions.registerReceiver(); }
    @FXML private void importPackage() {
        packageActions.importPackage(() -> {
            organisations.reload(null);
            memberRosterController.refresh();
        });
    }
    @FXML private void packageConflicts() {
        packageActions.conflicts(userLabel.getScene().getWindow(), memberRosterController::refresh);
    }

    @FXML
    private void chooseChinese() {
        chooseLanguage(Locale.SIMPLIFIED_CHINESE);
    }

    @FXML
    private void chooseEnglish() {
        chooseLanguage(Locale.ENGLISH);
    }

    private void chooseLanguage(Locale locale) {
        languageChoice.accept(locale);
        dialogs.showInfo(messages.get("main.language.restart"));
    }

    @FXML
    private void changePassword() {
        windows.<org.conductledger.ui.login.PasswordChangeController>open(
                org.conductledger.ui.common.FxmlView.PASSWORD_CHANGE, messages.get("password.title"),
                userLabel.getScene().getWindow(), c -> c.start(messages.get("password.introVoluntary"), () -> {
                    c.closeWindow();
                    dialogs.showInfo(messages.get("password.changed"));
                }, messages.get("common.cancel"), c::closeWindow));
    }

    @FXML
    private void openUsers() {
        windows.open(org.conductledger.ui.common.FxmlView.USERS, messages.get("users.title"), userLabel.getScene().getWindow(), c -> { });
    }

    @FXML
    private void openAnnualReview() {
        reportMenu.annualReview(userLabel.getScene().getWindow());
    }

    @FXML
    private void openRegisters() {
        reportMenu.registers(userLabel.getScene().getWindow());
    }

    @FXML
    private void openPrintLog() {
        reportMenu.printLog(userLabel.getScene().getWindow());
    }

    @FXML
    private void openAuditLog() {
        windows.open(org.conductledger.ui.common.FxmlView.AUDIT_LOG, messages.get("audit.view.title"),
                userLabel.getScene().getWindow(), c -> { });
    }

    @FXML
    private void backup() {
        backupActions.backup();
    }

    @FXML
    private void restore() {
        backupActions.restore();
    }

    @FXML
    private void lockScreen() {
        sessionControl.lock();
    }

    @FXML
    private void logout() {
        sessionControl.logout();
    }

    @FXML private void openSettings() { helpMenu.settings(userLabel.getScene().getWindow()); }
    @FXML private void openRegulations() { helpMenu.regulations(userLabel.getScene().getWindow()); }
    @FXML private void openShortcuts() { helpMenu.shortcuts(userLabel.getScene().getWindow(), menuBar); }
    @FXML private void openUserGuide() { helpMenu.userGuide(userLabel.getScene().getWindow()); }

    @FXML
    private void about() {
        dialogs.showInfo(messages.get("main.about.text", databaseText));
    }

    @FXML
    private void exit() {
        Platform.exit();
    }
}
