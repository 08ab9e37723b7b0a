package org.conductledger.ui.common;

import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import org.conductledger.i18n.Messages;
import org.conductledger.model.Problem;

/**
 * The validation state of a form: one message per field (what decorations show) and a summary of every
 * problem (what the label under the form shows).
 */
public final class FieldProblems<F extends Enum<F>> {

    private final Class<F> fieldType;
    private final Messages messages;
    private final ObservableMap<F, String> byField = FXCollections.observableHashMap();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");

    public FieldProblems(Class<F> fieldType, Messages messages) {
        this.fieldType = fieldType;
        this.messages = messages;
    }

    public ObservableMap<F, String> byField() {
        return byField;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public boolean isEmpty() {
        return byField.isEmpty() && summary.get().isEmpty();
    }

    /** Replaces the state with {@code problems}, keeping only those {@code shown} accepts. */
    public void setAll(List<Problem> problems, java.util.function.Predicate<F> shown) {
        byField.clear();
        StringBuilder text = new StringBuilder();
        for (Problem problem : problems) {
            F field = fieldType.isInstance(problem.field()) ? fieldType.cast(problem.field()) : null;
            if (field != null && !shown.test(field)) {
                continue;
            }
            String message = messages.get(problem.messageKey(), problem.args().toArray());
            if (field != null) {
                byField.putIfAbsent(field, message);
            }
            if (!text.isEmpty()) {
                text.append('\n');
            }
            text.append(messages.describe(problem));
        }
        summary.set(text.toString());
    }

    public void setAll(List<Problem> problems) {
        setAll(problems, f -> true);
    }

    public void clear() {
        byField.clear();
        summary.set("");
    }
}
