package org.conductledger.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** A date option typed as yyyy-MM-dd; anything else is refused with a Chinese explanation, not a parser's trace. */
public final class IsoDateConverter implements ITypeConverter<LocalDate> {

    private final CliEnvironment env;

    public IsoDateConverter(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public LocalDate convert(String value) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new TypeConversionException(env.messages().get("cli.report.badDate", value));
        }
    }
}
