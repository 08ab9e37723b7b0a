package org.conductledger.report.annual;

import java.util.function.ToLongFunction;
import org.conductledger.model.ReviewCounts;

/** The single-number figures of the review, in print order, each with its bundle key ({@code report.figure.*}). */
public enum ReviewFigure {
    MEMBERS(ReviewCounts::members),
    CADRES(ReviewCounts::cadres),
    MEMBERS_WITH_RECORDS(ReviewCounts::membersWithRecords),
    ACCOUNTS_NEW(ReviewCounts::accountsNew),
    ACCOUNTS_ACTIVE(ReviewCounts::accountsActiveYearEnd),
    ACCOUNTS_CLOSED(ReviewCounts::accountsClosed),
    GROUPS_NEW(ReviewCounts::groupsNew),
    GROUPS_ACTIVE(ReviewCounts::groupsActiveYearEnd),
    GROUPS_CLOSED(ReviewCounts::groupsClosed),
    FILINGS_NEW(ReviewCounts::filingsNew),
    FILINGS_ACTIVE(ReviewCounts::filingsActiveYearEnd),
    FILINGS_CLOSED(ReviewCounts::filingsClosed),
    LATE_REPORTS(ReviewCounts::lateReports),
    CONFIRMED(ReviewCounts::confirmationsConfirmed),
    CONFIRMATIONS_MISSING(ReviewCounts::confirmationsMissing),
    ROUNDS_OPEN(ReviewCounts::roundsOpen),
    REPORTS_RECEIVED(ReviewCounts::reportsReceived),
    CASES_OPENED(ReviewCounts::casesOpened),
    CASES_CLOSED(ReviewCounts::casesClosed),
    CASES_OVERDUE(ReviewCounts::casesOverdue),
    APPEALS(ReviewCounts::appeals),
    ACCOUNTABILITY(ReviewCounts::accountability),
    COMMENDATIONS(ReviewCounts::commendations),
    CLARIFICATIONS(ReviewCounts::clarifications);

    private final ToLongFunction<ReviewCounts> value;

    ReviewFigure(ToLongFunction<ReviewCounts> value) {
        this.value = value;
    }

    public long of(ReviewCounts counts) {
        return value.applyAsLong(counts);
    }

    public String labelKey() {
        return "annual.figure." + name();
    }
}
