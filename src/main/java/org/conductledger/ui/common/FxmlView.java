package org.conductledger.ui.common;

/** Every FXML file of the application (in {@code fxml/}); a test loads each one. */
public enum FxmlView {
    LOGIN("login.fxml", true),
    FIRST_RUN("first_run.fxml", true),
    PASSWORD_CHANGE("password_change.fxml"),
    SCREEN_LOCK("screen_lock.fxml"),
    MAIN_WINDOW("main_window.fxml"),
    ORGANISATION_TREE("organisation_tree.fxml"),
    ORGANISATION_EDIT("organisation_edit.fxml"),
    ORGANISATION_MOVE("organisation_move.fxml"),
    MEMBER_ROSTER("member_roster.fxml"),
    MEMBER_EDIT("member_edit.fxml"),
    MEMBER_TRANSFER("member_transfer.fxml"),
    MEMBER_STATUS("member_status.fxml"),
    USERS("users.fxml"),
    AUDIT_LOG("audit_log.fxml"),
    REGISTER_LIST("register_list.fxml"),
    REGISTER_EDIT("register_edit.fxml"),
    REGISTER_STATUS("register_status.fxml"),
    MEMBER_PROFILE("member_profile.fxml"),
    CONFIRMATION_ROUND("confirmation_round.fxml"),
    CASE_LIST("case_list.fxml"),
    CASE_INTAKE("case_intake.fxml"),
    CASE_DETAIL("case_detail.fxml"),
    OUTCOME_EDIT("outcome_edit.fxml"),
    APPEAL("appeal.fxml"),
    EXECUTION("execution.fxml"),
    CLARIFICATION("clarification.fxml"),
    ACCOUNTABILITY("accountability.fxml"),
    COMMENDATION("commendation.fxml"),
    OUTCOME_LIST("outcome_list.fxml"),
    IMPORT("import_wizard.fxml"),
    PACKAGE_CONFLICTS("package_conflicts.fxml"),
    PRINT_PREVIEW("print_preview.fxml"),
    ANNUAL_REVIEW("annual_review.fxml"),
    WORKBENCH("workbench.fxml"),
    REGISTER_DIALOG("register_dialog.fxml"),
    PRINT_LOG("print_log.fxml"),
    SEARCH("search.fxml"),
    SETTINGS("settings.fxml"),
    REGULATIONS("regulations.fxml"),
    SHORTCUTS("shortcuts.fxml"),
    USER_GUIDE("user_guide.fxml"),
    CONNECTION("connection.fxml", true);

    private final String fileName;
    private final boolean beforeLogin;

    FxmlView(String fileName) {
        this(fileName, false);
    }

    FxmlView(String fileName, boolean beforeLogin) {
        this.fileName = fileName;
        this.beforeLogin = beforeLogin;
    }

    /** Shown before anyone is logged in: its controller comes from the start-up composition. */
    public boolean beforeLogin() {
        return beforeLogin;
    }

    public String resource() {
        return "/fxml/" + fileName;
    }
}
