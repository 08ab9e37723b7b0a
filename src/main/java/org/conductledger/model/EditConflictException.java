package org.conductledger.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * "已被他人修改": a save refused because someone else saved the record since this user opened it (its
 * version moved on). Carries both versions field by field — the one now saved and the one this user
 * tried to save — so that the screen can show them side by side and let the user reload or re-apply
 * on top of the newer version. Never a silent overwrite.
 */
public final class EditConflictException extends LedgerException {

    /** One field: its name (a key of {@link ChangeSummary}), the saved value and the value this user wanted. */
    public record Field(String name, Object saved, Object mine) {

        public boolean differs() {
            return !Objects.equals(saved, mine);
        }
    }

    private final String recordType;
    private final long recordId;
    private final int currentVersion;
    private final transient List<Field> fields;

    public EditConflictException(String recordType, long recordId, int currentVersion, String savedBy,
                                 Map<String, Object> saved, Map<String, Object> mine) {
        super(savedBy == null ? "error.editConflict.anonymous" : "error.editConflict", savedBy == null ? "" : savedBy);
        this.recordType = recordType;
        this.recordId = recordId;
        this.currentVersion = currentVersion;
        List<Field> all = new ArrayList<>();
        saved.forEach((name, value) -> all.add(new Field(name, value, mine.get(name))));
        this.fields = List.copyOf(all);
    }

    public String recordType() {
        return recordType;
    }

    public long recordId() {
        return recordId;
    }

    /** The version now saved: re-applying saves against this one. */
    public int currentVersion() {
        return currentVersion;
    }

    public List<Field> fields() {
        return fields;
    }

    public List<Field> differences() {
        return fields.stream().filter(Field::differs).toList();
    }
}
