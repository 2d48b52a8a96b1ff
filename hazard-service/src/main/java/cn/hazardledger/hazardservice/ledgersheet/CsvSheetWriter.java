package cn.hazardledger.hazardservice.ledgersheet;

import cn.hazardledger.hazardservice.hazard.Hazard;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;

/**
 * The ledger as CSV, each row written as it arrives: UTF-8 with a byte-order mark, without which Excel on a
 * Chinese Windows reads the file as GBK and shows mojibake; RFC 4180 with CRLF, as Excel writes it.
 */
final class CsvSheetWriter implements SheetWriter {

    static final char BOM = '\uFEFF';

    private final CSVPrinter printer;
    private final String[] cells = new String[SheetColumn.values().length];

    CsvSheetWriter(OutputStream out) throws IOException {
        BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
        writer.write(BOM);
        printer = new CSVPrinter(writer, CSVFormat.DEFAULT);
        for (SheetColumn c : SheetColumn.values()) {
            cells[c.ordinal()] = c.header();
        }
        printer.printRecord((Object[]) cells);
    }

    @Override
    public void row(Hazard hazard) throws IOException {
        for (SheetColumn c : SheetColumn.values()) {
            String text = CellText.of(c.valueOf(hazard));
            cells[c.ordinal()] = c.kind() == SheetColumn.Kind.TEXT ? CellText.guarded(text) : text;
        }
        printer.printRecord((Object[]) cells);
    }

    @Override
    public void finish() throws IOException {
        printer.flush();
    }

    @Override
    public void close() {
        // the response's stream is the container's to close
    }
}
