package org.conductledger.model;

/** One field of a conflicting record: its name (as in a package item), the value here and the value that came. */
public record PackageFieldDiff(String field, String local, String incoming) {
}
