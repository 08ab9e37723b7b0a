package org.conductledger.model;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds one article of a regulation's text: "第十四条 …" up to the next article, or a numbered section
 * "四、…" up to the next section. An article marker counts only at the start of a line or after a
 * full stop, so a reference inside a sentence ("依照第五条") is not taken for a heading.
 */
public final class ArticleText {

    private static final String NUMERAL = "[一二三四五六七八九十百零]+";
    private static final Pattern ARTICLE = Pattern.compile("(?:^|(?<=[。\\n]))\\s*(第" + NUMERAL + "条)", Pattern.MULTILINE);
    private static final Pattern SECTION = Pattern.compile("^\\s*(" + NUMERAL + ")、", Pattern.MULTILINE);

    private ArticleText() {
    }

    /** {@code article} is "第十四条" or a section "四". */
    public static Optional<String> find(String text, String article) {
        if (text == null || article == null || article.isBlank()) {
            return Optional.empty();
        }
        boolean section = !article.startsWith("第");
        Matcher m = (section ? SECTION : ARTICLE).matcher(text);
        int start = -1;
        while (m.find()) {
            if (start >= 0) {
                return Optional.of(clean(text.substring(start, m.start())));
            }
            if (m.group(1).equals(article)) {
                start = m.start(1);
            }
        }
        if (start < 0) {
            return Optional.empty();
        }
        // The last article: up to the next blank-line paragraph break.
        int end = text.indexOf("\n\n", start);
        return Optional.of(clean(text.substring(start, end < 0 ? text.length() : end)));
    }

    private static String clean(String s) {
        return s.replaceAll("[ \\t\\u3000]*\\n[ \\t\\u3000]*", "\n").replaceAll("\\n{2,}", "\n").strip();
    }
}
