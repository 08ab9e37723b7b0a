package org.conductledger.service;

import java.time.LocalDate;
import java.util.List;
import org.conductledger.app.Services;
import org.conductledger.model.GroupRole;
import org.conductledger.model.Operator;
import org.conductledger.model.RegisterForm;
import org.conductledger.model.RegisterKind;

/** Register forms for tests (the test clock's today is 2026-11-23). */
public final class Registers {

    private Registers() {
    }

    public static long platform(Services services, String code) {
        return services.registers().platforms().stream().filter(p -> p.code().equals(code)).findFirst().orElseThrow().id();
    }

    public static long category(Services services, String code) {
        return services.registers().groupCategories().stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow().id();
    }

    public static RegisterForm account(long memberId, long platformId, String accountId) {
        return new RegisterForm(RegisterKind.ACCOUNT, memberId, platformId, false, "区委宣传部官方号", accountId,
                "https://weibo.com/" + accountId.strip(), "宣传部副部长", "发布工作动态", LocalDate.of(2026, 10, 1),
                LocalDate.of(2026, 10, 12), null, null, null, false, null, null, null, null, null, null,
                List.of(new Operator("李干事", "科员")));
    }

    public static RegisterForm group(long memberId, long platformId, long categoryId, String number) {
        return new RegisterForm(RegisterKind.GROUP, memberId, platformId, false, "第一党支部工作群", number, null, null,
                "支部工作联络", LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 10), null, categoryId, GroupRole.CREATOR,
                true, 35, LocalDate.of(2026, 9, 10), null, null, null, null, List.of());
    }

    public static RegisterForm filing(long memberId, long platformId, String accountId, LocalDate filedOn) {
        return new RegisterForm(RegisterKind.FILING, memberId, platformId, false, "读书札记", accountId, null, null,
                "个人读书分享", filedOn.minusDays(5), filedOn, null, null, null, false, null, null, "订阅号", "张三", null,
                "文化读书", List.of());
    }

    /** The same form, marked overseas. */
    public static RegisterForm overseas(RegisterForm f) {
        return new RegisterForm(f.kind(), f.memberId(), f.platformId(), true, f.name(), f.identifier(), f.url(),
                f.roleIdentity(), f.purpose(), f.openedOn(), f.reportedOn(), f.notes(), f.categoryId(), f.memberRole(),
                f.inRoleIdentity(), f.groupSize(), f.groupSizeOn(), f.accountType(), f.certSubject(), f.certUscc(),
                f.contentArea(), f.operators());
    }
}
