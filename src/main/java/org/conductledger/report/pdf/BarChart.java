package org.conductledger.report.pdf;

import java.io.IOException;
import java.util.List;

/**
 * A bar chart drawn as vectors (sharp at any zoom, small, printable in black and white): horizontal bars for
 * long labels (categories, outcome types, platforms), vertical columns for a series such as the twelve
 * months. Each bar carries its value; a series of zeros still draws its axis and says so by its values.
 *
 * <pre>{@code
 * doc.drawing(chart.height(doc.layout().typeWidth()), chart);
 * }</pre>
 */
public final class BarChart implements PdfComposer.Drawing {

    /** One bar. */
    public record Bar(String label, long value) {
    }

    private static final float TITLE_SIZE = TextStyle.SIZE_SMALL_4;
    private static final float LABEL_SIZE = 9f;
    private static final float ROW = 13f;
    private static final float COLUMNS_HEIGHT = 150f;
    private static final float BAR_GREY = 0.45f;

    private final String title;
    private final List<Bar> bars;
    private final boolean vertical;

    private BarChart(String title, List<Bar> bars, boolean vertical) {
        this.title = title;
        this.bars = List.copyOf(bars);
        this.vertical = vertical;
    }

    public static BarChart horizontal(String title, List<Bar> bars) {
        return new BarChart(title, bars, false);
    }

    public static BarChart vertical(String title, List<Bar> bars) {
        return new BarChart(title, bars, true);
    }

    /** The height the chart needs, in points. */
    public float height() {
        float titleHeight = TITLE_SIZE * 2.2f;
        return titleHeight + (vertical ? COLUMNS_HEIGHT : Math.max(1, bars.size()) * ROW + 6);
    }

    private long max() {
        return Math.max(1, bars.stream().mapToLong(Bar::value).max().orElse(1));
    }

    @Override
    public void draw(PdfCanvas canvas) throws IOException {
        float top = canvas.height();
        canvas.text(title, FontRole.HEADING, TITLE_SIZE, canvas.width() / 2, top - TITLE_SIZE * 1.2f, Align.CENTER);
        float area = top - TITLE_SIZE * 2.2f;
        if (vertical) {
            columns(canvas, area);
        } else {
            rows(canvas, area);
        }
    }

    private void rows(PdfCanvas canvas, float area) throws IOException {
        float labelWidth = 0;
        for (Bar bar : bars) {
            labelWidth = Math.max(labelWidth, canvas.textWidth(bar.label(), FontRole.BODY, LABEL_SIZE));
        }
        labelWidth = Math.min(labelWidth + 6, canvas.width() * 0.45f);
        float valueRoom = canvas.textWidth("0000000", FontRole.BODY, LABEL_SIZE);
        float barRoom = canvas.width() - labelWidth - valueRoom;
        long max = max();
        float y = area;
        for (Bar bar : bars) {
            y -= ROW;
            String label = fit(canvas, bar.label(), labelWidth - 6);
            canvas.text(label, FontRole.BODY, LABEL_SIZE, labelWidth - 4, y + 3.5f, Align.RIGHT);
            float w = barRoom * bar.value() / max;
            if (w > 0) {
                canvas.fill(labelWidth, y + 2, w, ROW - 4, BAR_GREY);
            }
            canvas.text(String.valueOf(bar.value()), FontRole.BODY, LABEL_SIZE, labelWidth + w + 3, y + 3.5f, Align.LEFT);
        }
        canvas.line(labelWidth, y, labelWidth, area, 0.6f);
    }

    private void columns(PdfCanvas canvas, float area) throws IOException {
        float base = LABEL_SIZE * 2;
        float plot = area - base - LABEL_SIZE * 1.8f;
        float slot = canvas.width() / Math.max(1, bars.size());
        long max = max();
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            float x = i * slot;
            float h = plot * bar.value() / max;
            if (h > 0) {
                canvas.fill(x + slot * 0.2f, base, slot * 0.6f, h, BAR_GREY);
            }
            canvas.text(String.valueOf(bar.value()), FontRole.BODY, LABEL_SIZE, x + slot / 2, base + h + 3, Align.CENTER);
            canvas.text(fit(canvas, bar.label(), slot - 2), FontRole.BODY, LABEL_SIZE, x + slot / 2, base - LABEL_SIZE * 1.3f,
                    Align.CENTER);
        }
        canvas.line(0, base, canvas.width(), base, 0.6f);
    }

    /** The label, shortened with "…" to fit {@code width}. */
    private static String fit(PdfCanvas canvas, String label, float width) {
        if (canvas.textWidth(label, FontRole.BODY, LABEL_SIZE) <= width) {
            return label;
        }
        String cut = label;
        while (cut.length() > 1 && canvas.textWidth(cut + "…", FontRole.BODY, LABEL_SIZE) > width) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut + "…";
    }
}
