package org.conductledger.report.pdf;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The faces of one document, loaded on first use and embedded as subsets ({@code PDType0Font.load(doc, ttf,
 * true)}), so the page prints the same anywhere. A character missing from a role's face is drawn with the
 * shipped font; one missing from both becomes "?". The parsed fonts stay open until the document is saved
 * (subsetting happens then) and are closed with this object.
 */
final class PdfFonts implements Closeable {

    /**
     * A face loaded into the document, with its character map to test coverage and each character's advance
     * (PDFBox's getStringWidth encodes and decodes the string anew at every call: a 10,000-row register spent
     * a third of its time there).
     */
    private record Face(String name, PDType0Font font, CmapLookup cmap, Map<Integer, Float> advances) {
        Face(String name, PDType0Font font, CmapLookup cmap) {
            this(name, font, cmap, new HashMap<>());
        }

        boolean has(int codePoint) {
            return cmap.getGlyphId(codePoint) != 0;
        }

        /** The width of {@code text} in thousandths of the font size: the sum of its characters' advances. */
        float width(String text) throws IOException {
            float w = 0;
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                i += Character.charCount(cp);
                Float advance = advances.get(cp);
                if (advance == null) {
                    advance = font.getStringWidth(new String(Character.toChars(cp)));
                    advances.put(cp, advance);
                }
                w += advance;
            }
            return w;
        }
    }

    /** A stretch of text drawn in one face. */
    private record Run(Face face, String text) {
    }

    private final PDDocument document;
    private final FontSet set;
    private final Map<FontSource, Face> loaded = new HashMap<>();
    private final Map<FontRole, Face> byRole = new EnumMap<>(FontRole.class);
    private final List<Closeable> open = new ArrayList<>();
    private final Set<String> used = new LinkedHashSet<>();
    private Face lastUsed;

    PdfFonts(PDDocument document, FontSet set) {
        this.document = document;
        this.set = set;
    }

    /** The width of {@code text} at {@code size} points. */
    float width(FontRole role, String text, float size) {
        float w = 0;
        for (Run run : runs(role, text)) {
            try {
                w += run.face().width(run.text()) / 1000f * size;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return w;
    }

    /** Draws {@code text} with its baseline starting at (x, y). */
    void show(PDPageContentStream cs, FontRole role, String text, float x, float y, float size) throws IOException {
        float at = x;
        for (Run run : runs(role, text)) {
            cs.beginText();
            cs.setFont(run.face().font(), size);
            cs.newLineAtOffset(at, y);
            cs.showText(run.text());
            cs.endText();
            at += run.face().width(run.text()) / 1000f * size;
        }
    }

    /** The file names of the faces actually drawn with, in order of first use. */
    List<String> usedFaces() {
        return List.copyOf(used);
    }

    private List<Run> runs(FontRole role, String text) {
        Face primary = face(role);
        List<Run> runs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        Face currentFace = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            Face f = primary;
            String ch = new String(Character.toChars(cp));
            if (!primary.has(cp)) {
                Face fallback = fallbackFace();
                f = fallback;
                if (!fallback.has(cp)) {
                    ch = "?";
                }
            }
            if (currentFace != null && f != currentFace) {
                runs.add(new Run(currentFace, current.toString()));
                current.setLength(0);
            }
            currentFace = f;
            current.append(ch);
        }
        if (currentFace != null && current.length() > 0) {
            runs.add(new Run(currentFace, current.toString()));
        }
        for (Run r : runs) {
            if (r.face() != lastUsed) {          // nearly every run is in the face before it
                used.add(r.face().name());
                lastUsed = r.face();
            }
        }
        return runs;
    }

    private Face face(FontRole role) {
        return byRole.computeIfAbsent(role, r -> load(set.source(r)));
    }

    private Face fallbackFace() {
        return load(set.fallback());
    }

    private Face load(FontSource source) {
        Face face = loaded.get(source);
        if (face != null) {
            return face;
        }
        try {
            TrueTypeFont ttf = parse(source);
            face = new Face(source.name(), PDType0Font.load(document, ttf, true), ttf.getUnicodeCmapLookup());
        } catch (IOException e) {
            if (source.equals(set.fallback())) {
                throw new UncheckedIOException(e);
            }
            // An installed face that will not parse: draw with the shipped font instead.
            face = fallbackFace();
        }
        loaded.put(source, face);
        return face;
    }

    private TrueTypeFont parse(FontSource source) throws IOException {
        boolean collection;
        try (InputStream in = source.open()) {
            byte[] tag = in.readNBytes(4);
            collection = tag.length == 4 && tag[0] == 't' && tag[1] == 't' && tag[2] == 'c' && tag[3] == 'f';
        }
        if (collection) {
            TrueTypeCollection ttc;
            if (source.path() != null) {
                ttc = new TrueTypeCollection(source.path().toFile());
            } else {
                try (InputStream in = source.open()) {
                    ttc = new TrueTypeCollection(in);
                }
            }
            open.add(ttc);
            TrueTypeFont[] first = new TrueTypeFont[1];
            ttc.processAllFonts(f -> {
                if (first[0] == null) {
                    first[0] = f;
                }
            });
            if (first[0] == null) {
                throw new IOException("empty font collection: " + source.name());
            }
            return first[0];
        }
        TrueTypeFont ttf;
        if (source.path() != null) {
            ttf = new TTFParser().parse(new RandomAccessReadBufferedFile(source.path().toFile()));
        } else {
            try (InputStream in = source.open()) {
                ttf = new TTFParser().parse(new RandomAccessReadBuffer(in));
            }
        }
        open.add(ttf);
        return ttf;
    }

    @Override
    public void close() {
        for (Closeable c : open) {
            try {
                c.close();
            } catch (IOException ignored) {
                // nothing left to do with a font we are done with
            }
        }
        open.clear();
    }
}
