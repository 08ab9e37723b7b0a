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
