package org.conductledger.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A case as a user in scope may see it. {@code reporter} is null unless the user is a 案件承办 handling
 * this case; {@code restricted} cases (the user is a subject) carry nothing but their existence.
 */
public record CaseFile(long id, long orgId, String orgName, LocalDate receivedOn, CaseSource source, Reporter reporter,
                       boolean realName, String description, CaseStage stage, LocalDate stageSince, String dismissalReason,
                       List<Subject> subjects, List<Long> categoryIds, List<Long> registerRecordIds, boolean restricted,
                       int version) {

    /** The reporter's identity (confidential). */
    public record Reporter(String name, String contact) {
    }

    /** A member the case is about. */
    public record Subject(long memberId, String name, String orgName) {
    }

    public boolean subjectIdentified() {
        return !subjects.isEmpty();
    }
}
