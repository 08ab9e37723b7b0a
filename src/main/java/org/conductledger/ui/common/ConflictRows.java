package org.conductledger.ui.common;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.conductledger.i18n.Messages;
import org.conductledger.model.EditConflictException;
import org.conductledger.model.Labelled;

/** The two versions of an edit conflict as rows to show: field, the version now saved, this user's version. */
public final class ConflictRows {

    /** One field, in words. */
    public record Row(String field, String saved, String mine, boolean differs) {
    }

    private ConflictRows() {
    }

    /** Every field that differs, then the others (so what matters is on top). */
    public static List<Row> of(EditConflictException conflict, Messages messages) {
        List<Row> rows = conflict.fields().stream()
                .map(f -> new Row(label(f.name(), messages), shown(f.saved(), messages), shown(f.mine(), messages), f.differs()))
                .collect(Collectors.toList());
        rows.sort((a, b) -> Boolean.compare(b.differs(), a.differs()));
        return rows;
    }

    private static String label(String name, Messages messages) {
        String key = "audit.field." + name;
        String text = messages.get(key);
        return text.equals(key) ? name : text;
    }

    static String shown(Object value, Messages messages) {
        if (value == null || value instanceof String s && s.isBlank()) {
            return messages.get("audit.value.empty");
        }
        if (value instanceof Labelled labelled) {
            return messages.label(labelled);
        }
        if (value instanceof Boolean flag) {
            return messages.get(flag ? "audit.value.true" : "audit.value.false");
        }
        if (value instanceof LocalDate date) {
            return date.toString();
        }
        if (value instanceof Collection<?> items) {
            return items.stream().map(String::valueOf).collect(Collectors.joining("、"));
        }
        return String.valueOf(value);
    }
}
