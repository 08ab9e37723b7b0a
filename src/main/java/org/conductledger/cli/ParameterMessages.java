package org.conductledger.cli;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.conductledger.i18n.Messages;

/** Picocli's usual complaints about arguments, in the user's language; anything else is shown as it is. */
final class ParameterMessages {

    private record Rule(Pattern pattern, String key) {
    }

    private static final List<Rule> RULES = List.of(
            new Rule(Pattern.compile("Invalid value for option '([^']+)'[^:]*: '([^']*)' is not an? (int|long)", Pattern.DOTALL),
                    "cli.arg.notNumber"),
            new Rule(Pattern.compile("Invalid value for option '([^']+)'[^:]*: expected one of \\[([^\\]]*)\\][^']*'([^']*)'.*",
                    Pattern.DOTALL), "cli.arg.choice"),
            new Rule(Pattern.compile("Invalid value for option '([^']+)'[^:]*: (.*)", Pattern.DOTALL), "cli.arg.invalid"),
            new Rule(Pattern.compile("Missing required options?: (.*)", Pattern.DOTALL), "cli.arg.missing"),
            new Rule(Pattern.compile("Unknown options?: (.*)", Pattern.DOTALL), "cli.arg.unknown"),
            new Rule(Pattern.compile("Unmatched arguments? from index \\d+: (.*)", Pattern.DOTALL), "cli.arg.unknown"),
            new Rule(Pattern.compile("Missing required parameter for option '([^']+)'.*", Pattern.DOTALL), "cli.arg.noValue"));

    private ParameterMessages() {
    }

    static String translate(String message, Messages messages) {
        if (message == null) {
            return "";
        }
        for (Rule rule : RULES) {
            Matcher m = rule.pattern().matcher(message.strip());
            if (m.matches()) {
                Object[] groups = new Object[m.groupCount()];
                for (int i = 0; i < groups.length; i++) {
                    groups[i] = m.group(i + 1);
                }
                return messages.get(rule.key(), groups);
            }
        }
        return message;
    }
}
