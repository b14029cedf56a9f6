package no.farvel.batch.input.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import no.farvel.batch.BatchLimits;
import no.farvel.core.json.ReadError;

/**
 * Collects the cells of each sheet row as they stream past; the first row names the columns. A cell or row longer
 * than its limit makes that row an error on its own; a header that breaks a limit stops the sheet.
 */
final class SheetRows implements SheetContentsHandler {
    private final String source;
    private final Consumer<Row> rows;
    private final int maxRowChars;
    private final int maxColumns;
    private final Map<Integer, String> header = new HashMap<>();
    private boolean headerDone;
    private int rowNumber;
    private List<Row.Cell> cells;
    private long rowChars;
    private ReadError error;

    SheetRows(String source, Consumer<Row> rows, int maxRowChars, int maxColumns) {
        this.source = source;
        this.rows = rows;
        this.maxRowChars = maxRowChars;
        this.maxColumns = maxColumns;
    }

    @Override
    public void startRow(int rowNum) {
        rowNumber = rowNum + 1;
        cells = new ArrayList<>();
        rowChars = 0;
        error = null;
    }

    @Override
    public void endRow(int rowNum) {
        if (!headerDone) {
            if (error != null) {
                throw new HeaderException(rowNumber, "the header row cannot be read: " + error.message());
            }
            if (header.size() > maxColumns) {
                throw new HeaderException(rowNumber, "the header names " + header.size() + " columns; a list sheet "
                        + "has at most " + maxColumns + " (its id and the fields of one entry)");
            }
            headerDone = true;
            return;
        }
        if (error != null) {
            List<Row.Cell> id = cells.stream().filter(c -> c.column().equals("id") && c.value().length() <= 64)
                    .toList();
            rows.accept(new Row(source, rowNumber, id, error));
        } else if (!cells.isEmpty()) {
            rows.accept(new Row(source, rowNumber, cells));
        }
    }

    @Override
    public void cell(String cellReference, String formattedValue, XSSFComment comment) {
        if (formattedValue == null || formattedValue.isEmpty() || error != null) {
            return;
        }
        int column = cellReference == null ? cells.size() + header.size() : new CellReference(cellReference).getCol();
        String where = cellReference == null ? "a cell" : "cell " + cellReference;
        rowChars += formattedValue.length();
        if (formattedValue.length() > BatchLimits.MAX_FIELD_CHARS) {
            error = new ReadError(source, rowNumber, 0, "", where + " is longer than the limit of "
                    + LimitText.number(BatchLimits.MAX_FIELD_CHARS) + " characters for one value");
            return;
        }
        if (rowChars > maxRowChars) {
            error = new ReadError(source, rowNumber, 0, "", "the row is longer than the limit of "
                    + LimitText.number(maxRowChars) + " characters for a row (" + LimitText.RECORD_OPTION + ")");
            return;
        }
        if (!headerDone) {
            header.put(column, formattedValue.strip());
            return;
        }
        String name = header.get(column);
        cells.add(new Row.Cell(name != null ? name : "column " + CellReference.convertNumToColString(column),
                formattedValue));
    }

    /** The header row breaks a limit: the sheet cannot be read. */
    static final class HeaderException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final int line;

        HeaderException(int line, String message) {
            super(message, null, false, false);
            this.line = line;
        }

        int line() {
            return line;
        }
    }
}
