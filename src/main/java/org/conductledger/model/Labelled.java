package org.conductledger.model;

/** An enumeration value shown to users: its label comes from the resource bundles under {@link #labelKey()}. */
public interface Labelled {

    String labelKey();

    /** The conventional key of an enum constant: {@code enum.<SimpleName>.<CONSTANT>}. */
    static String keyOf(Enum<?> value) {
        return "enum." + value.getDeclaringClass().getSimpleName() + "." + value.name();
    }
}
