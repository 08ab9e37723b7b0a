package org.conductledger.model;

/** The level of a commendation (表彰奖励): 全国 … 党支部. */
public enum CommendationLevel implements Labelled {
    NATIONAL, PROVINCIAL, MUNICIPAL, COUNTY, COMMITTEE, BRANCH;

    @Override
    public String labelKey() {
        return Labelled.keyOf(this);
    }
}
