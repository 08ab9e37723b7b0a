package org.conductledger.ui.help;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;

/** Every accelerator of a menu bar, read from the menus themselves so the help page never goes stale. */
final class Shortcuts {

    /** One accelerator: the keys as the platform writes them ("Ctrl+L"), the action and the menu it is in. */
    record Row(String keys, String action, String menu) {
    }

    private Shortcuts() {
    }

    static List<Row> of(MenuBar bar) {
        List<Row> rows = new ArrayList<>();
        for (Menu menu : bar.getMenus()) {
            collect(menu, plain(menu.getText()), rows);
        }
        return rows;
    }

    private static void collect(Menu menu, String path, List<Row> rows) {
        for (MenuItem item : menu.getItems()) {
            if (item instanceof Menu sub) {
                collect(sub, path + " › " + plain(sub.getText()), rows);
            } else if (item.getAccelerator() != null) {
                rows.add(new Row(item.getAccelerator().getDisplayText(), plain(item.getText()), path));
            }
        }
    }

    /** A menu text without its mnemonic: "帮助(_H)" → "帮助", "_File" → "File". */
    static String plain(String text) {
        return text == null ? "" : text.replaceAll("\\(_.\\)", "").replace("_", "").strip();
    }
}
