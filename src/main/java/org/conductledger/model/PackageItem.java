package org.conductledger.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One record in a data package: its type ({@code org}, {@code member}, {@code register}), its id at the
 * sender, and its content as named text fields that refer to other records by natural keys (organisation
 * code, ID number, platform code), so the same content hashes the same in every installation.
 */
public record PackageItem(String type, long originId, Map<String, String> fields) {

    public static final String ORG = "org";
    public static final String MEMBER = "member";
    public static final String REGISTER = "register";

    public PackageItem {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    public String get(String name) {
        String value = fields.get(name);
        return value == null || value.isEmpty() ? null : value;
    }

    /** The content in one canonical line (type and fields in order; the id at the sender is not content). */
    public String canonical() {
        StringBuilder out = new StringBuilder(type);
        fields.forEach((k, v) -> out.append('\u001f').append(k).append('=').append(v == null ? "" : v));
        return out.toString();
    }
}
