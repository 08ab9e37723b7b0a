package org.conductledger.ui.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Set;
import org.conductledger.i18n.Messages;
import org.conductledger.model.Role;
import org.conductledger.model.Session;
import org.conductledger.report.forms.FormKind;
import org.junit.jupiter.api.Test;

/** Which forms a user's roles offer, and the names the saved files are given. */
class FormActionsTest {

    private static FormActions as(Role... roles) {
        Session session = new Session(1, "u", "u", Set.of(roles), 1, "/1/", null);
        return new FormActions(null, null, Messages.load(Locale.SIMPLIFIED_CHINESE), session);
    }

    @Test
    void aBranchSecretaryMayPrintRegisterFormsButNotCasePapersOrTheDossier() {
        FormActions secretary = as(Role.BRANCH_SECRETARY);
        for (FormKind kind : Set.of(FormKind.ACCOUNT_REPORT, FormKind.GROUP_REPORT, FormKind.FILING, FormKind.MEMBER_REPORTS)) {
            assertTrue(secretary.allows(kind), kind.name());
        }
        for (FormKind kind : Set.of(FormKind.INTAKE, FormKind.DISPOSAL, FormKind.STATEMENT, FormKind.DECISION, FormKind.DOSSIER)) {
            assertFalse(secretary.allows(kind), kind.name());
        }
    }

    @Test
    void aCaseHandlerMayPrintEveryFormAndAnAuditorNone() {
        for (FormKind kind : FormKind.values()) {
            assertTrue(as(Role.CASE_HANDLER).allows(kind), kind.name());
            assertFalse(as(Role.AUDITOR).allows(kind), kind.name());
            assertFalse(as(Role.SYSTEM_ADMIN).allows(kind), kind.name());
        }
    }

    @Test
    void savedFilesAreNamedAfterTheFormAndItsSubjectWithoutCharactersWindowsRefuses() {
        FormActions forms = as(Role.ORG_DEPARTMENT);
        assertEquals("个人公众账号备案表-张三.pdf", forms.document(FormKind.FILING, 7, "张三").fileName());
        assertEquals("个人网络行为档案-张_三.pdf", forms.document(FormKind.DOSSIER, 7, " 张/三 ").fileName());
        assertEquals("处理决定（摘要）.pdf", forms.document(FormKind.DECISION, 7, null).fileName());
        assertEquals("问题线索登记表-案件12.pdf", forms.caseDocument(FormKind.INTAKE, 12).fileName());
        assertEquals("个人公众账号备案表", forms.document(FormKind.FILING, 7, "张三").title());
    }
}
