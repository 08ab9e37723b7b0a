package org.conductledger.model;

/**
 * Rules of access beyond role and scope. Conflict of interest: nobody handles a record about
 * themselves — a user who is the member named in a record cannot open its case materials; an
 * organisation-department user must handle it instead.
 */
public final class AccessPolicy {

    private AccessPolicy() {
    }

    public static boolean isConflicted(Session session, Long memberNamedInRecord) {
        return session.memberId() != null && session.memberId().equals(memberNamedInRecord);
    }

    /** Throws when {@code session}'s user is the member the case is about. */
    public static void requireNoConflict(Session session, Long memberNamedInRecord) {
        if (isConflicted(session, memberNamedInRecord)) {
            throw new LedgerException("error.access.conflictOfInterest");
        }
    }
}
