package org.conductledger.i18n;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import org.conductledger.model.Labelled;
import org.conductledger.model.LedgerException;
import org.conductledger.model.Problem;
import org.conductledger.model.ValidationException;

/** The one way Java code obtains user-facing text: bundles under {@code i18n/messages}, Chinese first. */
public final class Messages {

    public static final String BUNDLE = "i18n.messages";
    public static final Locale DEFAULT_LOCALE = Locale.SIMPLIFIED_CHINESE;

    private final ResourceBundle bundle;

    private Messages(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    public static Messages load(Locale locale) {
        // No fallback to the JVM's locale: an English PC still gets Chinese unless English is chosen.
        // English when asked for; Chinese for everything else (there are only these two bundles).
        Locale effective = Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? Locale.ENGLISH : DEFAULT_LOCALE;
        ResourceBundle.Control control = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
        return new Messages(ResourceBundle.getBundle(BUNDLE, effective, control));
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    public Locale locale() {
        return bundle.getLocale();
    }

    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        if (args.length == 0) {
            return pattern.replace("''", "'");
        }
        Object[] shown = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            shown[i] = display(args[i]);
        }
        return new MessageFormat(pattern, bundle.getLocale()).format(shown);
    }

    public String label(Labelled value) {
        return value == null ? "" : get(value.labelKey());
    }

    /** A problem as a sentence, prefixed with the field label when it belongs to a field. */
    public String describe(Problem problem) {
        String text = get(problem.messageKey(), problem.args().toArray());
        if (problem.field() instanceof Labelled field) {
            return get("validation.fieldPrefix", label(field), text);
        }
        return text;
    }

    /** The message for any user-facing failure; validation failures list every problem. */
    public String describe(LedgerException e) {
        if (e instanceof ValidationException v) {
            return v.problems().stream().map(this::describe).collect(Collectors.joining("\n"));
        }
        return get(e.messageKey(), e.args().toArray());
    }

    /** An instant (e.g. when a backup was made) as local date and time to the second. */
    private static final java.time.format.DateTimeFormatter LOCAL_TIME =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private Object display(Object arg) {
        if (arg instanceof Labelled labelled) {
            return label(labelled);
        }
        if (arg instanceof LocalDate || arg instanceof java.nio.file.Path) {
            return arg.toString();
        }
        if (arg instanceof java.time.Instant instant) {
            return LOCAL_TIME.format(instant.atZone(java.time.ZoneId.systemDefault()));
        }
        return arg;
    }
}
