package cn.hazardledger.taskservice.campaign.breakdown;

import org.apache.poi.poifs.filesystem.FileMagic;

import java.util.List;
import java.util.Locale;

/**
 * Imports a campaign's breakdown table (任务分解表) from a CSV or XLSX file laid out as the table of 三星府发〔2023〕76号: the whole
 * breakdown, or every problem with its row, column and reason in Chinese and nothing imported.
 *
 * <p>The kind of file is told by its content, never by its name: an XLSX is a ZIP package (POI's
 * {@link FileMagic}); an old .xls, an encrypted workbook, a PDF or a picture is refused with what to do
 * instead; anything else is read as CSV text.
 */
public final class BreakdownImport {

    private BreakdownImport() {
    }

    /**
     * Reads a breakdown table.
     *
     * @param content      the file's bytes
     * @param fileName     the name it was uploaded under (may be null): the content decides what the file is, the
     *                     name only explains a refusal (an ".xlsx" that is no workbook)
     * @param campaignYear the year the campaign's deadlines are read against ("6月底" of 2023 is 2023-06-30)
     */
    public static ImportResult read(byte[] content, String fileName, int campaignYear) {
        try {
            return BreakdownReader.read(table(content, fileName), campaignYear);
        } catch (UnreadableFile e) {
            return new ImportResult.Rejected(List.of(e.problem()));
        }
    }

    private static Table table(byte[] content, String fileName) {
        if (content.length == 0) {
            throw new UnreadableFile("文件是空的");
        }
        FileMagic magic = FileMagic.valueOf(content);
        if (magic != FileMagic.OOXML && fileName != null && fileName.strip().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            throw new UnreadableFile("文件名为“" + fileName.strip() + "”，内容却不是 Excel 工作簿（文件可能已损坏，或只是改了扩展名）");
        }
        return switch (magic) {
            case OOXML -> XlsxTable.read(content);
            case OLE2, BIFF2, BIFF3, BIFF4 -> throw new UnreadableFile(
                    "文件是旧版 Excel 97-2003（.xls）或加密的工作簿，无法读取：请在 Excel 中另存为“Excel 工作簿（.xlsx）”，并取消密码");
            case UNKNOWN -> CsvTable.read(content);
            default -> throw new UnreadableFile("文件不是 CSV 或 XLSX 文件");
        };
    }
}
