package org.conductledger.report.registers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.conductledger.exchange.TableData;
import org.conductledger.i18n.Messages;
import org.conductledger.model.Appeal;
import org.conductledger.model.CaseFile;
import org.conductledger.model.CaseRegisterEntry;
import org.conductledger.model.Commendation;
import org.conductledger.model.CommendationRegisterEntry;
import org.conductledger.model.ImpactPeriod;
import org.conductledger.model.Outcome;
import org.conductledger.model.OutcomeRegisterEntry;

/**
 * The case, decision and commendation registers as tables. The case register has no reporter column: its rows
 * carry no reporter identity to begin with ({@link CaseRegisterEntry}).
 */
final class CaseRegisterTables {

    private final Messages messages;

    CaseRegisterTables(Messages messages) {
        this.messages = messages;
    }

    TableData cases(String sheetName, List<CaseRegisterEntry> entries) {
        List<String> headers = headers("registerReport.column.seq", "registerReport.column.receivedOn",
                "registerReport.column.handlingOrg", "registerReport.column.source", "registerReport.column.categories",
                "registerReport.column.subjects", "registerReport.column.stage", "registerReport.column.stageSince",
                "registerReport.column.disposal", "registerReport.column.disposedOn", "registerReport.column.handlers",
                "registerReport.column.concludedOn");
        List<List<Object>> rows = new ArrayList<>();
        for (CaseRegisterEntry c : entries) {
            rows.add(Arrays.asList(rows.size() + 1, c.receivedOn(), c.orgName(), messages.label(c.source()),
                    String.join("；", c.categories()), subjects(c), messages.label(c.stage()), c.stageSince(),
                    c.disposal() == null ? null : messages.label(c.disposal()), c.disposedOn(),
                    String.join("、", c.handlers()), c.concludedOn()));
        }
        return new TableData(sheetName, headers, rows);
    }

    private String subjects(CaseRegisterEntry c) {
        if (c.restricted()) {
            return messages.get("registerReport.restricted");
        }
        if (c.subjects().isEmpty()) {
            return messages.get("registerReport.unidentified");
        }
        return String.join("、", c.subjects().stream().map(CaseFile.Subject::name).toList());
    }

    TableData outcomes(String sheetName, List<OutcomeRegisterEntry> entries) {
        List<String> headers = headers("registerReport.column.seq", "registerReport.column.decidedOn",
                "registerReport.column.member", "registerReport.column.org", "registerReport.column.measures",
                "registerReport.column.decidingOrg", "registerReport.column.documentNo",
                "registerReport.column.impactUntil", "registerReport.column.outcomeStatus",
                "registerReport.column.appeal");
        List<List<Object>> rows = new ArrayList<>();
        for (OutcomeRegisterEntry e : entries) {
            Outcome o = e.outcome();
            rows.add(Arrays.asList(rows.size() + 1, o.decidedOn(), o.memberName(), e.memberOrgName(), o.measures(),
                    o.decidingOrgName(), o.documentNo(), ImpactPeriod.of(o).map(ImpactPeriod.Term::endsOn).orElse(null),
                    messages.label(o.status()), appeal(o)));
        }
        return new TableData(sheetName, headers, rows);
    }

    /** The latest appeal: 申诉中 while pending, else its result. */
    private String appeal(Outcome o) {
        return o.appeals().stream().max(Comparator.comparing(Appeal::filedOn).thenComparing(Appeal::id))
                .map(a -> a.pending() ? messages.get("registerReport.appealPending") : messages.label(a.result()))
                .orElse(null);
    }

    TableData commendations(String sheetName, List<CommendationRegisterEntry> entries) {
        List<String> headers = headers("registerReport.column.seq", "registerReport.column.awardedOn",
                "registerReport.column.member", "registerReport.column.org", "registerReport.column.level",
                "registerReport.column.awardingOrg", "registerReport.column.reason",
                "registerReport.column.documentNo");
        List<List<Object>> rows = new ArrayList<>();
        for (CommendationRegisterEntry e : entries) {
            Commendation c = e.commendation();
            rows.add(Arrays.asList(rows.size() + 1, c.awardedOn(), e.memberName(), e.memberOrgName(),
                    messages.label(c.level()), c.awardingOrg(), c.reason(), c.documentNo()));
        }
        return new TableData(sheetName, headers, rows);
    }

    private List<String> headers(String... keys) {
        return Arrays.stream(keys).map(messages::get).toList();
    }
}
