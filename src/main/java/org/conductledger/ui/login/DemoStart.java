package org.conductledger.ui.login;

import javafx.application.Platform;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.conductledger.i18n.Messages;
import org.conductledger.model.Progress;

/**
 * The first-run demo's progress (用演示数据体验) for the screen: the fraction of members written and a line saying
 * how many, set on the JavaFX thread while the worker generates.
 */
final class DemoStart implements Progress {

    private final Messages messages;
    private final DoubleProperty fraction = new SimpleDoubleProperty(-1);
    private final StringProperty text = new SimpleStringProperty("");

    DemoStart(Messages messages) {
        this.messages = messages;
    }

    DoubleProperty fractionProperty() {
        return fraction;
    }

    StringProperty textProperty() {
        return text;
    }

    @Override
    public void step(int done, int total) {
        Runnable update = () -> {
            fraction.set(total == 0 ? -1 : (double) done / total);
            text.set(messages.get("demo.generating", done, total));
        };
        if (Platform.isFxApplicationThread()) {
            update.run();
        } else {
            Platform.runLater(update);
        }
    }

    @Override
    public boolean cancelled() {
        return false;
    }
}
