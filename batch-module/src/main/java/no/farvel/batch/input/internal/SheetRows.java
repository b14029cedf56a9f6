package no.farvel.batch.input.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;

/** Collects the cells of each sheet row as they stream past; the first row names the columns. */
final class SheetRows implements SheetContentsHandler {
    private final String source;
    private final Consumer<Row> rows;
    private final Map<Integer, String> header = new HashMap<>();
    private boolean headerDone;
    private int rowNumber;
    private List<Row.Cell> cells;

    SheetRows(String source, Consumer<Row> rows) {
        this.source = source;
        this.rows = rows;
    }

    @Override
    public void startRow(int rowNum) {
        rowNumber = rowNum + 1;
        cells = new ArrayList<>();
    }

    @Override
    public void endRow(int rowNum) {
        if (!headerDone) {
            headerDone = true;
            return;
        }
        if (!cells.isEmpty()) {
            rows.accept(new Row(source, rowNumber, cells));
        }
    }

    @Override
    public void cell(String cellReference, String formattedValue, XSSFComment comment) {
        if (formattedValue == null || formattedValue.isEmpty()) {
            return;
        }
        int column = new CellReference(cellReference).getCol();
        if (!headerDone) {
            header.put(column, formattedValue.strip());
            return;
        }
        String name = header.get(column);
        cells.add(new Row.Cell(name != null ? name : "column " + CellReference.convertNumToColString(column), formattedValue));
    }
}
