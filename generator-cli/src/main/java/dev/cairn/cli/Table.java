package dev.cairn.cli;

import java.util.ArrayList;
import java.util.List;

/** Text columns padded to their widest cell, for output people read; the last column is not padded. */
final class Table {

    private final String indent;
    private final List<String[]> rows = new ArrayList<>();

    Table(String indent) {
        this.indent = indent;
    }

    /** Adds a row; a {@code null} cell prints as nothing. */
    Table row(String... cells) {
        rows.add(cells);
        return this;
    }

    /** The rows, one per line, each ending in a newline, without trailing spaces. */
    String render() {
        int columns = 0;
        for (String[] row : rows) {
            columns = Math.max(columns, row.length);
        }
        int[] widths = new int[columns];
        for (String[] row : rows) {
            for (int i = 0; i < row.length - 1; i++) {
                widths[i] = Math.max(widths[i], cell(row, i).length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder(indent);
            for (int i = 0; i < row.length; i++) {
                line.append(cell(row, i));
                if (i < row.length - 1) {
                    line.append(" ".repeat(widths[i] - cell(row, i).length() + 2));
                }
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        return out.toString();
    }

    private static String cell(String[] row, int i) {
        return i < row.length && row[i] != null ? row[i] : "";
    }
}
