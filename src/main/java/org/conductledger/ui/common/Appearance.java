package org.conductledger.ui.common;

import java.util.List;

/**
 * How this user's windows look on this PC: the font size as a percentage of the normal 13 px (many users are
 * older and read on small office monitors) and the light or dark theme.
 */
public record Appearance(int fontPercent, boolean dark) {

    public static final List<Integer> FONT_PERCENTS = List.of(100, 110, 125, 150);
    public static final Appearance DEFAULT = new Appearance(100, false);
    static final double BASE_FONT_PX = 13;

    public Appearance {
        if (!FONT_PERCENTS.contains(fontPercent)) {
            fontPercent = 100;
        }
    }

    /** The root font size every window's em-based sizes follow. */
    public double fontPx() {
        return BASE_FONT_PX * fontPercent / 100.0;
    }
}
