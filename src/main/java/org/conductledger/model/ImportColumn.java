package org.conductledger.model;

import java.util.Arrays;
import java.util.List;

/**
 * The columns of the exchange spreadsheets, per kind, in template order. The header texts are a file format
 * shared with other departments' tools (fixed by the import issue), not UI text: they stay Chinese whatever
 * the UI language, so they live here and not in the bundles. {@code field} ties a column to the form field
 * whose validation problems it should carry.
 */
public enum ImportColumn {
    M_NAME(ImportKind.MEMBERS, "姓名", Type.TEXT, true, MemberField.NAME),
    M_GENDER(ImportKind.MEMBERS, "性别", Type.CHOICE, false, MemberField.GENDER),
    M_ID_NUMBER(ImportKind.MEMBERS, "公民身份号码", Type.TEXT, true, MemberField.ID_NUMBER, "身份证号", "身份证号码", "公民身份证号码"),
    M_ETHNICITY(ImportKind.MEMBERS, "民族", Type.TEXT, false, MemberField.ETHNICITY),
    M_BIRTH_DATE(ImportKind.MEMBERS, "出生日期", Type.DATE, false, MemberField.BIRTH_DATE),
    M_CATEGORY(ImportKind.MEMBERS, "党员类别", Type.CHOICE, true, MemberField.CATEGORY, "人员类别"),
    M_JOINED_ON(ImportKind.MEMBERS, "入党日期", Type.DATE, true, MemberField.JOINED_ON),
    M_CONFIRMED_ON(ImportKind.MEMBERS, "转正日期", Type.DATE, false, MemberField.CONFIRMED_ON),
    M_ORGANISATION(ImportKind.MEMBERS, "所在党组织", Type.ORGANISATION, false, MemberField.ORGANISATION, "所在党支部", "党组织"),
    M_WORK_UNIT_POST(ImportKind.MEMBERS, "工作单位及职务", Type.TEXT, false, MemberField.WORK_UNIT_POST, "工作岗位/单位及职务"),
    M_CADRE(ImportKind.MEMBERS, "是否党员干部", Type.FLAG, false, null, "是否干部"),
    M_RANK(ImportKind.MEMBERS, "职级", Type.CHOICE, false, MemberField.RANK),
    M_MANAGING_ORG(ImportKind.MEMBERS, "干部管理单位", Type.ORGANISATION, false, MemberField.MANAGING_ORG),
    M_PHONE(ImportKind.MEMBERS, "联系电话", Type.TEXT, false, MemberField.PHONE),

    A_ID_NUMBER(ImportKind.ACCOUNTS, "公民身份号码", Type.MEMBER, true, RegisterField.MEMBER, "身份证号", "身份证号码"),
    A_PLATFORM(ImportKind.ACCOUNTS, "平台", Type.PLATFORM, true, RegisterField.PLATFORM),
    A_OVERSEAS(ImportKind.ACCOUNTS, "境内境外", Type.CHOICE, false, RegisterField.PLATFORM),
    A_NAME(ImportKind.ACCOUNTS, "账号名称", Type.TEXT, true, RegisterField.NAME),
    A_IDENTIFIER(ImportKind.ACCOUNTS, "账号ID", Type.TEXT, true, RegisterField.IDENTIFIER, "账号"),
    A_URL(ImportKind.ACCOUNTS, "链接", Type.TEXT, false, RegisterField.URL, "网址"),
    A_ROLE_IDENTITY(ImportKind.ACCOUNTS, "职务身份", Type.TEXT, true, RegisterField.ROLE_IDENTITY),
    A_PURPOSE(ImportKind.ACCOUNTS, "用途", Type.TEXT, false, RegisterField.PURPOSE),
    A_OPENED_ON(ImportKind.ACCOUNTS, "开设日期", Type.DATE, true, RegisterField.OPENED_ON),
    A_REPORTED_ON(ImportKind.ACCOUNTS, "报告日期", Type.DATE, true, RegisterField.REPORTED_ON),
    A_STATUS(ImportKind.ACCOUNTS, "状态", Type.CHOICE, false, RegisterField.STATUS),

    G_ID_NUMBER(ImportKind.GROUPS, "公民身份号码", Type.MEMBER, true, RegisterField.MEMBER, "身份证号", "身份证号码"),
    G_PLATFORM(ImportKind.GROUPS, "平台", Type.PLATFORM, true, RegisterField.PLATFORM),
    G_NAME(ImportKind.GROUPS, "群名称", Type.TEXT, true, RegisterField.NAME),
    G_IDENTIFIER(ImportKind.GROUPS, "群号", Type.TEXT, true, RegisterField.IDENTIFIER),
    G_CATEGORY(ImportKind.GROUPS, "群类别", Type.CHOICE, true, RegisterField.CATEGORY),
    G_SIZE(ImportKind.GROUPS, "成员数", Type.NUMBER, false, RegisterField.GROUP_SIZE, "群成员数"),
    G_ROLE(ImportKind.GROUPS, "本人角色", Type.CHOICE, false, RegisterField.MEMBER_ROLE),
    G_IN_ROLE(ImportKind.GROUPS, "是否以职务身份", Type.FLAG, false, RegisterField.ROLE_IDENTITY),
    G_PURPOSE(ImportKind.GROUPS, "用途", Type.TEXT, false, RegisterField.PURPOSE),
    G_OPENED_ON(ImportKind.GROUPS, "建立日期", Type.DATE, true, RegisterField.OPENED_ON),
    G_REPORTED_ON(ImportKind.GROUPS, "报告日期", Type.DATE, true, RegisterField.REPORTED_ON),
    G_STATUS(ImportKind.GROUPS, "状态", Type.CHOICE, false, RegisterField.STATUS),

    F_ID_NUMBER(ImportKind.FILINGS, "公民身份号码", Type.MEMBER, true, RegisterField.MEMBER, "身份证号", "身份证号码"),
    F_PLATFORM(ImportKind.FILINGS, "平台", Type.PLATFORM, true, RegisterField.PLATFORM),
    F_ACCOUNT_TYPE(ImportKind.FILINGS, "账号类型", Type.TEXT, false, RegisterField.ACCOUNT_TYPE),
    F_NAME(ImportKind.FILINGS, "账号名称", Type.TEXT, true, RegisterField.NAME),
    F_IDENTIFIER(ImportKind.FILINGS, "账号ID", Type.TEXT, true, RegisterField.IDENTIFIER, "账号"),
    F_CERT_SUBJECT(ImportKind.FILINGS, "认证主体", Type.TEXT, false, RegisterField.CERT_SUBJECT),
    F_CERT_USCC(ImportKind.FILINGS, "统一社会信用代码", Type.TEXT, false, RegisterField.CERT_USCC),
    F_CONTENT_AREA(ImportKind.FILINGS, "内容领域", Type.TEXT, false, RegisterField.CONTENT_AREA),
    F_OPENED_ON(ImportKind.FILINGS, "开设日期", Type.DATE, true, RegisterField.OPENED_ON),
    F_REPORTED_ON(ImportKind.FILINGS, "备案日期", Type.DATE, true, RegisterField.REPORTED_ON),
    F_FILING_NO(ImportKind.FILINGS, "备案编号", Type.TEXT, false, RegisterField.FILING_NO),
    F_STATUS(ImportKind.FILINGS, "状态", Type.CHOICE, false, RegisterField.STATUS),

    O_NAME(ImportKind.ORGS, "党组织名称", Type.TEXT, true, OrganisationField.NAME, "组织名称", "名称"),
    O_CODE(ImportKind.ORGS, "党组织代码", Type.CODE, true, OrganisationField.CODE, "组织代码", "代码"),
    O_TYPE(ImportKind.ORGS, "党组织类型", Type.CHOICE, true, OrganisationField.TYPE, "组织类型", "类型"),
    /** Blank: directly under the organisation the import is for (the importing user's own, unless another is chosen). */
    O_PARENT(ImportKind.ORGS, "上级党组织代码", Type.CODE, false, OrganisationField.PARENT, "上级组织代码"),
    O_ESTABLISHED_ON(ImportKind.ORGS, "成立日期", Type.DATE, false, OrganisationField.ESTABLISHED_ON),
    /** Optional: links the secretary once that member is on the organisation's roll. */
    O_SECRETARY(ImportKind.ORGS, "书记公民身份号码", Type.MEMBER, false, OrganisationField.SECRETARY, "书记身份证号",
            "书记身份证号码");

    /** How a cell of the column is read. */
    public enum Type { TEXT, DATE, NUMBER, FLAG, CHOICE, ORGANISATION, MEMBER, PLATFORM, CODE }

    private final ImportKind kind;
    private final String header;
    private final Type type;
    private final boolean required;
    private final Enum<?> field;
    private final List<String> aliases;

    ImportColumn(ImportKind kind, String header, Type type, boolean required, Enum<?> field, String... aliases) {
        this.kind = kind;
        this.header = header;
        this.type = type;
        this.required = required;
        this.field = field;
        this.aliases = List.of(aliases);
    }

    public ImportKind kind() {
        return kind;
    }

    public String header() {
        return header;
    }

    public Type type() {
        return type;
    }

    public boolean required() {
        return required;
    }

    /** The form field whose problems belong in this column, or null. */
    public Enum<?> field() {
        return field;
    }

    /** Other headers seen on the forms units use today, accepted when guessing the mapping. */
    public List<String> aliases() {
        return aliases;
    }

    /** The columns of {@code kind}, in template order. */
    public static List<ImportColumn> of(ImportKind kind) {
        return Arrays.stream(values()).filter(c -> c.kind == kind).toList();
    }

    /** The first column of {@code kind} that carries problems of {@code field}, or null. */
    public static ImportColumn forField(ImportKind kind, Enum<?> field) {
        return field == null ? null : of(kind).stream().filter(c -> field.equals(c.field)).findFirst().orElse(null);
    }
}
