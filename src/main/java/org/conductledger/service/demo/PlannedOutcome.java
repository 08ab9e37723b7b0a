package org.conductledger.service.demo;

import java.time.LocalDate;
import java.util.List;
import org.conductledger.model.AppealResult;
import org.conductledger.model.Outcome;
import org.conductledger.model.OutcomeStatus;
import org.conductledger.model.OutcomeType;

/**
 * A decision about one subject, before its case is stored: measures, dates, execution, 留党察看's state and an
 * appeal with its result (a 变更 names the lighter measures of the replacing decision).
 */
record PlannedOutcome(Person person, List<OutcomeType> types, LocalDate decidedOn, long decidingOrgId, String documentNo,
                      String notes, Outcome.Execution execution, boolean probationExtended, LocalDate restoredOn,
                      Appeal appeal) {

    /** An appeal (申诉); {@code result} null while pending. */
    record Appeal(LocalDate filedOn, long toOrgId, String notes, AppealResult result, LocalDate decidedOn,
                  List<OutcomeType> changedTo) {
    }

    OutcomeStatus status() {
        if (appeal == null || appeal.result() == null || appeal.result() == AppealResult.UPHELD) {
            return OutcomeStatus.IN_FORCE;
        }
        return appeal.result() == AppealResult.CHANGED ? OutcomeStatus.CHANGED : OutcomeStatus.REVOKED;
    }

    int heaviest() {
        return types.stream().filter(t -> t.kind() != org.conductledger.model.OutcomeKind.DISPOSITION)
                .mapToInt(OutcomeType::severity).max().orElse(0);
    }

    boolean has(String code) {
        return types.stream().anyMatch(t -> t.code().equals(code));
    }
}
