package org.conductledger.model;

/** Fields of the user and password forms, for attaching problems to inputs. */
public enum UserField implements Labelled {
    USERNAME, FULL_NAME, ORGANISATION, ROLES, PASSWORD, PASSWORD_REPEAT, OLD_PASSWORD;

    @Override
    public String labelKey() {
        return Labelled.keyOf(this);
    }
}
