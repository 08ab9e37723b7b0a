package org.conductledger.report.forms;

import java.time.LocalDate;
import java.util.List;
import org.conductledger.i18n.Messages;
import org.conductledger.model.Labelled;
import org.conductledger.report.pdf.Cell;
import org.conductledger.report.pdf.Grid;

/** Words, dates and the recurring boxes (signatures, opinions) of the forms, from the bundles. */
final class FormText {

    /** The usual four columns of a form: label, value, label, value. */
    static final double[] FOUR = {0.17, 0.33, 0.17, 0.33};

    private final Messages messages;

    FormText(Messages messages) {
        this.messages = messages;
    }

    String get(String key, Object... args) {
        return messages.get(key, args);
    }

    String label(Labelled value) {
        return value == null ? "" : messages.label(value);
    }

    /** A date in full with Arabic numerals (GB/T 9704), e.g. 2026年11月23日; empty for none. */
    String date(LocalDate d) {
        return d == null ? "" : messages.get("form.date", String.valueOf(d.getYear()), String.valueOf(d.getMonthValue()),
                String.valueOf(d.getDayOfMonth()));
    }

    String or(String value) {
        return value == null || value.isBlank() ? get("form.value.none") : value;
    }

    String yesNo(boolean value) {
        return value ? get("form.value.yes") : get("form.value.no");
    }

    String joined(List<String> parts) {
        return String.join(get("form.value.separator"), parts);
    }

    /** The member's pledge with the signature line (本人签字 / 日期). */
    Cell pledge(String text) {
        return Cell.signature(text, 30, get("form.sign.member")).span(3);
    }

    /** The party organisation's opinion box: 负责人签字, （盖章）, 年 月 日. */
    Cell orgOpinion(float heightMm) {
        return Cell.signature("", heightMm, get("form.sign.leader"), get("form.sign.blankDate")).span(3);
    }

    /** A box for the handler's opinion with the handler's signature line. */
    Cell handlerOpinion(float heightMm) {
        return Cell.signature("", heightMm, get("form.sign.handler")).span(3);
    }

    /** Adds the two closing rows every register form has: the pledge and the organisation's opinion. */
    Grid signOff(Grid grid) {
        return grid.row(Cell.label(get("form.label.pledge")), pledge(get("form.pledge")))
                .row(Cell.label(get("form.label.orgOpinion")), orgOpinion(38));
    }

    /** A full-width row saying there is nothing to list. */
    static Cell none(String text, int columns) {
        return Cell.value(text).span(columns).align(org.conductledger.report.pdf.Align.CENTER);
    }
}
