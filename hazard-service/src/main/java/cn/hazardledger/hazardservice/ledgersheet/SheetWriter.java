package cn.hazardledger.hazardservice.ledgersheet;

import cn.hazardledger.hazardservice.hazard.Hazard;

import java.io.IOException;

/** Writes the ledger sheet one hazard at a time, in the order given; {@link #close} releases what it holds. */
interface SheetWriter extends AutoCloseable {

    void row(Hazard hazard) throws IOException;

    /** Writes what is still to write (the whole workbook, for XLSX) to the response. */
    void finish() throws IOException;

    @Override
    void close() throws IOException;
}
