package org.conductledger.report.registers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.conductledger.exchange.TableData;
import org.conductledger.i18n.Messages;
import org.conductledger.model.RegisterEntry;
import org.conductledger.model.RegisterForm;
import org.conductledger.model.RegisterRecord;
import org.conductledger.model.SheetWords;

/**
 * The account, group and filing registers as tables: Chinese headers, one row per record, typed cells (dates
 * as dates, counts as numbers). Members are named, never identified by ID number (the register does not need
 * it). Status and timeliness are as they stood at the end of the period.
 */
final class RecordRegisterTables {

    private final Messages messages;

    RecordRegisterTables(Messages messages) {
        this.messages = messages;
    }

    TableData accounts(String sheetName, List<RegisterEntry> entries) {
        List<String> headers = headers("registerReport.column.seq", "registerReport.column.org",
                "registerReport.column.member", "registerReport.column.platform", "registerReport.column.region",
                "registerReport.column.accountName", "registerReport.column.accountId",
                "registerReport.column.roleIdentity", "registerReport.column.purpose", "registerReport.column.openedOn",
                "registerReport.column.reportedOn", "registerReport.column.timeliness", "registerReport.column.status",
                "registerReport.column.statusOn");
        List<List<Object>> rows = new ArrayList<>();
        for (RegisterEntry e : entries) {
            RegisterRecord r = e.record();
            RegisterForm f = r.form();
            rows.add(Arrays.asList(rows.size() + 1, r.orgName(), r.memberName(), r.platformName(), region(f),
                    f.name(), f.identifier(), f.roleIdentity(), f.purpose(), f.openedOn(), r.firstReportedOn(),
                    messages.label(e.timeliness()), status(e), e.statusOnAtEnd()));
        }
        return new TableData(sheetName, headers, rows);
    }

    TableData groups(String sheetName, List<RegisterEntry> entries, Map<Long, String> categoryNames) {
        List<String> headers = headers("registerReport.column.seq", "registerReport.column.org",
                "registerReport.column.member", "registerReport.column.platform", "registerReport.column.region",
                "registerReport.column.groupName", "registerReport.column.groupNumber",
                "registerReport.column.category", "registerReport.column.memberRole", "registerReport.column.inRole",
                "registerReport.column.groupSize", "registerReport.column.groupOpenedOn",
                "registerReport.column.reportedOn", "registerReport.column.timeliness", "registerReport.column.status",
                "registerReport.column.statusOn");
        List<List<Object>> rows = new ArrayList<>();
        for (RegisterEntry e : entries) {
            RegisterRecord r = e.record();
            RegisterForm f = r.form();
            rows.add(Arrays.asList(rows.size() + 1, r.orgName(), r.memberName(), r.platformName(), region(f),
                    f.name(), f.identifier(), f.categoryId() == null ? null : categoryNames.get(f.categoryId()),
                    f.memberRole() == null ? null : messages.label(f.memberRole()), f.inRoleIdentity(), f.groupSize(),
                    f.openedOn(), r.firstReportedOn(), messages.label(e.timeliness()), status(e), e.statusOnAtEnd()));
        }
        return new TableData(sheetName, headers, rows);
    }

    TableData filings(String sheetName, List<RegisterEntry> entries) {
        List<String> headers = headers("registerReport.column.seq", "registerReport.column.filingNo",
                "registerReport.column.filingVersion", "registerReport.column.org", "registerReport.column.member",
                "registerReport.column.platform", "registerReport.column.region", "registerReport.column.accountName",
                "registerReport.column.accountId", "registerReport.column.accountType",
                "registerReport.column.certSubject", "registerReport.column.contentArea",
                "registerReport.column.openedOn", "registerReport.column.filedOn",
                "registerReport.column.filingTimeliness", "registerReport.column.status",
                "registerReport.column.statusOn");
        List<List<Object>> rows = new ArrayList<>();
        for (RegisterEntry e : entries) {
            RegisterRecord r = e.record();
            RegisterForm f = r.form();
            rows.add(Arrays.asList(rows.size() + 1, r.filingNo(), r.versionNo(), r.orgName(), r.memberName(),
                    r.platformName(), region(f), f.name(), f.identifier(), f.accountType(), f.certSubject(), f.contentArea(),
                    f.openedOn(), r.firstReportedOn(), messages.label(e.timeliness()), status(e), e.statusOnAtEnd()));
        }
        return new TableData(sheetName, headers, rows);
    }

    private static String region(RegisterForm f) {
        return f.overseas() ? SheetWords.OVERSEAS : SheetWords.DOMESTIC;
    }

    private String status(RegisterEntry e) {
        return e.statusAtEnd() == null ? messages.get("registerReport.noStatusYet") : messages.label(e.statusAtEnd());
    }

    private List<String> headers(String... keys) {
        return Arrays.stream(keys).map(messages::get).toList();
    }
}
