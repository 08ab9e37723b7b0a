package org.conductledger.ui.cases;

import org.conductledger.model.CaseDue;
import org.conductledger.model.CaseFile;

/** A case as the list shows it: with what it owes next, if anything. */
public record CaseRow(CaseFile caseFile, CaseDue.Item next) {
}
