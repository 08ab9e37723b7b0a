package org.conductledger.model;

import java.time.LocalDate;
import java.util.List;

/**
 * One record the global search found, as the user may see it: ID numbers only masked, never a case's reporter;
 * a {@code restricted} case (the user is one of its subjects) carries nothing but its number and organisation.
 *
 * @param title   the member's or account's or group's name, the filing number; null for cases (shown as 「案件 N」)
 * @param details further facts in display order (masked ID number, platform and account ID, holder, subjects…)
 * @param state   the record's status or stage, shown by its label; null when nothing is to be said
 */
public record SearchHit(SearchKind kind, long id, String title, List<String> details, Labelled state, String orgName,
                        boolean restricted) {

    public SearchHit {
        details = List.copyOf(details);
    }

    /** The record opening this hit shows, as a 工作台 item opens it. */
    public Todo.Target target() {
        return switch (kind) {
            case MEMBER -> Todo.Target.of(Todo.TargetType.MEMBER, id);
            case CASE -> Todo.Target.of(Todo.TargetType.CASE, id);
            case ACCOUNT, GROUP, FILING -> new Todo.Target(Todo.TargetType.REGISTER, id, kind.registerKind());
        };
    }

    /** A case as found, before the service decides what the user may see of it. */
    public record CaseMatch(long id, String orgName, CaseStage stage, LocalDate receivedOn, List<CaseFile.Subject> subjects) {

        public CaseMatch {
            subjects = List.copyOf(subjects);
        }
    }
}
