package org.conductledger.report.pdf;

/**
 * A page and its type area (版心), in points. {@link #A4_PORTRAIT} is GB/T 9704-2012: 天头 37 mm, 订口 28 mm,
 * 版心 156×225 mm. {@link #A4_LANDSCAPE} (for registers) keeps the binding edge on the left: 25 mm left,
 * 20 mm top, 版心 247×160 mm, which leaves 30 mm at the bottom for the page number.
 */
public record PageLayout(float width, float height, float left, float top, float typeWidth, float typeHeight) {

    public static final PageLayout A4_PORTRAIT = ofMm(210, 297, 28, 37, 156, 225);
    public static final PageLayout A4_LANDSCAPE = ofMm(297, 210, 25, 20, 247, 160);

    public static float mm(double millimetres) {
        return (float) (millimetres * 72.0 / 25.4);
    }

    public static PageLayout ofMm(double width, double height, double left, double top, double typeWidth, double typeHeight) {
        return new PageLayout(mm(width), mm(height), mm(left), mm(top), mm(typeWidth), mm(typeHeight));
    }

    public boolean landscape() {
        return width > height;
    }

    /** The y (from the bottom, as PDF counts) of the type area's top edge. */
    float typeTop() {
        return height - top;
    }

    float typeBottom() {
        return height - top - typeHeight;
    }

    float right() {
        return left + typeWidth;
    }
}
