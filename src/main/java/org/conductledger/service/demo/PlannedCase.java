package org.conductledger.service.demo;

import java.time.LocalDate;
import java.util.List;
import org.conductledger.model.ClarificationMethod;
import org.conductledger.model.ClarificationTrigger;
import org.conductledger.store.BulkRows;

/** A case before it is stored: its row, the decisions about its subjects, and a 澄清正名 if the report was untrue. */
record PlannedCase(BulkRows.CaseRow row, List<Person> subjects, List<PlannedOutcome> outcomes, Clearing clearing) {

    /** 澄清正名 of a subject on {@code on}. */
    record Clearing(Person person, ClarificationTrigger trigger, ClarificationMethod method, String scope, LocalDate on,
                    String notes) {
    }
}
