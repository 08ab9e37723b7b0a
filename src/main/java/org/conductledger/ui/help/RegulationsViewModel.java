package org.conductledger.ui.help;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.conductledger.model.Regulation;
import org.conductledger.model.RegulationParagraphs;
import org.conductledger.model.RegulationParagraphs.Paragraph;
import org.conductledger.model.ViolationCategory;
import org.conductledger.service.ReferenceService;
import org.conductledger.ui.common.DialogService;
import org.conductledger.ui.common.TaskRunner;

/** 法规…: the shipped regulation texts by paragraph, the articles the violation taxonomy cites, and a search. */
public final class RegulationsViewModel {

    /** A run of a paragraph's text, {@code hit} where it matches the search. */
    public record Run(String text, boolean hit) {
    }

    private final ReferenceService reference;
    private final TaskRunner tasks;
    private final DialogService dialogs;

    final List<Regulation> regulations = Arrays.stream(Regulation.values()).filter(r -> r.file() != null).toList();
    final ObjectProperty<Regulation> regulation = new SimpleObjectProperty<>();
    final ObservableList<Paragraph> paragraphs = FXCollections.observableArrayList();
    final StringProperty query = new SimpleStringProperty("");
    final IntegerProperty matches = new SimpleIntegerProperty();
    /** Per regulation, per article, the names of the categories citing it. */
    private final Map<Regulation, Map<String, List<String>>> citations = new LinkedHashMap<>();

    public RegulationsViewModel(ReferenceService reference, TaskRunner tasks, DialogService dialogs) {
        this.reference = reference;
        this.tasks = tasks;
        this.dialogs = dialogs;
        regulation.addListener((obs, old, chosen) -> load(chosen));
        query.addListener((obs, old, text) -> count());
    }

    /** Reads which articles are cited, then shows the first regulation (both in the background). */
    void start() {
        tasks.run(reference::citations, categories -> {
            for (ViolationCategory c : categories) {
                citations.computeIfAbsent(c.regulation(), r -> new LinkedHashMap<>())
                        .computeIfAbsent(c.article(), a -> new ArrayList<>()).add(c.name());
            }
            regulation.set(regulations.get(0));
        }, dialogs::showError);
    }

    private void load(Regulation chosen) {
        if (chosen == null) {
            paragraphs.clear();
            return;
        }
        tasks.run(() -> RegulationParagraphs.of(reference.regulationText(chosen)), loaded -> {
            if (chosen == regulation.get()) {
                paragraphs.setAll(loaded);
                count();
            }
        }, dialogs::showError);
    }

    /** The names of the violation categories citing this paragraph's article (empty if none). */
    List<String> citedBy(Paragraph paragraph) {
        if (paragraph.article() == null || regulation.get() == null) {
            return List.of();
        }
        return citations.getOrDefault(regulation.get(), Map.of()).getOrDefault(paragraph.article(), List.of());
    }

    boolean matches(Paragraph paragraph) {
        String q = query.get() == null ? "" : query.get().strip();
        return !q.isEmpty() && paragraph.text().contains(q);
    }

    /** The index of the first matching paragraph after {@code from} (wrapping round), or -1. */
    int nextMatch(int from) {
        for (int step = 1; step <= paragraphs.size(); step++) {
            int i = Math.floorMod(from + step, paragraphs.size());
            if (matches(paragraphs.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private void count() {
        String q = query.get() == null ? "" : query.get().strip();
        matches.set(q.isEmpty() ? 0 : paragraphs.stream().mapToInt(p -> occurrences(p.text(), q)).sum());
    }

    private static int occurrences(String text, String q) {
        int n = 0;
        for (int i = text.indexOf(q); i >= 0; i = text.indexOf(q, i + q.length())) {
            n++;
        }
        return n;
    }

    /** {@code text} cut into runs, those equal to the search marked as hits. */
    List<Run> runs(String text) {
        String q = query.get() == null ? "" : query.get().strip();
        List<Run> runs = new ArrayList<>();
        int at = 0;
        if (!q.isEmpty()) {
            for (int i = text.indexOf(q); i >= 0; i = text.indexOf(q, at)) {
                if (i > at) {
                    runs.add(new Run(text.substring(at, i), false));
                }
                runs.add(new Run(q, true));
                at = i + q.length();
            }
        }
        if (at < text.length()) {
            runs.add(new Run(text.substring(at), false));
        }
        return runs;
    }
}
