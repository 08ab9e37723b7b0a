package org.conductledger.model;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The before/after summary an audit entry keeps: only the fields that changed, ID numbers masked
 * (the audit log must not become a second copy of the sensitive data).
 */
public final class ChangeSummary {

    private static final Set<String> MASKED = Set.of("idNumber");
    private static final int MAX = 3900;

    private ChangeSummary() {
    }

    public static String created(Map<String, Object> after) {
        return clip(join(after, null));
    }

    public static String changed(Map<String, Object> before, Map<String, Object> after) {
        return clip(join(after, before));
    }

    private static String join(Map<String, Object> after, Map<String, Object> before) {
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, Object> e : after.entrySet()) {
            if (before == null && (e.getValue() == null || e.getValue() instanceof java.util.Collection<?> c && c.isEmpty())) {
                continue;     // a new record: only what was filled in
            }
            Object old = before == null ? null : before.get(e.getKey());
            if (before != null && Objects.equals(old, e.getValue())) {
                continue;
            }
            if (!out.isEmpty()) {
                out.append("; ");
            }
            out.append(e.getKey()).append(": ");
            if (before != null) {
                out.append(show(e.getKey(), old)).append(" → ");
            }
            out.append(show(e.getKey(), e.getValue()));
        }
        return out.toString();
    }

    private static String show(String field, Object value) {
        if (value == null) {
            return "∅";
        }
        return MASKED.contains(field) ? IdNumber.mask(value.toString()) : value.toString();
    }

    private static String clip(String text) {
        return text.length() <= MAX ? text : text.substring(0, MAX) + "…";
    }

    /** The audited fields of a member. */
    public static Map<String, Object> of(Member m) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("name", m.name());
        f.put("gender", m.gender());
        f.put("idNumber", m.idNumber());
        f.put("ethnicity", m.ethnicity());
        f.put("birthDate", m.birthDate());
        f.put("category", m.category());
        f.put("joinedOn", m.joinedOn());
        f.put("confirmedOn", m.confirmedOn());
        f.put("orgId", m.orgId());
        f.put("workUnitPost", m.workUnitPost());
        f.put("cadre", m.cadre());
        f.put("rank", m.rank());
        f.put("managingOrgId", m.managingOrgId());
        f.put("phone", m.phone() == null ? null : "***");
        f.put("status", m.status());
        return f;
    }

    /** The audited fields of an organisation. */
    public static Map<String, Object> of(Organisation o) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("code", o.code());
        f.put("name", o.name());
        f.put("type", o.type());
        f.put("parentId", o.parentId());
        f.put("secretaryId", o.secretaryId());
        f.put("establishedOn", o.establishedOn());
        f.put("active", o.active());
        return f;
    }
}
