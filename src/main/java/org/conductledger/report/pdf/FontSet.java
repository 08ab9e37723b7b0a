package org.conductledger.report.pdf;

import java.util.EnumMap;
import java.util.Map;

/**
 * The faces found for each {@link FontRole} on this computer, and the shipped fallback. Immutable; resolve it
 * once ({@link FontLocator#resolve()}) and hand it to every {@link PdfComposer} and {@link TablePdf}.
 */
public final class FontSet {

    private final Map<FontRole, FontSource> installed;
    private final FontSource fallback;

    public FontSet(Map<FontRole, FontSource> installed, FontSource fallback) {
        this.installed = installed.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(installed));
        this.fallback = fallback;
    }

    /** Only the shipped font: pages look the same on every computer (tests, or when asked). */
    public static FontSet shippedOnly() {
        return new FontSet(Map.of(), FontSource.classpath(FontLocator.FALLBACK_RESOURCE));
    }

    /** The installed official face for exactly this role, if one was found. */
    public java.util.Optional<FontSource> installed(FontRole role) {
        return java.util.Optional.ofNullable(installed.get(role));
    }

    /** The face a role is drawn with: its own, the next role's (小标宋 → 黑体, 楷体/宋体 → 仿宋), or the fallback. */
    public FontSource source(FontRole role) {
        for (FontRole r = role; r != null; r = r.next()) {
            FontSource s = installed.get(r);
            if (s != null) {
                return s;
            }
        }
        return fallback;
    }

    public FontSource fallback() {
        return fallback;
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        for (FontRole role : FontRole.values()) {
            b.append(role).append('=').append(source(role).name()).append(' ');
        }
        return b.toString().strip();
    }
}
