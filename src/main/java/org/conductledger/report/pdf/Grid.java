package org.conductledger.report.pdf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A ruled form grid (登记表): fixed column fractions of the type-area width and rows of {@link Cell}s whose spans
 * add up to the column count. A row grows to its tallest cell; a row that does not fit on the page moves to the
 * next one, and a row taller than a whole page is split between pages. Rows added with {@link #header} are
 * repeated at the top of every page the grid continues on. Grids placed one after another join into one table.
 *
 * <pre>{@code
 * Grid g = new Grid(0.16, 0.34, 0.16, 0.34)
 *         .row(Cell.label("姓名"), Cell.value("张三"), Cell.label("所在党组织"), Cell.value("第一党支部"))
 *         .row(Cell.label("用途"), Cell.value("发布工作动态").span(3))
 *         .section("二、处理决定")
 *         .row(Cell.label("党组织意见"), Cell.signature("", 40, "负责人签字：", "（盖章）", "年  月  日").span(3));
 * }</pre>
 */
public final class Grid {

    /** A row of cells; header rows repeat after a page break. */
    public record Row(List<Cell> cells, boolean header) {
        public Row {
            cells = List.copyOf(cells);
        }
    }

    private final double[] fractions;
    private final List<Row> rows = new ArrayList<>();

    /** Column widths as fractions (any positive numbers; they are normalised to the type-area width). */
    public Grid(double... fractions) {
        if (fractions.length == 0 || Arrays.stream(fractions).anyMatch(f -> f <= 0)) {
            throw new IllegalArgumentException("column fractions must be positive");
        }
        double sum = Arrays.stream(fractions).sum();
        this.fractions = Arrays.stream(fractions).map(f -> f / sum).toArray();
    }

    public int columns() {
        return fractions.length;
    }

    double fraction(int column) {
        return fractions[column];
    }

    public Grid row(Cell... cells) {
        return add(List.of(cells), false);
    }

    public Grid row(List<Cell> cells) {
        return add(cells, false);
    }

    /** A header row, repeated on every page the grid runs on to. */
    public Grid header(Cell... cells) {
        return add(List.of(cells), true);
    }

    public Grid header(List<Cell> cells) {
        return add(cells, true);
    }

    /** A full-width heading row (黑体, left) that opens a section of the form. */
    public Grid section(String text) {
        return add(List.of(new Cell(text, columns(), Align.LEFT, FontRole.HEADING, Cell.DEFAULT_SIZE, 0, List.of(), true)), false);
    }

    public List<Row> rows() {
        return List.copyOf(rows);
    }

    private Grid add(List<Cell> cells, boolean header) {
        int spans = cells.stream().mapToInt(Cell::span).sum();
        if (spans != columns()) {
            throw new IllegalArgumentException("row spans " + spans + " of " + columns() + " columns");
        }
        rows.add(new Row(cells, header));
        return this;
    }
}
