package org.conductledger.exchange;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.conductledger.model.ImportColumn;
import org.conductledger.model.ImportKind;
import org.conductledger.model.ImportProblem;

/**
 * Which column of the file each field is read from: guessed from the headers (any order; the template's
 * names, the names units' own forms use, with or without 必填 marks and spaces), and changeable by the user
 * on the mapping screen.
 */
public record ColumnMapping(ImportKind kind, Map<ImportColumn, Integer> columns) {

    public ColumnMapping {
        Map<ImportColumn, Integer> copy = new EnumMap<>(ImportColumn.class);
        copy.putAll(columns);
        columns = Collections.unmodifiableMap(copy);
    }

    public static ColumnMapping guess(ImportKind kind, List<String> headers) {
        Map<ImportColumn, Integer> found = new EnumMap<>(ImportColumn.class);
        for (ImportColumn column : ImportColumn.of(kind)) {
            for (int i = 0; i < headers.size(); i++) {
                String header = normalise(headers.get(i));
                if (!found.containsValue(i) && (header.equals(column.header())
                        || column.aliases().stream().anyMatch(header::equals))) {
                    found.put(column, i);
                    break;
                }
            }
        }
        return new ColumnMapping(kind, found);
    }

    /** The same mapping with {@code column} read from file column {@code index} (null: not read); other fields keep theirs. */
    public ColumnMapping with(ImportColumn column, Integer index) {
        Map<ImportColumn, Integer> changed = new EnumMap<>(ImportColumn.class);
        changed.putAll(columns);
        if (index == null) {
            changed.remove(column);
        } else {
            changed.put(column, index);
        }
        return new ColumnMapping(kind, changed);
    }

    public Integer indexOf(ImportColumn column) {
        return columns.get(column);
    }

    /** Required columns that no file column feeds: the whole file is refused. */
    public List<ImportProblem> missing() {
        List<ImportProblem> problems = new ArrayList<>();
        for (ImportColumn column : ImportColumn.of(kind)) {
            if (column.required() && !columns.containsKey(column)) {
                problems.add(ImportProblem.of(0, column.header(), "import.problem.missingColumn", column.header()));
            }
        }
        return problems;
    }

    /** File columns nothing reads: a warning each (their content is not imported). */
    public List<ImportProblem> ignored(List<String> headers) {
        List<ImportProblem> warnings = new ArrayList<>();
        for (int i = 0; i < headers.size(); i++) {
            if (!columns.containsValue(i) && !headers.get(i).isBlank()) {
                warnings.add(ImportProblem.of(1, headers.get(i), "import.warning.ignoredColumn", headers.get(i)));
            }
        }
        return warnings;
    }

    /** A header without white space, 必填/选填 marks and asterisks, and with full-width brackets made plain. */
    static String normalise(String header) {
        if (header == null) {
            return "";
        }
        String h = header.replaceAll("[\\s\u3000*＊]", "").replace('（', '(').replace('）', ')');
        h = h.replaceAll("\\((必填|选填|可选|必录|选录)\\)", "");
        return h;
    }
}
