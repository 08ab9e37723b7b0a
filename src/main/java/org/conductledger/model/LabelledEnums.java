package org.conductledger.model;

import java.util.List;

/** Every enumeration whose constants are shown to users; the i18n consistency test checks each label. */
public final class LabelledEnums {

    public static final List<Class<? extends Enum<? extends Labelled>>> ALL = List.of(
            OrgType.class, Gender.class, MemberCategory.class, MemberStatus.class, CadreRank.class, MemberField.class,
            OrganisationField.class, MemberHistoryEntry.Kind.class,
            ChangeField.class, Role.class, Permission.class, UserField.class, AuditAction.class,
            RegisterKind.class, RegisterStatus.class, GroupRole.class, Timeliness.class, RegisterField.class,
            CaseStage.class, CaseSource.class, Regulation.class, CaseField.class, Evidence.Kind.class, CaseDue.Kind.class,
            OutcomeKind.class, ImpactBasis.class, Eligibility.class, OutcomeStatus.class, AppealResult.class,
            ExecutionDue.Step.class, CommendationLevel.class, ClarificationTrigger.class, ClarificationMethod.class,
            AccountabilityTarget.class, AccountabilityMeasure.class, ImportKind.class, TodoKind.class,
            Urgency.class, PrintAction.class, SearchKind.class);

    private LabelledEnums() {
    }
}
