package org.conductledger.model;

/** Kinds of party organisation (REFERENCE §5, app enum {@code org_type}). */
public enum OrgType implements Labelled {
    PARTY_COMMITTEE,     // 党委
    WORKING_COMMITTEE,   // 党工委
    GENERAL_BRANCH,      // 党总支
    BRANCH,              // 党支部
    JOINT_BRANCH,        // 联合党支部
    TEMPORARY_BRANCH;    // 临时党支部

    @Override
    public String labelKey() {
        return Labelled.keyOf(this);
    }
}
