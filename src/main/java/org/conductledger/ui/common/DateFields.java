package org.conductledger.ui.common;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;

/**
 * Date inputs that accept what office users type (2024-03-06, 2024/3/6, 20240306, 2024.3.6,
 * 2024年3月6日) and never throw on anything else: unreadable text is reported through a property so the
 * form can say so instead of silently dropping it.
 */
public final class DateFields {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final List<DateTimeFormatter> ACCEPTED = List.of(
            DateTimeFormatter.ofPattern("uuuu-M-d"), DateTimeFormatter.ofPattern("uuuu/M/d"),
            DateTimeFormatter.ofPattern("uuuuMMdd"), DateTimeFormatter.ofPattern("uuuu.M.d"),
            DateTimeFormatter.ofPattern("uuuu年M月d日"));

    private DateFields() {
    }

    private static final String UNREADABLE = "conductLedger.dateUnreadable";

    /** The text of the first date field under {@code root} whose typed text is no readable date, if any. */
    public static Optional<String> unreadableIn(javafx.scene.Parent root) {
        return root.lookupAll(".date-picker").stream().filter(n -> n instanceof DatePicker)
                .map(n -> (DatePicker) n)
                .filter(p -> p.getProperties().get(UNREADABLE) instanceof BooleanProperty b && b.get())
                .map(p -> p.getEditor().getText()).findFirst();
    }

    public static Optional<LocalDate> parse(String text) {
        String trimmed = text == null ? "" : text.strip();
        for (DateTimeFormatter format : ACCEPTED) {
            try {
                return Optional.of(LocalDate.parse(trimmed, format.withResolverStyle(java.time.format.ResolverStyle.STRICT)));
            } catch (DateTimeParseException e) {
                // try the next format
            }
        }
        return Optional.empty();
    }

    /**
     * Installs the lenient converter; the returned property is true while the typed text is unreadable.
     * Unreadable text stays in the field (the picker's value is then empty) so the user sees what to fix.
     */
    public static BooleanProperty install(DatePicker picker) {
        BooleanProperty unreadable = new SimpleBooleanProperty(false);
        picker.getProperties().put(UNREADABLE, unreadable);
        unreadable.addListener((obs, was, is) -> {
            picker.getStyleClass().remove("unreadable-date");
            if (is) {
                picker.getStyleClass().add("unreadable-date");
            }
        });
        String[] rejected = {null};
        picker.setPromptText("yyyy-mm-dd");
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                if (date == null) {
                    return rejected[0] == null ? "" : rejected[0];
                }
                return SHOWN.format(date);
            }

            @Override
            public LocalDate fromString(String text) {
                if (text == null || text.isBlank()) {
                    rejected[0] = null;
                    unreadable.set(false);
                    return null;
                }
                Optional<LocalDate> date = parse(text);
                rejected[0] = date.isPresent() ? null : text;
                unreadable.set(date.isEmpty());
                return date.orElse(null);
            }
        });
        picker.valueProperty().addListener((obs, old, date) -> {
            if (date != null) {
                rejected[0] = null;
                unreadable.set(false);
            }
        });
        picker.getEditor().textProperty().addListener((obs, old, text) ->
                unreadable.set(text != null && !text.isBlank() && parse(text).isEmpty()));
        return unreadable;
    }
}
