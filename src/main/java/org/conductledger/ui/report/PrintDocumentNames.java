package org.conductledger.ui.report;

import java.util.HashMap;
import java.util.Map;
import org.conductledger.i18n.Messages;
import org.conductledger.report.forms.FormKind;
import org.conductledger.report.registers.RegisterType;

/**
 * The one place that turns the print log's document codes into names a reader knows: {@code FORM_*} (the printed
 * forms), {@code REGISTER_*} (the 台账), {@code ANNUAL} (the annual review) and {@code LIST_*} (lists exported
 * from a screen). A code it does not know is shown as it is.
 */
public final class PrintDocumentNames {

    private final Map<String, String> names = new HashMap<>();

    public PrintDocumentNames(Messages messages) {
        for (FormKind kind : FormKind.values()) {
            names.put(kind.document(), messages.get(formKey(kind)));
        }
        for (RegisterType type : RegisterType.values()) {
            names.put(type.document(), messages.get(registerKey(type)));
        }
        names.put("ANNUAL", messages.get("annual.pdf.title"));
        names.put("LIST_MEMBER", messages.get("printLog.document.list", messages.get("main.tab.roster")));
        names.put("LIST_REGISTER", messages.get("printLog.document.list", messages.get("main.tab.registers")));
        names.put("LIST_CASE", messages.get("printLog.document.list", messages.get("main.tab.cases")));
        names.put("LIST_OUTCOME", messages.get("printLog.document.list", messages.get("main.tab.outcomes")));
        names.put("LIST_AUDIT", messages.get("printLog.document.list", messages.get("audit.view.title")));
        names.put("LIST_" + PrintLogViewModel.EXPORT_WHAT.toUpperCase(java.util.Locale.ROOT),
                messages.get("printLog.document.list", messages.get("printLog.title")));
    }

    /** The readable name of {@code code}, or the code itself when it is not one this version knows. */
    public String name(String code) {
        return code == null ? "" : names.getOrDefault(code, code);
    }

    private static String formKey(FormKind kind) {
        return kind.titleKey();
    }

    static String registerKey(RegisterType type) {
        return switch (type) {
            case ACCOUNTS -> "registerReport.sheet.accounts";
            case GROUPS -> "registerReport.sheet.groups";
            case FILINGS -> "registerReport.sheet.filings";
            case CASES -> "registerReport.sheet.cases";
            case OUTCOMES -> "registerReport.sheet.outcomes";
            case COMMENDATIONS -> "registerReport.sheet.commendations";
        };
    }
}
