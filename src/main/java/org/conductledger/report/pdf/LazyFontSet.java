package org.conductledger.report.pdf;

import java.util.function.Supplier;

/**
 * The installed official faces, looked for once, the first time a PDF is made (off the JavaFX thread),
 * then kept for the session.
 */
public final class LazyFontSet implements Supplier<FontSet> {

    private final Supplier<FontSet> resolve;
    private FontSet fonts;

    public LazyFontSet(Supplier<FontSet> resolve) {
        this.resolve = resolve;
    }

    /** The system's font directories (see {@link FontLocator#systemDirectories()}). */
    public static LazyFontSet system() {
        return new LazyFontSet(() -> new FontLocator(FontLocator.systemDirectories()).resolve());
    }

    @Override
    public synchronized FontSet get() {
        if (fonts == null) {
            fonts = resolve.get();
        }
        return fonts;
    }
}
