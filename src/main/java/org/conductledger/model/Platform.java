package org.conductledger.model;

/** A network platform (reference data; REFERENCE §6). Retired platforms stay on old records but are not offered. */
public record Platform(long id, String code, String name, boolean overseasDefault, int sortOrder, boolean retired) {
}
