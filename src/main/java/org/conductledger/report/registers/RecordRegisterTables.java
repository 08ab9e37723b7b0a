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
        List<String> headers = headers("report.register.column.seq", "report.register.column.org",
                "report.register.column.member", "report.register.column.platform", "report.register.column.region",
                "report.register.column.accountName", "report.register.column.accountId",
                "report.register.column.roleIdentity", "report.register.column.purpose", "report.register.column.openedOn",
                "report.register.column.reportedOn", "report.register.column.timeliness", "report.register.column.status",
                "report.register.column.statusOn");
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
        List<String> headers = headers("report.register.column.seq", "report.register.column.org",
                "report.register.column.member", "report.register.column.platform", "report.register.column.region",
                "report.register.column.groupName", "report.register.column.groupNumber",
                "report.register.column.category", "report.register.column.memberRole", "report.register.column.inRole",
                "report.register.column.groupSize", "report.register.column.groupOpenedOn",
                "report.register.column.reportedOn", "report.register.column.timeliness", "report.register.column.status",
                "report.register.column.statusOn");
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
        List<String> headers = headers("report.register.column.seq", "report.register.column.filingNo",
                "report.register.column.filingVersion", "report.register.column.org", "report.register.column.member",
                "report.register.column.platform", "report.register.column.region", "report.register.column.accountName",
                "report.register.column.accountId", "report.register.column.accountType",
                "report.register.column.certSubject", "report.register.column.contentArea",
                "report.register.column.openedOn", "report.register.column.filedOn",
                "report.register.column.filingTimeliness", "report.register.column.status",
                "report.register.column.statusOn");
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
        return e.statusAtEnd() == null ? messages.get("report.register.noStatusYet") : messages.label(e.statusAtEnd());
    }

    private List<String> headers(String... keys) {
        return Arrays.stream(keys).map(messages::get).toList();
    }
}
