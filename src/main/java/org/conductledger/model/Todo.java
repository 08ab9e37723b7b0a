package org.conductledger.model;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * One item on the 工作台: its kind, its date (null for an open 年审 round) and urgency, what it is — a message
 * key and its arguments, {@link Labelled} arguments shown by their labels — the organisation, and the record it
 * opens.
 */
public record Todo(TodoKind kind, LocalDate dueOn, Urgency urgency, String textKey, List<Object> textArgs,
                   String orgName, Target target) {

    public Todo {
        textArgs = List.copyOf(textArgs);
    }

    /** What opening the item shows. */
    public enum TargetType {
        /** A register record (id), in the kind's edit window. */
        REGISTER,
        /** The 年审 round of an organisation (id = the organisation). */
        ROUND,
        /** A case (id). */
        CASE,
        /** A decision's execution (id = the decision). */
        OUTCOME,
        /** A member's profile (id). */
        MEMBER
    }

    /** The record an item opens; {@code registerKind} only for registers (the window's title). */
    public record Target(TargetType type, long id, RegisterKind registerKind) {
        public static Target of(TargetType type, long id) {
            return new Target(type, id, null);
        }
    }

    public static Todo dated(TodoKind kind, LocalDate dueOn, LocalDate today, String textKey, List<Object> textArgs,
                             String orgName, Target target) {
        return new Todo(kind, dueOn, Urgency.of(dueOn, today), textKey, textArgs, orgName, target);
    }

    /** Overdue first, then by date (undated last), then by kind. */
    public static final Comparator<Todo> ORDER = Comparator
            .comparing((Todo t) -> t.urgency() != Urgency.OVERDUE)
            .thenComparing(Todo::dueOn, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Todo::kind);

    /** The items sorted by {@link #ORDER}. */
    public static List<Todo> sorted(List<Todo> items) {
        return items.stream().sorted(ORDER).toList();
    }

    /** How many items of each kind, every kind present (zero where none). */
    public static java.util.Map<TodoKind, Integer> counts(List<Todo> items) {
        java.util.Map<TodoKind, Integer> counts = new java.util.EnumMap<>(TodoKind.class);
        for (TodoKind k : TodoKind.values()) {
            counts.put(k, 0);
        }
        items.forEach(t -> counts.merge(t.kind(), 1, Integer::sum));
        return counts;
    }
}
