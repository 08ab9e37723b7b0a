package org.conductledger.service;

import java.util.List;
import org.conductledger.model.AuditEntry;
import org.conductledger.model.Permission;
import org.conductledger.model.Session;
import org.conductledger.store.AuditRepository;
import org.conductledger.store.KeyFile;

/** Reading and verifying the audit log: for the 审计 role only. */
public final class AuditService {

    /** Column headers of the exported workbook, in order (other departments' tools read them by name). */
    public static final java.util.List<String> EXPORT_HEADERS = java.util.List.of(
            "序号", "时间", "用户", "党组织编号", "操作", "对象类型", "对象编号", "变更摘要", "结果", "主机", "前序哈希", "哈希");

    private static final double[] COLUMN_WIDTHS = {8, 20, 12, 10, 14, 10, 10, 70, 8, 16, 18, 18};

    private final Session session;
    private final AuditRepository entries;
    private final KeyFile keyFile;
    private final AuditLog audit;

    private final PrintLogService printLog;

    public AuditService(Session session, AuditRepository entries, KeyFile keyFile, AuditLog audit, PrintLogService printLog) {
        this.printLog = printLog;
        this.session = session;
        this.entries = entries;
        this.keyFile = keyFile;
        this.audit = audit;
    }

    /**
     * Writes the entries matching {@code filter} as an .xlsx workbook (one sheet, the headers above); the
     * export is itself audited. Returns how many entries were written.
     */
    public int export(org.conductledger.model.AuditFilter filter, java.io.OutputStream out,
                      org.conductledger.i18n.AuditWording wording) throws java.io.IOException {
        audit.require(session, Permission.AUDIT_READ);
        java.util.List<AuditEntry> rows = entries.find(filter);
        org.dhatim.fastexcel.Workbook workbook = new org.dhatim.fastexcel.Workbook(out, "ConductLedger", "1.0");
        org.dhatim.fastexcel.Worksheet sheet = workbook.newWorksheet("审计日志");
        for (int c = 0; c < EXPORT_HEADERS.size(); c++) {
            sheet.value(0, c, EXPORT_HEADERS.get(c));
            sheet.style(0, c).bold().fillColor("EEEEEE").set();
            sheet.width(c, COLUMN_WIDTHS[c]);
        }
        sheet.freezePane(0, 1);
        java.time.format.DateTimeFormatter time = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
                .withZone(java.time.ZoneId.systemDefault());
        int r = 1;
        for (AuditEntry e : rows) {
            Object[] values = {e.seq(), time.format(e.occurredAt()), e.username(), e.orgId(), wording.action(e.action()),
                    wording.objectType(e.objectType()), e.objectId(), wording.summary(e), wording.result(e.result()),
                    e.host(), e.prevHash(), e.hash()};
            for (int c = 0; c < values.length; c++) {
                if (values[c] instanceof Number n) {
                    sheet.value(r, c, n);
                } else if (values[c] != null) {
                    sheet.value(r, c, values[c].toString());
                }
            }
            r++;
        }
        workbook.finish();
        printLog.record(new org.conductledger.model.PrintJob(org.conductledger.model.PrintAction.EXPORT, "LIST_AUDIT", "XLSX",
                null, java.util.List.of(), rows.size(), "audit log" + filter.describe()));
        return rows.size();
    }

    public List<AuditEntry> find(org.conductledger.model.AuditFilter filter) {
        audit.require(session, Permission.AUDIT_READ);
        return entries.find(filter);
    }

    public AuditVerification verify() {
        audit.require(session, Permission.AUDIT_READ);
        return verify(entries, keyFile);
    }

    /**
     * Walks the chain in sequence order: every seq present (no gap), every entry linked to its
     * predecessor's hash, every hash matching the entry's content; then the anchor kept outside the
     * database must match (catches deletion of the newest entries).
     */
    static AuditVerification verify(AuditRepository entries, KeyFile keyFile) {
        long[] expected = {1};
        String[] previous = {AuditEntry.GENESIS};
        String[] hashAtAnchor = {null};
        AuditVerification[] broken = {null};
        long anchorSeq = keyFile.anchor().map(KeyFile.Anchor::seq).orElse(0L);
        entries.forEachInOrder(e -> {
            if (broken[0] != null) {
                return;
            }
            if (e.seq() != expected[0]) {
                broken[0] = new AuditVerification(expected[0] - 1, expected[0], "audit.verify.missing");
            } else if (!e.prevHash().equals(previous[0])) {
                broken[0] = new AuditVerification(expected[0] - 1, e.seq(), "audit.verify.link");
            } else if (!AuditChain.hash(e).equals(e.hash())) {
                broken[0] = new AuditVerification(expected[0] - 1, e.seq(), "audit.verify.content");
            } else if (org.conductledger.model.AuditAction.ROLLBACK_DETECTED.name().equals(e.action())) {
                broken[0] = new AuditVerification(expected[0] - 1, e.seq(), "audit.verify.rolledBack");
            } else {
                previous[0] = e.hash();
                if (e.seq() == anchorSeq) {
                    hashAtAnchor[0] = e.hash();
                }
                expected[0]++;
            }
        });
        if (broken[0] != null) {
            return broken[0];
        }
        long checked = expected[0] - 1;
        var anchor = keyFile.anchor();
        if (anchor.isPresent()) {
            if (anchor.get().seq() > checked) {
                return new AuditVerification(checked, checked + 1, "audit.verify.truncated");
            }
            if (!anchor.get().hash().equals(hashAtAnchor[0])) {
                return new AuditVerification(checked, anchor.get().seq(), "audit.verify.anchor");
            }
        }
        return new AuditVerification(checked, null, null);
    }
}
