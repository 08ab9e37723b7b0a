package org.conductledger.model;

/**
 * One rung of the outcome ladder (reference data).
 *
 * @param severity        rank, light → heavy
 * @param form            四种形态 1–4, or null outside that classification
 * @param impactMonths    the impact period (影响期), or null where none applies or none is known
 * @param probationMonths 留党察看's term (12 or 24); its impact period then runs from restoration
 * @param recordRole      the role that may record it, or null for any case writer
 */
public record OutcomeType(long id, String code, String name, OutcomeKind kind, int severity, Integer form,
                          Integer impactMonths, ImpactBasis impactBasis, String impactNote, Eligibility eligibility,
                          boolean needsPartyPost, Integer probationMonths, Role recordRole, boolean retired) {

    public boolean probation() {
        return probationMonths != null;
    }
}
