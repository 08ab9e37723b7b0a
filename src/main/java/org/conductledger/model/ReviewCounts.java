package org.conductledger.model;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The figures of the annual review (年度网络行为管理工作报告) for one organisation or a whole subtree. Each
 * keyed map holds every key (zero where nothing was counted), in the order the report prints them. The
 * definitions are in README.md ("年度报告的口径").
 */
public record ReviewCounts(long members, long cadres, long membersWithRecords,
                           long accountsNew, long accountsActiveYearEnd, long accountsClosed,
                           long groupsNew, long groupsActiveYearEnd, long groupsClosed,
                           long filingsNew, long filingsActiveYearEnd, long filingsClosed,
                           long lateReports, long confirmationsConfirmed, long confirmationsMissing, long roundsOpen,
                           long reportsReceived, Map<String, Long> reportsBySource, Map<String, Long> reportsByCategory,
                           Map<String, Long> disposals, long casesOpened, long casesClosed, long casesOverdue,
                           Map<String, Long> outcomesByType, long appeals, Map<String, Long> appealsByResult,
                           long accountability, long commendations, long clarifications) {

    public ReviewCounts {
        reportsBySource = copy(reportsBySource);
        reportsByCategory = copy(reportsByCategory);
        disposals = copy(disposals);
        outcomesByType = copy(outcomesByType);
        appealsByResult = copy(appealsByResult);
    }

    private static Map<String, Long> copy(Map<String, Long> map) {
        return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }
}
