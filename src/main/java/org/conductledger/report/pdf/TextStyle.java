package org.conductledger.report.pdf;

/**
 * How a block of text is set: face, size in points, alignment, line height as a multiple of the size, and a
 * first-line indent in characters (2 for body paragraphs). The sizes of Chinese type: 2号 22 pt, 3号 16 pt,
 * 4号 14 pt, 小4 12 pt, 5号 10.5 pt.
 */
public record TextStyle(FontRole role, float size, Align align, float leading, float indentChars) {

    public static final float SIZE_2 = 22f;
    public static final float SIZE_3 = 16f;
    public static final float SIZE_4 = 14f;
    public static final float SIZE_SMALL_4 = 12f;
    public static final float SIZE_5 = 10.5f;

    /** 2号小标宋, centred: a document title. */
    public static final TextStyle TITLE = new TextStyle(FontRole.TITLE, SIZE_2, Align.CENTER, 1.45f, 0);
    /** 3号楷体, centred: a line under the title (organisation, period). */
    public static final TextStyle SUBTITLE = new TextStyle(FontRole.KAITI, SIZE_3, Align.CENTER, 1.5f, 0);
    /** 3号黑体: a first-level heading (一、…). */
    public static final TextStyle HEADING = new TextStyle(FontRole.HEADING, SIZE_3, Align.LEFT, 1.6f, 0);
    /** 3号仿宋, first line indented two characters: body text. */
    public static final TextStyle BODY = new TextStyle(FontRole.BODY, SIZE_3, Align.LEFT, 1.75f, 2);
    /** 4号仿宋: notes under a form or a table. */
    public static final TextStyle NOTE = new TextStyle(FontRole.BODY, SIZE_4, Align.LEFT, 1.5f, 0);

    public TextStyle withAlign(Align a) {
        return new TextStyle(role, size, a, leading, indentChars);
    }

    public TextStyle withSize(float s) {
        return new TextStyle(role, s, align, leading, indentChars);
    }

    float lineHeight() {
        return size * leading;
    }
}
