package org.conductledger.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A decision (处理决定) about one member in one case: its measures (a set, lightest first), dates, the
 * deciding organisation, execution dates, 留党察看's extension and restoration, its status and appeals.
 */
public record Outcome(long id, long caseId, long memberId, String memberName, List<OutcomeType> types,
                      LocalDate decidedOn, long decidingOrgId, String decidingOrgName, String documentNo,
                      LocalDate effectiveOn, String notes, String authorityOverride, boolean probationExtended,
                      LocalDate restoredOn, Execution execution, OutcomeStatus status, Long replacesId,
                      List<Appeal> appeals, int version) {

    public Outcome {
        types = List.copyOf(types);
        appeals = List.copyOf(appeals);
    }

    /** 宣布, 归档 and 执行情况报告 dates (null until done). */
    public record Execution(LocalDate announcedOn, LocalDate filedOn, LocalDate reportedOn) {
        public static final Execution NONE = new Execution(null, null, null);
    }

    /** The measures' names joined, lightest first, e.g. "批评教育、警告". */
    public String measures() {
        return String.join("、", types.stream().map(OutcomeType::name).toList());
    }

    /** The 留党察看 measure of this decision, if any. */
    public java.util.Optional<OutcomeType> probation() {
        return types.stream().filter(OutcomeType::probation).findFirst();
    }

    public boolean counts() {
        return status == OutcomeStatus.IN_FORCE;
    }

    public java.util.Optional<Appeal> pendingAppeal() {
        return appeals.stream().filter(Appeal::pending).findFirst();
    }
}
