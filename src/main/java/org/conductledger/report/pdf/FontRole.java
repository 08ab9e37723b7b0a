package org.conductledger.report.pdf;

/**
 * What a face is used for on an official page (GB/T 9704-2012): titles in 小标宋, headings and marks in 黑体,
 * body and cells in 仿宋, second-level headings in 楷体, 宋体 for page numbers. Each role falls back along
 * {@link #next()} and finally to the font shipped with the application.
 */
public enum FontRole {
    /** 小标宋 (方正小标宋简体), usually licensed separately; falls back to 黑体. */
    TITLE,
    /** 黑体. */
    HEADING,
    /** 仿宋 (仿宋_GB2312 in practice). */
    BODY,
    /** 楷体; falls back to 仿宋. */
    KAITI,
    /** 宋体; falls back to 仿宋. */
    SONG;

    /** The role whose face stands in when this one's is not installed, or null: then the shipped font. */
    public FontRole next() {
        return switch (this) {
            case TITLE -> HEADING;
            case KAITI, SONG -> BODY;
            default -> null;
        };
    }
}
