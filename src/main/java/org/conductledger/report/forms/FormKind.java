package org.conductledger.report.forms;

import java.util.Arrays;
import java.util.Optional;

/**
 * The printed forms, by the name the command line uses ({@code --kind}), the document code of the print log
 * ({@code FORM_<KIND>}) and whether the "内部资料" mark is on by default (case papers and the dossier).
 */
public enum FormKind {
    /** 以职务身份注册账号报告登记表 (--id: register record). */
    ACCOUNT_REPORT("account-report", false),
    /** 建立群组报告登记表 (--id: register record). */
    GROUP_REPORT("group-report", false),
    /** All of one member's account and group reports on one form (--id: member). */
    MEMBER_REPORTS("member-reports", false),
    /** 个人公众账号备案表 (--id: register record). */
    FILING("filing", false),
    /** 问题线索登记表 (--id: case); the reporter only for a user the case service shows it to. */
    INTAKE("intake", true),
    /** 处置呈批表 for the case's last disposal step (--id: case). */
    DISPOSAL("disposal", true),
    /** 处理决定 summary (--id: outcome). */
    DECISION("decision", true),
    /** 材料见面 record (--id: case). */
    STATEMENT("statement", true),
    /** 个人网络行为档案 (--id: member). */
    DOSSIER("dossier", true);

    private final String cliName;
    private final boolean internalByDefault;

    FormKind(String cliName, boolean internalByDefault) {
        this.cliName = cliName;
        this.internalByDefault = internalByDefault;
    }

    public String cliName() {
        return cliName;
    }

    public boolean internalByDefault() {
        return internalByDefault;
    }

    /** The print log's document code, e.g. {@code FORM_ACCOUNT_REPORT}. */
    public String document() {
        return "FORM_" + name();
    }

    public static Optional<FormKind> fromCli(String name) {
        return Arrays.stream(values()).filter(k -> k.cliName.equals(name)).findFirst();
    }

    /** The names for a usage message: "account-report, group-report, …". */
    public static String cliNames() {
        return String.join(", ", Arrays.stream(values()).map(FormKind::cliName).toList());
    }

    /** The bundle key of the form's title (e.g. 个人公众账号备案表): one mapping for the forms, the CLI and the print log. */
    public String titleKey() {
        return switch (this) {
            case ACCOUNT_REPORT -> "form.title.account";
            case GROUP_REPORT -> "form.title.group";
            case MEMBER_REPORTS -> "form.title.memberReports";
            case FILING -> "form.title.filing";
            case INTAKE -> "form.title.intake";
            case DISPOSAL -> "form.title.disposal";
            case DECISION -> "form.title.decision";
            case STATEMENT -> "form.title.statement";
            case DOSSIER -> "form.title.dossier";
        };
    }
}
