package org.conductledger.report.pdf;

/** Horizontal alignment of text in a line or a cell. */
public enum Align {
    LEFT, CENTER, RIGHT
}
