package org.conductledger.ui.org;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.stage.Window;
import org.conductledger.i18n.Messages;
import org.conductledger.model.Organisation;
import org.conductledger.ui.common.OrganisationsModel;

/** The organisation tree on the left of the main window. */
public final class OrganisationTreeController {

    private final OrganisationsModel model;
    private final OrganisationActions actions;
    private final Messages messages;
    private boolean rebuilding;

    @FXML private TreeView<Organisation> orgTree;
    @FXML private CheckBox showInactiveCheck;
    @FXML private javafx.scene.control.Label emptyHint;
    @FXML private Button addOrgButton;
    @FXML private Button editOrgButton;
    @FXML private Button moveOrgButton;
    @FXML private Button deactivateOrgButton;
    @FXML private Button importOrgButton;

    private final boolean canWrite;

    /** @param canWrite whether the user's roles allow changing organisations (the buttons follow it; the service enforces it) */
    public OrganisationTreeController(OrganisationsModel model, OrganisationActions actions, Messages messages, boolean canWrite) {
        this.canWrite = canWrite;
        this.model = model;
        this.actions = actions;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        orgTree.setShowRoot(true);
        orgTree.setCellFactory(tree -> new OrganisationCell());
        emptyHint.visibleProperty().bind(javafx.beans.binding.Bindings.isEmpty(model.all()));
        if (!canWrite) {
            emptyHint.setText(messages.get("org.tree.emptyReadOnly"));
        }
        emptyHint.managedProperty().bind(emptyHint.visibleProperty());
        model.all().addListener((ListChangeListener<Organisation>) c -> rebuild());
        showInactiveCheck.selectedProperty().addListener((obs, o, n) -> rebuild());
        orgTree.getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> {
            if (!rebuilding && item != null) {
                model.selectedProperty().set(item.getValue());
            }
        });
        model.selectedProperty().addListener((obs, old, org) -> {
            updateButtons(org);
            selectInTree(org);
        });
        updateButtons(null);
    }

    private void rebuild() {
        rebuilding = true;
        try {
            List<Organisation> shown = model.all().stream()
                    .filter(o -> o.active() || showInactiveCheck.isSelected())
                    .toList();
            Map<Long, TreeItem<Organisation>> items = new HashMap<>();
            TreeItem<Organisation> root = null;
            TreeItem<Organisation> hiddenRoot = new TreeItem<>();
            for (Organisation org : shown) {      // parents come before children (ordered by path)
                TreeItem<Organisation> item = new TreeItem<>(org);
                item.setExpanded(true);
                items.put(org.id(), item);
                TreeItem<Organisation> parent = org.parentId() == null ? null : items.get(org.parentId());
                if (parent != null) {
                    parent.getChildren().add(item);
                } else {
                    hiddenRoot.getChildren().add(item);
                }
            }
            for (TreeItem<Organisation> item : items.values()) {
                item.getChildren().sort(java.util.Comparator.comparing(i -> i.getValue().code()));
            }
            if (hiddenRoot.getChildren().size() == 1) {
                root = hiddenRoot.getChildren().get(0);
                orgTree.setShowRoot(true);
            } else {
                root = hiddenRoot;
                hiddenRoot.setExpanded(true);
                orgTree.setShowRoot(false);
            }
            orgTree.setRoot(root);
        } finally {
            rebuilding = false;
        }
        selectInTree(model.selectedProperty().get());
    }

    private void selectInTree(Organisation org) {
        if (org == null || orgTree.getRoot() == null) {
            return;
        }
        TreeItem<Organisation> item = find(orgTree.getRoot(), org.id());
        if (item != null && item != orgTree.getSelectionModel().getSelectedItem()) {
            orgTree.getSelectionModel().select(item);
            int row = orgTree.getRow(item);
            if (row >= 0) {
                orgTree.scrollTo(Math.max(0, row - 3));
            }
        }
    }

    private static TreeItem<Organisation> find(TreeItem<Organisation> item, long id) {
        if (item.getValue() != null && item.getValue().id() == id) {
            return item;
        }
        for (TreeItem<Organisation> child : item.getChildren()) {
            TreeItem<Organisation> found = find(child, id);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private void updateButtons(Organisation org) {
        boolean none = org == null;
        // Nothing is set up below a branch; nothing new below a deactivated organisation.
        addOrgButton.setDisable(!canWrite || org != null && (!org.active() || org.type().isBranch()));
        editOrgButton.setDisable(!canWrite || none);
        moveOrgButton.setDisable(!canWrite || none || org.parentId() == null);
        deactivateOrgButton.setDisable(!canWrite || none || org.parentId() == null);
        deactivateOrgButton.setText(messages.get(org != null && !org.active() ? "org.reactivate" : "org.deactivate"));
        importOrgButton.setDisable(!canWrite);
    }

    private Window window() {
        return orgTree.getScene().getWindow();
    }

    private Organisation selected() {
        return model.selectedProperty().get();
    }

    @FXML
    public void addOrganisation() {
        if (!addOrgButton.isDisabled()) {
            actions.create(selected(), window());
        }
    }

    @FXML
    public void editOrganisation() {
        if (!editOrgButton.isDisabled()) {
            actions.edit(selected(), window());
        }
    }

    @FXML
    public void moveOrganisation() {
        if (!moveOrgButton.isDisabled()) {
            actions.move(selected(), window());
        }
    }

    /** 导入…: an organisation sheet into the selected organisation (blank 上级党组织代码 rows go directly below it). */
    @FXML
    public void importOrganisations() {
        if (!importOrgButton.isDisabled()) {
            actions.importTree(selected(), window());
        }
    }

    @FXML
    public void toggleActive() {
        Organisation org = selected();
        if (org == null || deactivateOrgButton.isDisabled()) {
            return;
        }
        if (org.active()) {
            actions.deactivate(org);
        } else {
            actions.reactivate(org);
        }
    }

    /** Name and code; deactivated organisations greyed and marked. */
    private final class OrganisationCell extends TreeCell<Organisation> {
        @Override
        protected void updateItem(Organisation org, boolean empty) {
            super.updateItem(org, empty);
            getStyleClass().remove("inactive");
            if (empty || org == null) {
                setText(null);
                return;
            }
            String text = org.name() + "  (" + org.code() + ")";
            if (!org.active()) {
                text += "  " + messages.get("org.inactiveMark");
                getStyleClass().add("inactive");
            }
            setText(text);
        }
    }
}
