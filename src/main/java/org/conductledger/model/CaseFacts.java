package org.conductledger.model;

/**
 * What the workflow's guards need to know about a case at the moment of a transition.
 *
 * @param statement         the member's statement (材料见面), if recorded
 * @param hasOutcome        an outcome (处理决定) has been decided
 * @param dismissalReason   why the clue is closed (予以了结), if it is
 * @param newEvidenceSinceHold evidence was added after the case was put on hold (暂存待查)
 */
public record CaseFacts(MemberStatement statement, boolean hasOutcome, String dismissalReason,
                        boolean newEvidenceSinceHold) {

    public static final CaseFacts NONE = new CaseFacts(null, false, null, false);
}
