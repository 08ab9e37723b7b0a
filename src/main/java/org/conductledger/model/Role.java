package org.conductledger.model;

import java.util.EnumSet;
import java.util.Set;

/**
 * The roles of a user (a user may hold several). What each may do is fixed here; where a user may do it
 * is their organisation's subtree ({@link Session}).
 */
public enum Role implements Labelled {
    /** 系统管理员: users and settings only — sees the organisation tree to bind users, never member or case contents. */
    SYSTEM_ADMIN(EnumSet.of(Permission.USER_MANAGE, Permission.SETTINGS_MANAGE, Permission.ORG_READ, Permission.BACKUP,
            Permission.RESTORE)),
    /** 组织部门: reads and writes everything in its subtree, compiles reports. */
    ORG_DEPARTMENT(EnumSet.of(Permission.ORG_READ, Permission.ORG_WRITE, Permission.MEMBER_READ,
            Permission.MEMBER_WRITE, Permission.CASE_READ, Permission.CASE_WRITE, Permission.REGISTER_READ,
            Permission.REGISTER_WRITE, Permission.REFERENCE_MANAGE, Permission.BACKUP, Permission.PRINT_LOG_READ,
            Permission.REVIEW_COMPILE)),
    /** 支部书记: its own organisation and the ones below it. */
    BRANCH_SECRETARY(EnumSet.of(Permission.ORG_READ, Permission.MEMBER_READ, Permission.MEMBER_WRITE,
            Permission.REGISTER_READ, Permission.REGISTER_WRITE, Permission.REVIEW_COMPILE)),
    /** 案件承办: handles misconduct cases in its scope. */
    CASE_HANDLER(EnumSet.of(Permission.ORG_READ, Permission.MEMBER_READ, Permission.CASE_READ, Permission.CASE_WRITE,
            Permission.REGISTER_READ)),
    /** 审计: reads the audit log and the print log only. */
    AUDITOR(EnumSet.of(Permission.AUDIT_READ, Permission.PRINT_LOG_READ));

    private final Set<Permission> permissions;

    Role(Set<Permission> permissions) {
        this.permissions = permissions;
    }

    public Set<Permission> permissions() {
        return permissions;
    }

    @Override
    public String labelKey() {
        return Labelled.keyOf(this);
    }
}
