package org.conductledger.model;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Rules for the two life-cycle steps of a member record: transfer and status change. */
public final class MemberChangeRules {

    public static final int REASON_MAX = 200;

    private final Clock clock;

    public MemberChangeRules(Clock clock) {
        this.clock = clock;
    }

    public List<Problem> checkTransfer(Member member, Organisation target, LocalDate date, String reason) {
        List<Problem> problems = new ArrayList<>();
        if (target == null) {
            problems.add(Problem.of(ChangeField.TARGET_ORG, "validation.required"));
        } else if (target.id() == member.orgId()) {
            problems.add(Problem.of(ChangeField.TARGET_ORG, "validation.transfer.sameOrganisation"));
        } else if (!target.active()) {
            problems.add(Problem.of(ChangeField.TARGET_ORG, "validation.transfer.inactiveTarget"));
        }
        if (!member.status().isCurrent()) {
            problems.add(Problem.of(ChangeField.TARGET_ORG, "validation.transfer.notCurrent"));
        }
        checkDateAndReason(problems, member, date, reason);
        return problems;
    }

    public List<Problem> checkStatusChange(Member member, MemberStatus newStatus, LocalDate date, String reason) {
        List<Problem> problems = new ArrayList<>();
        if (newStatus == null) {
            problems.add(Problem.of(ChangeField.STATUS, "validation.required"));
        } else if (newStatus == member.status()) {
            problems.add(Problem.of(ChangeField.STATUS, "validation.status.unchanged"));
        }
        checkDateAndReason(problems, member, date, reason);
        return problems;
    }

    private void checkDateAndReason(List<Problem> problems, Member member, LocalDate date, String reason) {
        if (date == null) {
            problems.add(Problem.of(ChangeField.DATE, "validation.required"));
        } else if (date.isAfter(LocalDate.now(clock))) {
            problems.add(Problem.of(ChangeField.DATE, "validation.date.future"));
        } else if (date.isBefore(member.joinedOn())) {
            problems.add(Problem.of(ChangeField.DATE, "validation.change.beforeJoined"));
        }
        if (reason != null && reason.length() > REASON_MAX) {
            problems.add(Problem.of(ChangeField.REASON, "validation.tooLong", REASON_MAX));
        }
    }
}
