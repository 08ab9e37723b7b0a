package org.conductledger.i18n;

import java.util.Arrays;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.conductledger.model.AuditAction;
import org.conductledger.model.AuditEntry;
import org.conductledger.model.CadreRank;
import org.conductledger.model.Gender;
import org.conductledger.model.Labelled;
import org.conductledger.model.MemberCategory;
import org.conductledger.model.MemberStatus;
import org.conductledger.model.OrgType;
import org.conductledger.model.Role;

/**
 * Audit entries in the reader's language. The chain stores language-neutral codes ({@code LOGIN},
 * {@code user}, {@code status: ACTIVE → SUSPENDED}), because the stored text is hashed and must never
 * change; the viewer and the export show them through this class.
 */
public final class AuditWording {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z_]+");
    /** Fields whose values are enumeration constants, and the enumeration to label them with. */
    private static final Map<String, Class<? extends Enum<?>>> ENUM_FIELDS = Map.ofEntries(
            Map.entry("gender", Gender.class), Map.entry("category", MemberCategory.class),
            Map.entry("status", MemberStatus.class), Map.entry("type", OrgType.class), Map.entry("rank", CadreRank.class),
            Map.entry("roles", Role.class), Map.entry("action", AuditAction.class),
            Map.entry("permission", org.conductledger.model.Permission.class),
            Map.entry("kind", org.conductledger.model.RegisterKind.class),
            Map.entry("memberRole", org.conductledger.model.GroupRole.class),
            Map.entry("stage", org.conductledger.model.CaseStage.class),
            Map.entry("source", org.conductledger.model.CaseSource.class));
    /** Where an object type gives a field another meaning: a register record's status is not a member's. */
    private static final Map<String, Map<String, Class<? extends Enum<?>>>> BY_OBJECT = Map.of(
            "register", Map.of("status", org.conductledger.model.RegisterStatus.class));

    private final Messages messages;

    public AuditWording(Messages messages) {
        this.messages = messages;
    }

    public String action(String code) {
        try {
            return messages.label(AuditAction.valueOf(code));
        } catch (IllegalArgumentException | NullPointerException unknown) {
            return code == null ? "" : code;
        }
    }

    public String objectType(String type) {
        return type == null ? "" : known("audit.object." + type, type);
    }

    /** "党员 17", "用户 zhang" — the type in words and the id. */
    public String object(AuditEntry e) {
        String type = objectType(e.objectType());
        if ("permission".equals(e.objectType()) && e.objectId() != null) {
            return type + " " + value(org.conductledger.model.Permission.class, e.objectId());
        }
        return e.objectId() == null ? type : (type + " " + e.objectId()).strip();
    }

    public String result(String result) {
        return messages.get(AuditEntry.SUCCESS.equals(result) ? "audit.view.success" : "audit.view.failure");
    }

    /** The entry's summary in words, reading its fields as its object type means them. */
    public String summary(AuditEntry e) {
        return summary(e.summary(), BY_OBJECT.getOrDefault(e.objectType(), Map.of()));
    }

    /** The summary with field names and coded values in words; unknown parts are shown as stored. */
    public String summary(String stored) {
        return summary(stored, Map.of());
    }

    private String summary(String stored, Map<String, Class<? extends Enum<?>>> overrides) {
        if (stored == null || stored.isBlank()) {
            return "";
        }
        if (CODE.matcher(stored).matches()) {
            return known("audit.reason." + stored, stored);
        }
        return Arrays.stream(stored.split("; ")).map(p -> part(p, overrides)).collect(Collectors.joining("；"));
    }

    private String part(String part, Map<String, Class<? extends Enum<?>>> overrides) {
        int colon = part.indexOf(": ");
        if (colon < 0) {
            return part;
        }
        String field = part.substring(0, colon);
        String values = part.substring(colon + 2);
        Class<? extends Enum<?>> type = overrides.getOrDefault(field, ENUM_FIELDS.get(field));
        String shown = Arrays.stream(values.split(" → ", -1)).map(v -> value(type, v)).collect(Collectors.joining(" → "));
        return known("audit.field." + field, field) + "：" + shown;
    }

    private String value(Class<? extends Enum<?>> type, String value) {
        if ("∅".equals(value)) {
            return messages.get("audit.value.empty");
        }
        if ("true".equals(value) || "false".equals(value)) {
            return messages.get("audit.value." + value);
        }
        if (type == null) {
            return value;
        }
        if (value.startsWith("[") && value.endsWith("]")) {
            String inner = value.substring(1, value.length() - 1);
            return inner.isBlank() ? messages.get("audit.value.empty")
                    : Arrays.stream(inner.split(", ")).map(v -> constant(type, v)).collect(Collectors.joining("、"));
        }
        return constant(type, value);
    }

    private String constant(Class<? extends Enum<?>> type, String name) {
        for (Enum<?> constant : type.getEnumConstants()) {
            if (constant.name().equals(name) && constant instanceof Labelled labelled) {
                return messages.label(labelled);
            }
        }
        return name;
    }

    private String known(String key, String fallback) {
        String text = messages.get(key);
        return text.equals(key) ? fallback : text;
    }
}
