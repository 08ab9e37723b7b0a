package org.conductledger.exchange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.conductledger.model.GroupCategory;
import org.conductledger.model.IdNumber;
import org.conductledger.model.ImportColumn;
import org.conductledger.model.ImportKind;
import org.conductledger.model.Member;
import org.conductledger.model.RegisterForm;
import org.conductledger.model.RegisterKind;
import org.conductledger.model.RegisterRecord;
import org.conductledger.model.SheetWords;

/**
 * Members and register records as tables in the import columns (same headers, labels and date forms), so
 * an export can be imported again unchanged. ID numbers are masked unless {@code fullIds}.
 */
final class ExchangeSheets {

    private final ImportLookups lookups;
    private final Map<Long, String> categoryNames = new HashMap<>();

    ExchangeSheets(ImportLookups lookups, List<GroupCategory> categories) {
        this.lookups = lookups;
        categories.forEach(c -> categoryNames.put(c.id(), c.name()));
    }

    static List<String> headers(ImportKind kind) {
        return ImportColumn.of(kind).stream().map(ImportColumn::header).toList();
    }

    TableData members(String sheetName, List<Member> members, boolean fullIds) {
        List<List<Object>> rows = new ArrayList<>();
        for (Member m : members) {
            rows.add(java.util.Arrays.asList(m.name(), m.gender() == null ? null : lookups.label(m.gender()),
                    id(m.idNumber(), fullIds), m.ethnicity(), m.birthDate(), m.category() == null ? null : lookups.label(m.category()),
                    m.joinedOn(), m.confirmedOn(), path(m.orgId()), m.workUnitPost(), m.cadre(),
                    m.cadre() && m.rank() != null ? lookups.label(m.rank()) : null,
                    m.managingOrgId() == null ? null : path(m.managingOrgId()), m.phone()));
        }
        return new TableData(sheetName, headers(ImportKind.MEMBERS), rows);
    }

    TableData registers(String sheetName, RegisterKind kind, List<RegisterRecord> records, boolean fullIds) {
        List<List<Object>> rows = new ArrayList<>();
        for (RegisterRecord r : records) {
            if (!r.latest()) {
                continue;   // older versions of a filing are its history, not a record of their own
            }
            RegisterForm f = r.form();
            String id = id(r.memberIdNumber(), fullIds);
            String status = lookups.label(r.status());
            rows.add(switch (kind) {
                case ACCOUNT -> java.util.Arrays.asList(id, r.platformName(), f.overseas() ? SheetWords.OVERSEAS : SheetWords.DOMESTIC, f.name(),
                        f.identifier(), f.url(), f.roleIdentity(), f.purpose(), f.openedOn(), r.reportedOn(), status);
                case GROUP -> java.util.Arrays.asList(id, r.platformName(), f.name(), f.identifier(),
                        f.categoryId() == null ? null : categoryNames.get(f.categoryId()), f.groupSize(),
                        f.memberRole() == null ? null : lookups.label(f.memberRole()), f.inRoleIdentity(), f.purpose(),
                        f.openedOn(), r.reportedOn(), status);
                case FILING -> java.util.Arrays.asList(id, r.platformName(), f.accountType(), f.name(), f.identifier(),
                        f.certSubject(), f.certUscc(), f.contentArea(), f.openedOn(), r.reportedOn(), r.filingNo(), status);
            });
        }
        return new TableData(sheetName, headers(ImportKind.of(kind)), rows);
    }

    private static String id(String idNumber, boolean full) {
        return full ? idNumber : IdNumber.mask(idNumber);
    }

    private String path(long orgId) {
        return lookups.organisation(orgId).map(lookups::path).orElse(null);
    }

}
