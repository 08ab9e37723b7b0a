package org.conductledger.ui.settings;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.conductledger.i18n.Messages;
import org.conductledger.model.CaseStage;
import org.conductledger.model.LedgerException;
import org.conductledger.model.LedgerSettings;
import org.conductledger.model.LoginPolicy;
import org.conductledger.model.ReportingDeadline;
import org.conductledger.service.SettingsService;
import org.conductledger.ui.common.Appearance;
import org.conductledger.ui.common.DialogService;
import org.conductledger.ui.common.LookAndFeel;
import org.conductledger.ui.common.TaskRunner;
import org.conductledger.ui.common.UserPreferences;

/**
 * The 系统设置 dialog: the ledger settings (editable by the system administrator, read-only for everyone else)
 * and this user's appearance. Checks every field with a Chinese message beside it; saves the ledger settings in
 * one transaction through {@link SettingsService} and the appearance to this PC, in the background.
 */
public final class SettingsViewModel {

    /** Stages whose time limit can be set: a closed or dismissed case owes nothing. */
    static final java.util.List<CaseStage> TIMED_STAGES = java.util.Arrays.stream(CaseStage.values())
            .filter(s -> !s.isTerminal() && s != CaseStage.DISMISSED).toList();

    private final SettingsService settings;
    private final UserPreferences preferences;
    private final LookAndFeel lookAndFeel;
    private final Consumer<Locale> languageChoice;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final int thisYear;

    final StringProperty reportDays = new SimpleStringProperty("");
    final StringProperty horizonDays = new SimpleStringProperty("");
    final StringProperty maxFailures = new SimpleStringProperty("");
    final StringProperty lockMinutes = new SimpleStringProperty("");
    final StringProperty idleMinutes = new SimpleStringProperty("");
    final StringProperty backupKeep = new SimpleStringProperty("");
    final StringProperty importMaxRows = new SimpleStringProperty("");
    final StringProperty backupDirectory = new SimpleStringProperty("");
    final Map<CaseStage, StringProperty> dueRules = new EnumMap<>(CaseStage.class);
    final ObjectProperty<Integer> calendarYear = new SimpleObjectProperty<>();
    final StringProperty holidays = new SimpleStringProperty("");
    final StringProperty workdays = new SimpleStringProperty("");
    final javafx.collections.ObservableList<Integer> years = javafx.collections.FXCollections.observableArrayList();
    final ObjectProperty<Integer> fontPercent = new SimpleObjectProperty<>(100);
    final BooleanProperty dark = new SimpleBooleanProperty();
    final ObjectProperty<Locale> language = new SimpleObjectProperty<>();
    final BooleanProperty loaded = new SimpleBooleanProperty();
    final BooleanProperty saving = new SimpleBooleanProperty();
    final StringProperty summary = new SimpleStringProperty("");
    /** The message beside each field ("reportDays", "due.FILED", "holidays", …), empty when the field is fine. */
    private final Map<String, StringProperty> problems = new LinkedHashMap<>();

    private LedgerSettings stored;
    private CalendarYears calendar;

    public SettingsViewModel(SettingsService settings, UserPreferences preferences, LookAndFeel lookAndFeel,
                             Consumer<Locale> languageChoice, TaskRunner tasks, DialogService dialogs, Messages messages,
                             Clock clock) {
        this.settings = settings;
        this.preferences = preferences;
        this.lookAndFeel = lookAndFeel;
        this.languageChoice = languageChoice;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        this.thisYear = LocalDate.now(clock).getYear();
        TIMED_STAGES.forEach(stage -> dueRules.put(stage, new SimpleStringProperty("")));
        Appearance appearance = lookAndFeel.appearance();
        fontPercent.set(appearance.fontPercent());
        dark.set(appearance.dark());
        language.set(Locale.ENGLISH.getLanguage().equals(messages.locale().getLanguage()) ? Locale.ENGLISH
                : Locale.SIMPLIFIED_CHINESE);
        calendarYear.addListener((obs, old, year) -> switchYear(old, year));
    }

    public boolean mayChangeLedger() {
        return settings.mayChange();
    }

    StringProperty problem(String field) {
        return problems.computeIfAbsent(field, f -> new SimpleStringProperty(""));
    }

    /** Reads the ledger settings in the background. */
    void load() {
        tasks.run(settings::current, this::fill, dialogs::showError);
    }

    private void fill(LedgerSettings current) {
        stored = current;
        reportDays.set(Integer.toString(current.reportDays()));
        horizonDays.set(Integer.toString(current.impactHorizonDays()));
        maxFailures.set(Integer.toString(current.loginPolicy().maxFailures()));
        lockMinutes.set(Integer.toString(current.loginPolicy().lockMinutes()));
        idleMinutes.set(Integer.toString(current.loginPolicy().idleMinutes()));
        backupKeep.set(Integer.toString(current.backupKeep()));
        importMaxRows.set(Integer.toString(current.importMaxRows()));
        backupDirectory.set(current.backupDirectory());
        dueRules.forEach((stage, text) -> text.set(current.dueRules().getOrDefault(stage, "")));
        calendar = new CalendarYears(current.holidays(), current.workdays(), thisYear);
        years.setAll(calendar.years());
        calendarYear.set(null);
        calendarYear.set(thisYear);
        loaded.set(true);
    }

    private void switchYear(Integer old, Integer year) {
        if (calendar == null) {
            return;
        }
        if (old != null) {
            calendar.set(old, holidays.get(), workdays.get());
        }
        if (year != null) {
            holidays.set(calendar.holidays(year));
            workdays.set(calendar.workdays(year));
        }
    }

    /** Checks every field; true when all are fine (each problem is shown beside its field). */
    boolean validate() {
        problems.values().forEach(p -> p.set(""));
        if (mayChangeLedger() && calendar != null) {
            number("reportDays", reportDays, ReportingDeadline.MIN_DAYS, ReportingDeadline.MAX_DAYS);
            number("horizonDays", horizonDays, 1, 366);
            number("maxFailures", maxFailures, 3, 10);
            number("lockMinutes", lockMinutes, 1, 1440);
            number("idleMinutes", idleMinutes, 1, 120);
            number("backupKeep", backupKeep, 1, 365);
            number("importMaxRows", importMaxRows, 1, 1_000_000);
            dueRules.forEach((stage, text) -> {
                String rule = text.get() == null ? "" : text.get().strip();
                if (!rule.isEmpty() && !rule.matches("\\d{1,3}[wd]")) {
                    problem("due." + stage.name()).set(messages.get("settings.problem.dueRule"));
                }
            });
            checkCalendar();
        }
        long count = problems.values().stream().filter(p -> !p.get().isEmpty()).count();
        summary.set(count == 0 ? "" : messages.get("settings.problem.summary", count));
        return count == 0;
    }

    private void number(String field, StringProperty text, int min, int max) {
        Optional<Integer> value = parse(text.get());
        if (value.isEmpty() || value.get() < min || value.get() > max) {
            problem(field).set(messages.get("settings.problem.range", min, max));
        }
    }

    private static Optional<Integer> parse(String text) {
        try {
            return Optional.of(Integer.parseInt(text == null ? "" : text.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private void checkCalendar() {
        Integer shown = calendarYear.get();
        if (shown != null) {
            calendar.set(shown, holidays.get(), workdays.get());
        }
        for (int year : calendar.years()) {
            for (String field : java.util.List.of("holidays", "workdays")) {
                String text = field.equals("holidays") ? calendar.holidays(year) : calendar.workdays(year);
                Optional<String> bad = CalendarYears.unreadable(text);
                Optional<LocalDate> stray = CalendarYears.outside(text, year);
                String message = bad.map(b -> messages.get("settings.problem.date", b))
                        .or(() -> stray.map(d -> messages.get("settings.problem.wrongYear", d.toString(), year))).orElse("");
                if (!message.isEmpty() && problem(field).get().isEmpty()) {
                    problem(field).set(year == (shown == null ? year : shown) ? message
                            : messages.get("settings.problem.inYear", year, message));
                }
            }
        }
        if (problem("holidays").get().isEmpty() && problem("workdays").get().isEmpty()) {
            calendar.holidayDates().stream().filter(calendar.workdayDates()::contains).findFirst()
                    .ifPresent(both -> problem("workdays").set(messages.get("settings.problem.both", both.toString())));
        }
    }

    private LedgerSettings edited() {
        Map<CaseStage, String> rules = new EnumMap<>(CaseStage.class);
        dueRules.forEach((stage, text) -> {
            String rule = text.get() == null ? "" : text.get().strip();
            if (!rule.isEmpty()) {
                rules.put(stage, rule);
            }
        });
        stored.dueRules().forEach((stage, rule) -> {
            if (!TIMED_STAGES.contains(stage)) {
                rules.put(stage, rule);                   // stages the dialog does not show keep their rule
            }
        });
        return new LedgerSettings(value(reportDays), rules, calendar.holidayDates(), calendar.workdayDates(),
                new LoginPolicy(value(maxFailures), value(lockMinutes), value(idleMinutes)), value(horizonDays),
                value(backupKeep), value(importMaxRows), stored.backupDirectory());
    }

    private static int value(StringProperty text) {
        return Integer.parseInt(text.get().strip());
    }

    /**
     * Saves, if every field is fine: the ledger settings (when they changed and the user may change them) in one
     * transaction, then this user's appearance, applied to every window at once; {@code onSaved} runs after.
     */
    void save(Runnable onSaved) {
        if (saving.get() || !validate()) {
            return;
        }
        Optional<LedgerSettings> ledger = mayChangeLedger() && stored != null && !edited().equals(stored)
                ? Optional.of(edited()) : Optional.empty();
        Appearance appearance = new Appearance(fontPercent.get(), dark.get());
        Locale chosen = language.get();
        boolean languageChanged = !chosen.getLanguage().equals(messages.locale().getLanguage());
        LedgerSettings opened = stored;
        submit(ledger, opened, appearance, chosen, languageChanged, onSaved);
    }

    private void submit(Optional<LedgerSettings> ledger, LedgerSettings opened, Appearance appearance, Locale chosen,
                        boolean languageChanged, Runnable onSaved) {
        saving.set(true);
        tasks.run(() -> {
            ledger.ifPresent(next -> settings.save(opened, next));
            preferences.storeAppearance(appearance);
            return null;
        }, ok -> {
            saving.set(false);
            lookAndFeel.apply(appearance);
            if (languageChanged) {
                languageChoice.accept(chosen);
            }
            onSaved.run();
        }, failure -> {
            saving.set(false);
            if (new org.conductledger.ui.common.Conflicts(dialogs, messages).handle(failure,
                    newer -> submit(ledger, null, appearance, chosen, languageChanged, onSaved), this::load)) {
                summary.set("");
            } else if (failure instanceof LedgerException known) {
                summary.set(messages.describe(known));
            } else {
                dialogs.showError(failure);
            }
        });
    }
}
