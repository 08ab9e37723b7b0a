package org.conductledger.report.pdf;

import java.util.List;

/**
 * One cell of a {@link Grid}: its text (wrapped to the cell, never cut), how many columns it spans, its
 * alignment and face, a minimum height, and optional lines kept at the bottom right of the cell — the
 * signature lines of an opinion box ("负责人签字：", "（盖章）", "年  月  日"). Immutable; the withers return
 * copies.
 */
public record Cell(String text, int span, Align align, FontRole role, float size, float minHeight, List<String> bottom,
                   boolean vcenter) {

    /** The size of text in form cells: 小4 (12 pt). */
    public static final float DEFAULT_SIZE = TextStyle.SIZE_SMALL_4;

    public Cell {
        text = text == null ? "" : text;
        bottom = bottom == null ? List.of() : List.copyOf(bottom);
        if (span < 1) {
            throw new IllegalArgumentException("span " + span);
        }
    }

    /** A field label: centred, vertically centred. */
    public static Cell label(String text) {
        return new Cell(text, 1, Align.CENTER, FontRole.BODY, DEFAULT_SIZE, 0, List.of(), true);
    }

    /** A field value: left-aligned, vertically centred. */
    public static Cell value(String text) {
        return new Cell(text, 1, Align.LEFT, FontRole.BODY, DEFAULT_SIZE, 0, List.of(), true);
    }

    /** A column header of a listing: 黑体, centred. */
    public static Cell header(String text) {
        return new Cell(text, 1, Align.CENTER, FontRole.HEADING, DEFAULT_SIZE, 0, List.of(), true);
    }

    /**
     * A box for an opinion or a pledge: {@code text} at the top, {@code bottomLines} right-aligned at the bottom
     * (e.g. "本人签字：          日期：    年  月  日"), at least {@code minHeightMm} high.
     */
    public static Cell signature(String text, float minHeightMm, String... bottomLines) {
        return new Cell(text, 1, Align.LEFT, FontRole.BODY, DEFAULT_SIZE, PageLayout.mm(minHeightMm), List.of(bottomLines), false);
    }

    public Cell span(int columns) {
        return new Cell(text, columns, align, role, size, minHeight, bottom, vcenter);
    }

    public Cell align(Align a) {
        return new Cell(text, span, a, role, size, minHeight, bottom, vcenter);
    }

    public Cell font(FontRole r, float points) {
        return new Cell(text, span, align, r, points, minHeight, bottom, vcenter);
    }

    /** At least this high (in millimetres); a tall box keeps its text at the top. */
    public Cell minHeight(float millimetres) {
        return new Cell(text, span, align, role, size, PageLayout.mm(millimetres), bottom, false);
    }
}
