package org.conductledger.model;

import java.time.LocalDate;
import java.util.List;

/**
 * What intake (受理登记) records. No subjects means "not yet identified"; the reporter is optional
 * (anonymous reports are allowed) and confidential.
 */
public record CaseForm(long orgId, LocalDate receivedOn, CaseSource source, String reporterName, String reporterContact,
                       boolean realName, String description, List<Long> subjectIds, List<Long> categoryIds,
                       List<Long> registerRecordIds) {

    public CaseForm {
        subjectIds = subjectIds == null ? List.of() : List.copyOf(subjectIds);
        categoryIds = categoryIds == null ? List.of() : List.copyOf(categoryIds);
        registerRecordIds = registerRecordIds == null ? List.of() : List.copyOf(registerRecordIds);
    }
}
