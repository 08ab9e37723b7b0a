package org.conductledger.model;

/** The fields of an organisation, used to attach validation problems to form inputs. */
public enum OrganisationField implements Labelled {
    NAME, CODE, TYPE, ESTABLISHED_ON, SECRETARY, PARENT;

    @Override
    public String labelKey() {
        return Labelled.keyOf(this);
    }
}
