package org.conductledger.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.conductledger.i18n.Messages;
import org.conductledger.model.OrgType;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * An organisation type as typed on the command line: its code ({@code BRANCH}, any case) or its Chinese name
 * ({@code 党支部}) — also the name in the language the command line speaks, if that is another.
 */
final class OrgTypeConverter implements ITypeConverter<OrgType> {

    private final Messages messages;
    private final Messages chinese = Messages.load(Locale.SIMPLIFIED_CHINESE);

    OrgTypeConverter(Messages messages) {
        this.messages = messages;
    }

    @Override
    public OrgType convert(String value) {
        String typed = value.strip();
        for (OrgType type : OrgType.values()) {
            if (type.name().equalsIgnoreCase(typed) || chinese.label(type).equals(typed) || messages.label(type).equals(typed)) {
                return type;
            }
        }
        throw new TypeConversionException(messages.get("cli.org.badType", typed, Arrays.stream(OrgType.values())
                .map(t -> t.name() + "（" + chinese.label(t) + "）").collect(Collectors.joining("、"))));
    }
}
