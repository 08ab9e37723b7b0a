package org.conductledger.model;

import java.time.LocalDate;
import java.util.List;

/** A stored register record with the names a list shows (member, organisation, platform). */
public record RegisterRecord(long id, RegisterForm form, String memberName, String memberIdNumber, long orgId,
                             String orgName, String platformName, RegisterStatus status, LocalDate statusOn,
                             String filingNo, int versionNo, Long supersedesId, boolean latest, int version) {

    public RegisterKind kind() {
        return form.kind();
    }

    public long memberId() {
        return form.memberId();
    }

    /** The date the report or filing is measured by: reported (accounts, groups) or filed (filings). */
    public LocalDate reportedOn() {
        return form.reportedOn();
    }

    public boolean isOpen() {
        return !status.isClosed() && latest;
    }

    public List<Operator> operators() {
        return form.operators();
    }
}
