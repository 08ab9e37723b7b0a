package org.conductledger.ui.help;

import javafx.scene.control.MenuBar;
import javafx.stage.Window;
import org.conductledger.i18n.Messages;
import org.conductledger.ui.common.DialogWindows;
import org.conductledger.ui.common.FxmlView;

/** The 帮助 menu's windows (法规, 快捷键, 使用说明) and the 系统 menu's 系统设置…. */
public final class HelpMenu {

    private final DialogWindows windows;
    private final Messages messages;

    public HelpMenu(DialogWindows windows, Messages messages) {
        this.windows = windows;
        this.messages = messages;
    }

    public void settings(Window owner) {
        windows.open(FxmlView.SETTINGS, messages.get("settings.title"), owner,
                (org.conductledger.ui.settings.SettingsController c) -> { });
    }

    public void regulations(Window owner) {
        windows.open(FxmlView.REGULATIONS, messages.get("help.regulations.title"), owner, (RegulationsController c) -> { });
    }

    /** The shortcuts read from {@code menus} as they are now, so the list never goes stale. */
    public void shortcuts(Window owner, MenuBar menus) {
        windows.open(FxmlView.SHORTCUTS, messages.get("help.shortcuts.title"), owner,
                (ShortcutsController c) -> c.show(menus));
    }

    public void userGuide(Window owner) {
        windows.open(FxmlView.USER_GUIDE, messages.get("help.guide.title"), owner, (UserGuideController c) -> { });
    }
}
