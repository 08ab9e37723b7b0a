package org.conductledger.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Stored audit summaries keep language-neutral codes; readers see them in words. */
class AuditWordingTest {

    private final AuditWording zh = new AuditWording(Messages.load(Locale.SIMPLIFIED_CHINESE));

    @Test
    void fieldNamesAndCodedValuesAreShownInWords() {
        assertEquals("状态：正常 → 停止党籍；日期：2026-11-23", zh.summary("status: NORMAL → SUSPENDED; date: 2026-11-23"));
        assertEquals("用户名：zhang；角色：支部书记、审计", zh.summary("username: zhang; roles: [BRANCH_SECRETARY, AUDITOR]"));
        assertEquals("转正日期：（空） → 2026-01-01", zh.summary("confirmedOn: ∅ → 2026-01-01"));
        assertEquals("党员干部：否 → 是", zh.summary("cadre: false → true"));
    }

    @Test
    void aRegisterStatusIsNotReadAsAMemberStatus() {
        var entry = new org.conductledger.model.AuditEntry(1, java.time.Instant.EPOCH, 1L, "u", 1L, "STATUS_CHANGE", "register",
                "5", "status: ACTIVE → SUSPENDED", "SUCCESS", "h", "0", "0");
        assertEquals("状态：在用 → 停用", zh.summary(entry));
    }

    @Test
    void failureReasonsAreShownInWords() {
        assertEquals("密码错误，账号被锁定", zh.summary("LOCKED_OUT"));
        assertEquals("用户名不存在", zh.summary("UNKNOWN_USER"));
    }

    @Test
    void unknownPartsAreShownAsStoredRatherThanLost() {
        assertEquals("colour：red", zh.summary("colour: red"));
        assertEquals("NEW_REASON", zh.summary("NEW_REASON"));
        assertEquals("free text without a colon", zh.summary("free text without a colon"));
        assertEquals("", zh.summary((String) null));
    }

    @Test
    void actionsAndObjectsAreShownInWords() {
        assertEquals("登录", zh.action("LOGIN"));
        assertEquals("SOMETHING_NEW", zh.action("SOMETHING_NEW"));
        assertEquals("党员", zh.objectType("member"));
        assertEquals("失败", zh.result("FAILURE"));
    }
}
