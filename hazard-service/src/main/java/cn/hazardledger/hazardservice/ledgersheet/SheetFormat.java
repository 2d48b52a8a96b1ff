package cn.hazardledger.hazardservice.ledgersheet;

import org.apache.poi.poifs.filesystem.FileMagic;

import java.nio.file.Path;

/** What an uploaded ledger is, told from its bytes, never from its name: an XLSX workbook or CSV text. */
enum SheetFormat {
    XLSX, CSV;

    static SheetFormat of(byte[] content) {
        if (content.length == 0) {
            throw new UnreadableSheet("文件是空的", false);
        }
        return switch (FileMagic.valueOf(content)) {
            case OOXML -> XLSX;
            case UNKNOWN -> CSV;
            case OLE2, BIFF2, BIFF3, BIFF4 -> throw new UnreadableSheet("文件是旧版 Excel 97-2003（.xls）或加密的工作簿："
                    + "请在 Excel 中另存为“Excel 工作簿（.xlsx）”，或“CSV UTF-8（逗号分隔）”", true);
            default -> throw new UnreadableSheet("文件不是 XLSX 或 CSV 文件", true);
        };
    }

    /** The file as a table; {@code content} is the file's bytes, {@code file} where they are on disk. */
    SheetTable read(Path file, byte[] content) {
        return this == XLSX ? XlsxSheetReader.read(file.toFile()) : CsvSheetReader.read(content);
    }
}
