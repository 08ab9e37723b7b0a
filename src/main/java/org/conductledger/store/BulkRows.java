package org.conductledger.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.conductledger.model.AppealResult;
import org.conductledger.model.CaseForm;
import org.conductledger.model.CaseStage;
import org.conductledger.model.MemberForm;
import org.conductledger.model.MemberStatement;
import org.conductledger.model.MemberStatus;
import org.conductledger.model.OrgType;
import org.conductledger.model.Outcome;
import org.conductledger.model.OutcomeForm;
import org.conductledger.model.OutcomeStatus;
import org.conductledger.model.RegisterForm;
import org.conductledger.model.RegisterStatus;

/**
 * What {@link BulkLoader} writes: the model's own forms (so the rules that check a user's input can check these
 * too) plus the state a record reaches over its life (status, history, numbers), which the use cases would add
 * step by step.
 */
public final class BulkRows {

    private BulkRows() {
    }

    /** An organisation below {@code parentId}; its path is the parent's path and its own id. */
    public record Org(String code, String name, OrgType type, long parentId, String parentPath, LocalDate establishedOn) {
    }

    /** A member with the status they have now (a former member's ID number is not "current"). */
    public record MemberRow(MemberForm form, MemberStatus status) {
    }

    public record MemberStatusRow(long memberId, MemberStatus from, MemberStatus to, LocalDate on, String reason) {
    }

    /** One step of a register record's status history ({@code from} null for the initial status). */
    public record StatusStep(RegisterStatus from, RegisterStatus to, LocalDate on, String reason) {
    }

    /**
     * A register record of the organisation {@code orgId}: its status now (since {@code statusOn}), filing number,
     * version (a 变更备案 supersedes {@code supersedesId}) and its whole status history, oldest first.
     */
    public record RegisterRow(RegisterForm form, long orgId, RegisterStatus status, LocalDate statusOn, String filingNo,
                              Integer filingSeq, int versionNo, Long supersedesId, boolean latest, LocalDate firstReportedOn,
                              List<StatusStep> steps) {

        public RegisterRow {
            steps = List.copyOf(steps);
        }

        /** Closed records and superseded versions hold no open key: their account may be registered again. */
        public boolean open() {
            return latest && !status.isClosed() && status != RegisterStatus.CHANGED;
        }
    }

    /** One move of a case ({@code from} null for the registration). */
    public record CaseStep(CaseStage from, CaseStage to, LocalDate on, String comment) {
    }

    /** A web address kept as evidence. */
    public record UrlEvidence(String title, String url, Instant capturedAt, String capturedBy) {
    }

    /**
     * A case as its intake recorded it, and where it stands now: the stage reached, its moves, the member's
     * statement, the written conclusion, the reporter's notices, a report found untrue, evidence addresses.
     */
    public record CaseRow(CaseForm form, CaseStage stage, LocalDate stageSince, String dismissalReason,
                          String decisionSummary, LocalDate decisionOn, String falseReport, LocalDate acceptanceNoticeOn,
                          LocalDate resultNoticeOn, List<CaseStep> steps, MemberStatement statement,
                          List<UrlEvidence> evidence) {

        public CaseRow {
            steps = List.copyOf(steps);
            evidence = List.copyOf(evidence);
        }
    }

    /** A decision with its execution, 留党察看 state and status (a decision changed on appeal is replaced by another). */
    public record OutcomeRow(OutcomeForm form, Long replacesId, OutcomeStatus status, Outcome.Execution execution,
                             boolean probationExtended, LocalDate restoredOn) {
    }

    /** An appeal; {@code result} and {@code decidedOn} null while it is pending. */
    public record AppealRow(long outcomeId, LocalDate filedOn, long toOrgId, String notes, AppealResult result,
                            LocalDate decidedOn) {
    }

    /** The last filing number given by an organisation in a year. */
    public record FilingCounter(long orgId, int year, int lastNo) {
    }
}
