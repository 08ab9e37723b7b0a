package org.conductledger.cli;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.conductledger.i18n.Messages;
import org.conductledger.model.Role;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** A role as typed on the command line: its code ({@code BRANCH_SECRETARY}, any case) or its name ({@code 支部书记}). */
final class RoleConverter implements ITypeConverter<Role> {

    private final Messages messages;

    RoleConverter(Messages messages) {
        this.messages = messages;
    }

    @Override
    public Role convert(String value) {
        String typed = value.strip();
        for (Role role : Role.values()) {
            if (role.name().equalsIgnoreCase(typed) || messages.label(role).equals(typed)) {
                return role;
            }
        }
        throw new TypeConversionException(messages.get("cli.badRole", typed, Arrays.stream(Role.values())
                .map(r -> r.name() + "（" + messages.label(r) + "）").collect(Collectors.joining("、"))));
    }
}
