package org.conductledger.report.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Line breaking for mixed Chinese and Latin text: a break may fall between any two Chinese characters, Latin
 * words and numbers stay whole unless longer than a line, explicit newlines are kept, and a closing
 * punctuation mark (，。、；：？！）」》…) never starts a line — it takes the previous character with it
 * (避头尾). Only whitespace at a break is dropped; no other character is ever lost.
 */
public final class TextWrap {

    private static final String NO_LINE_START = "，。、；：？！）」》】〕’”…·．,.;:?!)]}%〉』";

    private TextWrap() {
    }

    /** The lines of {@code text} no wider than {@code width} as measured (a single over-wide character stands alone). */
    public static List<String> wrap(String text, double width, ToDoubleFunction<String> measure) {
        return wrap(text, width, width, measure);
    }

    /** As {@link #wrap(String, double, ToDoubleFunction)}, the first line of each paragraph {@code firstWidth} wide (an indent). */
    public static List<String> wrap(String text, double firstWidth, double width, ToDoubleFunction<String> measure) {
        List<String> lines = new ArrayList<>();
        String clean = text == null ? "" : text.replace("\r\n", "\n").replace('\r', '\n').replace('\t', ' ');
        for (String paragraph : clean.split("\n", -1)) {
            int before = lines.size();
            wrapParagraph(paragraph, () -> lines.size() == before ? firstWidth : width, measure, lines);
        }
        return lines;
    }

    private static void wrapParagraph(String paragraph, java.util.function.DoubleSupplier limit, ToDoubleFunction<String> measure,
                                      List<String> lines) {
        StringBuilder line = new StringBuilder();
        double lineWidth = 0;
        for (String token : tokens(paragraph)) {
            double width = limit.getAsDouble();
            double w = measure.applyAsDouble(token);
            boolean space = token.isBlank();
            if (lineWidth + w <= width) {
                if (!(space && line.length() == 0)) {
                    line.append(token);
                    lineWidth += w;
                }
                continue;
            }
            if (space) {                      // a space at the break is dropped
                lines.add(line.toString().stripTrailing());
                line.setLength(0);
                lineWidth = 0;
                continue;
            }
            if (w > width) {                  // a word longer than a line: break it between characters
                if (line.length() > 0 && lineWidth + measure.applyAsDouble(token.substring(0, token.offsetByCodePoints(0, 1))) > width) {
                    lines.add(line.toString().stripTrailing());
                    line.setLength(0);
                    lineWidth = 0;
                }
                for (int i = 0; i < token.length(); ) {
                    int cp = token.codePointAt(i);
                    String ch = new String(Character.toChars(cp));
                    i += Character.charCount(cp);
                    double cw = measure.applyAsDouble(ch);
                    if (lineWidth + cw > limit.getAsDouble() && line.length() > 0) {
                        lines.add(line.toString().stripTrailing());
                        line.setLength(0);
                        lineWidth = 0;
                    }
                    line.append(ch);
                    lineWidth += cw;
                }
                continue;
            }
            String carried = "";
            if (NO_LINE_START.indexOf(token.codePointAt(0)) >= 0 && line.codePointCount(0, line.length()) > 1) {
                int last = line.offsetByCodePoints(line.length(), -1);
                if (!Character.isWhitespace(line.codePointAt(last))) {
                    carried = line.substring(last);
                    line.setLength(last);
                }
            }
            lines.add(line.toString().stripTrailing());
            line.setLength(0);
            line.append(carried).append(token);
            lineWidth = measure.applyAsDouble(line.toString());
        }
        lines.add(line.toString().stripTrailing());
    }

    /** Chinese characters and punctuation one by one, Latin words and numbers whole, each space its own token. */
    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            boolean latin = cp < 0x2E80 && !Character.isWhitespace(cp) && NO_LINE_START.indexOf(cp) < 0 || isLatinPunct(cp);
            if (latin) {
                word.appendCodePoint(cp);
                continue;
            }
            if (word.length() > 0) {
                tokens.add(word.toString());
                word.setLength(0);
            }
            tokens.add(new String(Character.toChars(cp)));
        }
        if (word.length() > 0) {
            tokens.add(word.toString());
        }
        return tokens;
    }

    /** ASCII punctuation stays with its word (e.g. "U.S.", "3.5%", "a,b") so a line does not start with it. */
    private static boolean isLatinPunct(int cp) {
        return cp < 0x80 && !Character.isWhitespace(cp) && !Character.isLetterOrDigit(cp);
    }
}
