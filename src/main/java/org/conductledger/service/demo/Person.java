package org.conductledger.service.demo;

import java.util.ArrayList;
import java.util.List;
import org.conductledger.model.MemberCategory;
import org.conductledger.model.MemberForm;
import org.conductledger.model.MemberStatus;
import org.conductledger.model.OutcomeRules;

/** A generated member while their unit of work is built: the form, and once stored the id and what refers to them. */
final class Person {

    final MemberForm form;
    final Placement placement;
    long id;
    boolean secretary;
    MemberStatus status = MemberStatus.NORMAL;
    /** Register records of this member, once stored, for cases that cite one. */
    final List<Long> records = new ArrayList<>();

    Person(MemberForm form, Placement placement) {
        this.form = form;
        this.placement = placement;
    }

    /** Where a member sits: their organisation, its committee (the 基层党委 whose 纪委 handles cases), the root. */
    record Placement(long orgId, String orgName, long committeeId, String committeeName, long committeeParentId, long rootId) {
    }

    boolean probationary() {
        return form.category() == MemberCategory.PROBATIONARY;
    }

    /** 领导干部 (乡科级副职 and above): 组织处理 applies. */
    boolean leadingCadre() {
        return form.cadre() && form.rank() != org.conductledger.model.CadreRank.YB
                && form.rank() != org.conductledger.model.CadreRank.NONE;
    }

    /** The organisation whose chain holds 干部管理权限 over the member (OutcomeRules.authorityBasis). */
    long authorityBasis() {
        return form.cadre() && form.managingOrgId() != null ? form.managingOrgId() : placement.orgId();
    }

    boolean current() {
        return status.isCurrent();
    }

    static long basisOf(org.conductledger.model.Member member) {
        return OutcomeRules.authorityBasis(member);
    }
}
