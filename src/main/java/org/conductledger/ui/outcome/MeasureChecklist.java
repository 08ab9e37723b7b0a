package org.conductledger.ui.outcome;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.conductledger.i18n.Messages;
import org.conductledger.model.ImpactBasis;
import org.conductledger.model.Member;
import org.conductledger.model.OutcomeKind;
import org.conductledger.model.OutcomeRules;
import org.conductledger.model.OutcomeType;

/**
 * The ladder as check boxes, one row per family, lightest first; each shows its impact period and, where
 * the figure is not confirmed, says so. Measures that do not fit the chosen member are disabled with the reason.
 */
final class MeasureChecklist {

    private final Messages messages;
    private final List<CheckBox> boxes = new ArrayList<>();
    /** Why measures are disabled, in words (a disabled check box shows no tooltip). */
    private final Label reasons = new Label();

    MeasureChecklist(Messages messages) {
        this.messages = messages;
    }

    /** Fills {@code into} with the types in use (retired ones left out). */
    void fill(VBox into, List<OutcomeType> types) {
        into.getChildren().clear();
        boxes.clear();
        for (OutcomeKind kind : OutcomeKind.values()) {
            List<OutcomeType> ofKind = types.stream().filter(t -> t.kind() == kind && !t.retired()).toList();
            if (ofKind.isEmpty()) {
                continue;
            }
            FlowPane row = new FlowPane(14, 4);
            for (OutcomeType type : ofKind) {
                CheckBox box = new CheckBox(text(type));
                box.setUserData(type);
                box.setId("measure-" + type.code());
                box.setTooltip(new Tooltip(type.impactNote() == null ? type.name() : type.impactNote()));
                boxes.add(box);
                row.getChildren().add(box);
            }
            Label heading = new Label(messages.label(kind));
            heading.getStyleClass().add("muted");
            into.getChildren().addAll(heading, row);
        }
        reasons.setId("measureReasons");
        reasons.setWrapText(true);
        reasons.setMinHeight(Region.USE_PREF_SIZE);
        reasons.getStyleClass().add("muted");
        into.getChildren().add(reasons);
    }

    private String text(OutcomeType type) {
        if (type.impactMonths() == null) {
            return type.name();
        }
        String months = messages.get(type.probation() ? "outcome.measure.afterRestore" : "outcome.measure.months",
                type.impactMonths());
        String basis = type.impactBasis() == ImpactBasis.CONFIRMED ? "" : "·" + messages.label(type.impactBasis());
        return type.name() + "（" + months + basis + "）";
    }

    /** Disables what cannot be given to {@code member} (and clears it), with the reason as tooltip. */
    void restrictTo(Member member) {
        restrictTo(member, type -> true);
    }

    /** As {@link #restrictTo(Member)}, also disabling what the user's roles may not record. */
    void restrictTo(Member member, java.util.function.Predicate<OutcomeType> allowed) {
        java.util.Map<String, List<String>> disabled = new java.util.LinkedHashMap<>();
        for (CheckBox box : boxes) {
            OutcomeType type = (OutcomeType) box.getUserData();
            var problem = member == null ? java.util.Optional.<org.conductledger.model.Problem>empty()
                    : OutcomeRules.eligibilityProblem(type, member);
            if (problem.isEmpty() && !allowed.test(type)) {
                problem = java.util.Optional.of(org.conductledger.model.Problem.of(null, "outcome.measure.role",
                        messages.label(type.recordRole())));
            }
            box.setDisable(problem.isPresent());
            if (problem.isPresent()) {
                box.setSelected(false);
                box.setTooltip(new Tooltip(messages.describe(problem.get())));
                disabled.computeIfAbsent(messages.describe(problem.get()), k -> new ArrayList<>()).add(type.name());
            } else {
                box.setTooltip(new Tooltip(type.impactNote() == null ? type.name() : type.impactNote()));
            }
        }
        reasons.setText(String.join("\n", disabled.entrySet().stream().map(e -> messages.get("outcome.measure.disabled",
                String.join("、", e.getValue()), e.getKey())).toList()));
    }

    Set<Long> selectedIds() {
        Set<Long> ids = new LinkedHashSet<>();
        boxes.stream().filter(CheckBox::isSelected).forEach(b -> ids.add(((OutcomeType) b.getUserData()).id()));
        return ids;
    }
}
