package org.conductledger.model;

import java.time.LocalDate;
import java.util.List;

/**
 * One line of the case register (问题线索与案件台账). It has no field for the reporter: the register is read by
 * others than the case's handlers, so the reporter's name, contact and real-name report never reach it.
 * A case about the user (conflict of interest) is {@code restricted}: only its existence, date, source and
 * organisation are shown.
 *
 * @param disposal    the latest of the four disposal forms (四类处置) the clue was given, or null
 * @param disposedOn  the date of that disposal
 * @param concludedOn the date the case was closed (结案) or the clue closed (予以了结), when it stands there now
 * @param handlers    the names of the 案件承办 users assigned to it (staff, never the reporter)
 */
public record CaseRegisterEntry(long id, long orgId, String orgName, LocalDate receivedOn, CaseSource source,
                                List<String> categories, List<CaseFile.Subject> subjects, CaseStage stage,
                                LocalDate stageSince, CaseStage disposal, LocalDate disposedOn, LocalDate concludedOn,
                                List<String> handlers, boolean restricted) {

    public CaseRegisterEntry {
        categories = List.copyOf(categories);
        subjects = List.copyOf(subjects);
        handlers = List.copyOf(handlers);
    }

    /** What a user who is one of the subjects may see: that the case exists, when and where it came in. */
    public CaseRegisterEntry restrictedView() {
        return new CaseRegisterEntry(id, orgId, orgName, receivedOn, source, List.of(), List.of(), stage, stageSince, null,
                null, null, List.of(), true);
    }
}
