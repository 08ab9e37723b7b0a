package org.conductledger.report.pdf;

/**
 * What frames every page: the page layout; the mark at the top left (e.g. "内部资料", 3号黑体; null for none);
 * a number line at the top right (e.g. "编号：BA-2026-0012"; null for none); page numbers "— N —" (4号宋体,
 * 7 mm below the type area, odd pages right, even pages left, one character in); the PDF's title and author
 * properties. The engine holds no words of its own: callers pass them from the bundles.
 */
public record DocumentOptions(PageLayout layout, String mark, String numberLine, boolean pageNumbers, String title,
                              String author) {

    public static DocumentOptions portrait() {
        return new DocumentOptions(PageLayout.A4_PORTRAIT, null, null, true, null, null);
    }

    public static DocumentOptions landscape() {
        return new DocumentOptions(PageLayout.A4_LANDSCAPE, null, null, true, null, null);
    }

    public DocumentOptions withMark(String text) {
        return new DocumentOptions(layout, text, numberLine, pageNumbers, title, author);
    }

    public DocumentOptions withNumberLine(String text) {
        return new DocumentOptions(layout, mark, text, pageNumbers, title, author);
    }

    public DocumentOptions withPageNumbers(boolean on) {
        return new DocumentOptions(layout, mark, numberLine, on, title, author);
    }

    public DocumentOptions withTitle(String text) {
        return new DocumentOptions(layout, mark, numberLine, pageNumbers, text, author);
    }

    public DocumentOptions withAuthor(String text) {
        return new DocumentOptions(layout, mark, numberLine, pageNumbers, title, text);
    }
}
