package org.conductledger.model;

import java.time.LocalDate;
import java.util.List;

/** A stored register record with the names a list shows (member, organisation, platform). */
public record RegisterRecord(long id, RegisterForm form, String memberName, String memberIdNumber, long orgId,
                             String orgName, String platformName, RegisterStatus status, LocalDate statusOn,
                             String filingNo, int versionNo, Long supersedesId, boolean latest, int version,
                             LocalDate firstReportedOn) {

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

    /** When it was first reported or filed: timeliness is judged by this (a later change does not make it late). */
    public LocalDate firstReportedOn() {
        return firstReportedOn != null ? firstReportedOn : form.reportedOn();
    }

    public boolean isOpen() {
        return !status.isClosed() && latest;
    }

    public List<Operator> operators() {
        return form.operators();
    }
}
