package org.conductledger.store;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.conductledger.model.GroupCount;

/**
 * The annual review's stage figures, counted in memory from one read of the cases' moves
 * ({@link ReviewRepository#moves}): the cases that entered each stage in a period, and each case's stage on a day.
 */
public final class CaseMoves {

    private CaseMoves() {
    }

    /** One move of a case: what the review's stage figures are counted from. */
    public record Move(long caseId, long orgId, String stage, LocalDate movedOn) {
    }

    /** A case's stage on a day: the last move on or before it. */
    public record StageOn(long caseId, long orgId, String stage, LocalDate since) {
    }

    /** Cases that entered each stage in [{@code from}, {@code to}] (each case counted once per stage); key = stage name. */
    public static List<GroupCount> stagesEntered(List<Move> moves, LocalDate from, LocalDate to) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Move m : moves) {
            if (!m.movedOn().isBefore(from) && !m.movedOn().isAfter(to) && seen.add(m.caseId() + "/" + m.stage())) {
                counts.merge(m.orgId() + "/" + m.stage(), 1, Integer::sum);
            }
        }
        return ReviewRepository.byOrgAndKind(counts);
    }

    /** Every case with a move by {@code day}, with its stage on that day. */
    public static List<StageOn> stagesOn(List<Move> moves, LocalDate day) {
        Map<Long, StageOn> last = new LinkedHashMap<>();
        for (Move m : moves) {
            if (!m.movedOn().isAfter(day)) {
                last.put(m.caseId(), new StageOn(m.caseId(), m.orgId(), m.stage(), m.movedOn()));
            }
        }
        return List.copyOf(last.values());
    }
}
