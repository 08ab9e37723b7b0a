package org.conductledger.model;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A regulation's text cut into what the 法规 window lists: each article ("第十四条 …") or numbered section
 * ("四、…") on its own, and the headings and paragraphs between them. Article markers count where
 * {@link ArticleText} counts them (line start or after a full stop), so the cuts match the cited articles.
 */
public final class RegulationParagraphs {

    private static final String NUMERAL = "[一二三四五六七八九十百零]+";
    private static final Pattern ARTICLE = Pattern.compile("(?:^|(?<=[。\\n]))\\s*(第" + NUMERAL + "条)", Pattern.MULTILINE);
    private static final Pattern SECTION = Pattern.compile("^\\s*(" + NUMERAL + ")、", Pattern.MULTILINE);
    private static final Pattern BREAK = Pattern.compile("\\n\\s*\\n");

    /** One paragraph; {@code article} is "第十四条", a section "四", or null for headings and other text. */
    public record Paragraph(String article, String text) {
    }

    private RegulationParagraphs() {
    }

    public static List<Paragraph> of(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
        for (Pattern p : List.of(ARTICLE, SECTION)) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                cuts.add(m.start(1));
            }
        }
        Matcher breaks = BREAK.matcher(text);
        while (breaks.find()) {
            cuts.add(breaks.end());
        }
        List<Paragraph> paragraphs = new ArrayList<>();
        Integer previous = null;
        for (int cut : cuts) {
            if (previous != null) {
                String chunk = text.substring(previous, cut).strip().replaceAll("[ \\t\\u3000]*\\n[ \\t\\u3000]*", "\n");
                if (!chunk.isEmpty()) {
                    paragraphs.add(new Paragraph(articleOf(chunk), chunk));
                }
            }
            previous = cut;
        }
        return List.copyOf(paragraphs);
    }

    private static String articleOf(String chunk) {
        Matcher article = Pattern.compile("^(第" + NUMERAL + "条)").matcher(chunk);
        if (article.find()) {
            return article.group(1);
        }
        Matcher section = Pattern.compile("^(" + NUMERAL + ")、").matcher(chunk);
        return section.find() ? section.group(1) : null;
    }
}
