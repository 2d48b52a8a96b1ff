package cn.hazardledger.hazardservice.ledgersheet;

/**
 * A file the import cannot read as a table at all. {@code wrongType}: the file is some other kind of file (an
 * old .xls, a PDF), a 415; otherwise a damaged workbook or undecodable text, a 400 naming the file.
 */
final class UnreadableSheet extends RuntimeException {

    private final boolean wrongType;

    UnreadableSheet(String reason, boolean wrongType) {
        super(reason, null, false, false);
        this.wrongType = wrongType;
    }

    boolean wrongType() {
        return wrongType;
    }
}
