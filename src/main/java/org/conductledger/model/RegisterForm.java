package org.conductledger.model;

import java.time.LocalDate;
import java.util.List;

/**
 * What a user enters for a register record. {@code name}/{@code identifier} are the account name and ID,
 * or the group name and number. Group fields ({@code categoryId} … {@code groupSizeOn}) and filing
 * fields ({@code accountType} … {@code contentArea}) are ignored for the other kinds.
 */
public record RegisterForm(RegisterKind kind, Long memberId, Long platformId, boolean overseas, String name,
                           String identifier, String url, String roleIdentity, String purpose, LocalDate openedOn,
                           LocalDate reportedOn, String notes, Long categoryId, GroupRole memberRole,
                           boolean inRoleIdentity, Integer groupSize, LocalDate groupSizeOn, String accountType,
                           String certSubject, String certUscc, String contentArea, List<Operator> operators) {

    public RegisterForm {
        operators = operators == null ? List.of() : List.copyOf(operators);
    }

    /** An empty form of {@code kind} for {@code memberId}. */
    public static RegisterForm blank(RegisterKind kind, Long memberId) {
        return new RegisterForm(kind, memberId, null, false, null, null, null, null, null, null, null, null, null,
                kind == RegisterKind.GROUP ? GroupRole.CREATOR : null, false, null, null, null, null, null, null, List.of());
    }
}
