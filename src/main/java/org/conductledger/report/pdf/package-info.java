/**
 * The PDF engine for every printed document (forms, registers, the annual review), on PDFBox:
 * <ul>
 *   <li>{@link org.conductledger.report.pdf.FontLocator} finds the official faces (仿宋, 黑体, 楷体, 宋体, 小标宋)
 *       installed here and resolves a {@link org.conductledger.report.pdf.FontSet}, falling back to the shipped
 *       font; faces are always embedded as subsets;</li>
 *   <li>{@link org.conductledger.report.pdf.PdfComposer} lays a document out top-down in the GB/T 9704 frame
 *       ({@link org.conductledger.report.pdf.PageLayout}, {@link org.conductledger.report.pdf.DocumentOptions}):
 *       titles, paragraphs, ruled {@link org.conductledger.report.pdf.Grid}s of {@link org.conductledger.report.pdf.Cell}s
 *       with signature boxes, page numbers "— N —";</li>
 *   <li>{@link org.conductledger.report.pdf.TablePdf} prints {@code exchange.TableData} as wide tables with
 *       repeated headers ({@link org.conductledger.report.pdf.TableOptions});</li>
 *   <li>{@link org.conductledger.report.pdf.TextWrap} breaks Chinese and Latin text into lines.</li>
 * </ul>
 * No file paths and no words of its own: output goes to a stream or bytes, texts come from the caller's bundle.
 */
package org.conductledger.report.pdf;
