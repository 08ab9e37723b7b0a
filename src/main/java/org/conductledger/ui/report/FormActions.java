package org.conductledger.ui.report;

import java.util.EnumSet;
import java.util.Set;
import javafx.stage.Window;
import org.conductledger.i18n.Messages;
import org.conductledger.model.Permission;
import org.conductledger.model.RegisterKind;
import org.conductledger.model.Session;
import org.conductledger.report.forms.FormKind;
import org.conductledger.report.forms.FormOptions;
import org.conductledger.report.forms.FormPrinter;

/**
 * Opens the print preview of a printed form from the screen where its record is. The screens ask
 * {@link #allows} to enable their buttons; the services refuse an unpermitted read regardless.
 */
public final class FormActions {

    /** Characters a file name may not hold on Windows. */
    private static final String UNSAFE = "[\\\\/:*?\"<>|\\p{Cntrl}]";

    private final FormPrinter printer;
    private final ReportActions reports;
    private final Messages messages;
    private final Session session;

    public FormActions(FormPrinter printer, ReportActions reports, Messages messages, Session session) {
        this.printer = printer;
        this.reports = reports;
        this.messages = messages;
        this.session = session;
    }

    /** The register form of a record of {@code kind}. */
    public static FormKind registerForm(RegisterKind kind) {
        return switch (kind) {
            case ACCOUNT -> FormKind.ACCOUNT_REPORT;
            case GROUP -> FormKind.GROUP_REPORT;
            case FILING -> FormKind.FILING;
        };
    }

    /** Whether this user's roles allow every read the form makes (see {@code report.forms}). */
    public boolean allows(FormKind kind) {
        return needs(kind).stream().allMatch(session::has);
    }

    static Set<Permission> needs(FormKind kind) {
        return switch (kind) {
            case ACCOUNT_REPORT, GROUP_REPORT, FILING -> EnumSet.of(Permission.REGISTER_READ, Permission.MEMBER_READ);
            case MEMBER_REPORTS -> EnumSet.of(Permission.REGISTER_READ, Permission.MEMBER_READ, Permission.ORG_READ);
            case INTAKE, DISPOSAL, STATEMENT -> EnumSet.of(Permission.CASE_READ);
            case DECISION -> EnumSet.of(Permission.CASE_READ, Permission.MEMBER_READ, Permission.ORG_READ);
            case DOSSIER -> EnumSet.of(Permission.MEMBER_READ, Permission.ORG_READ, Permission.REGISTER_READ,
                    Permission.CASE_READ);
        };
    }

    /** The form's own title, e.g. "个人公众账号备案表". */
    public String title(FormKind kind) {
        return messages.get(kind.titleKey());
    }

    /** The form about {@code id}, saved by default as "〈title〉-〈subject〉.pdf" (e.g. the member's name). */
    public FormPrintable document(FormKind kind, long id, String subject) {
        String title = title(kind);
        String name = subject == null || subject.isBlank() ? title : title + "-" + subject.strip();
        return new FormPrintable(printer, kind, id, FormOptions.defaults(), title,
                name.replaceAll(UNSAFE, "_") + ".pdf");
    }

    /** The form about a member, named after them. */
    public void preview(FormKind kind, long id, String subject, Window owner) {
        reports.preview(document(kind, id, subject), owner);
    }

    /** A case paper, named after the case number (the subjects' names may be many, or none). */
    public FormPrintable caseDocument(FormKind kind, long caseId) {
        return document(kind, caseId, messages.get("printForm.file.case", String.valueOf(caseId)));
    }

    public void previewCase(FormKind kind, long caseId, Window owner) {
        reports.preview(caseDocument(kind, caseId), owner);
    }
}
