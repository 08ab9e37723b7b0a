package org.conductledger.ui.settings;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The working calendar as the settings dialog edits it: per year, the holidays and the 调休 working days as
 * text (one date per line or separated by commas), turned back into dates on saving.
 */
final class CalendarYears {

    private static final DateTimeFormatter LOOSE = DateTimeFormatter.ofPattern("uuuu-M-d");

    private final Map<Integer, String> holidays = new TreeMap<>();
    private final Map<Integer, String> workdays = new TreeMap<>();

    CalendarYears(Set<LocalDate> holidayDates, Set<LocalDate> workdayDates, int thisYear) {
        holidays.putAll(byYear(holidayDates));
        workdays.putAll(byYear(workdayDates));
        for (int year = thisYear - 1; year <= thisYear + 1; year++) {
            holidays.putIfAbsent(year, "");
            workdays.putIfAbsent(year, "");
        }
        workdays.keySet().forEach(y -> holidays.putIfAbsent(y, ""));
        holidays.keySet().forEach(y -> workdays.putIfAbsent(y, ""));
    }

    private static Map<Integer, String> byYear(Set<LocalDate> dates) {
        return new TreeSet<>(dates).stream().collect(Collectors.groupingBy(LocalDate::getYear, TreeMap::new,
                Collectors.mapping(LocalDate::toString, Collectors.joining("\n"))));
    }

    List<Integer> years() {
        return List.copyOf(holidays.keySet());
    }

    String holidays(int year) {
        return holidays.getOrDefault(year, "");
    }

    String workdays(int year) {
        return workdays.getOrDefault(year, "");
    }

    void set(int year, String holidayText, String workdayText) {
        holidays.put(year, holidayText == null ? "" : holidayText);
        workdays.put(year, workdayText == null ? "" : workdayText);
    }

    /** The text that is no date, the first one found. */
    static Optional<String> unreadable(String text) {
        return tokens(text).stream().filter(t -> parse(t).isEmpty()).findFirst();
    }

    /** The first date not in {@code year}. */
    static Optional<LocalDate> outside(String text, int year) {
        return tokens(text).stream().flatMap(t -> parse(t).stream()).filter(d -> d.getYear() != year).findFirst();
    }

    /** Every holiday of every year (texts already checked with {@link #unreadable}). */
    Set<LocalDate> holidayDates() {
        return dates(holidays.values());
    }

    Set<LocalDate> workdayDates() {
        return dates(workdays.values());
    }

    private static Set<LocalDate> dates(Collection<String> texts) {
        Set<LocalDate> dates = new TreeSet<>();
        texts.forEach(t -> tokens(t).forEach(token -> parse(token).ifPresent(dates::add)));
        return dates;
    }

    private static List<String> tokens(String text) {
        return text == null ? List.of() : List.of(text.split("[\\s,，、;；]+")).stream().filter(t -> !t.isBlank()).toList();
    }

    private static Optional<LocalDate> parse(String token) {
        try {
            return Optional.of(LocalDate.parse(token.replace('/', '-').replace('.', '-'), LOOSE));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
