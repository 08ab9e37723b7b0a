package org.conductledger.model;

import java.time.Instant;
import java.time.LocalDate;

/** One step of a case's time line: from which stage to which, on what date, why, who recorded it and when. */
public record CaseHistoryEntry(CaseStage from, CaseStage to, LocalDate movedOn, String comment, String userName,
                               Instant recordedAt) {
}
