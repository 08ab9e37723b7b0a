package org.conductledger.ui.common;

/** Every FXML file of the application (in {@code fxml/}); a test loads each one. */
public enum FxmlView {
    MAIN_WINDOW("main_window.fxml"),
    ORGANISATION_TREE("organisation_tree.fxml"),
    ORGANISATION_EDIT("organisation_edit.fxml"),
    ORGANISATION_MOVE("organisation_move.fxml"),
    MEMBER_ROSTER("member_roster.fxml"),
    MEMBER_EDIT("member_edit.fxml"),
    MEMBER_TRANSFER("member_transfer.fxml"),
    MEMBER_STATUS("member_status.fxml");

    private final String fileName;

    FxmlView(String fileName) {
        this.fileName = fileName;
    }

    public String resource() {
        return "/fxml/" + fileName;
    }
}
