package org.conductledger.ui.common;

import java.util.function.Function;
import javafx.util.StringConverter;
import org.conductledger.i18n.Messages;
import org.conductledger.model.Labelled;

/** String converters for choice boxes and combo boxes. */
public final class Converters {

    private Converters() {
    }

    public static <T extends Labelled> StringConverter<T> labelled(Messages messages) {
        return of(messages::label);
    }

    /** Like {@link #of}, with {@code nullText} (e.g. 全部) for the empty choice. */
    public static <T> StringConverter<T> withNull(Function<T, String> toText, String nullText) {
        return of(value -> value == null ? nullText : toText.apply(value), nullText);
    }

    private static <T> StringConverter<T> of(Function<T, String> toText, String nullText) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? nullText : toText.apply(value);
            }

            @Override
            public T fromString(String text) {
                throw new UnsupportedOperationException("choices are not typed in");
            }
        };
    }

    public static <T> StringConverter<T> of(Function<T, String> toText) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : toText.apply(value);
            }

            @Override
            public T fromString(String text) {
                throw new UnsupportedOperationException("choices are not typed in");
            }
        };
    }
}
