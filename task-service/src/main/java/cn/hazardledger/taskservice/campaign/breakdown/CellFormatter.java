package cn.hazardledger.taskservice.campaign.breakdown;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

import java.time.LocalDate;
import java.util.Locale;

/**
 * A cell's text as the table shows it, except that a date cell (a deadline typed as a date) becomes Chinese
 * words with its year ("2023年6月30日"), which the deadline reader reads exactly, whatever display format the
 * office's Excel used.
 */
final class CellFormatter extends DataFormatter {

    CellFormatter() {
        super(Locale.ROOT);
    }

    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
        if ((isChineseDateFormat(formatIndex) || DateUtil.isADateFormat(formatIndex, formatString)) && DateUtil.isValidExcelDate(value)) {
            LocalDate date = DateUtil.getLocalDateTime(value, use1904Windowing).toLocalDate();
            return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
        }
        return super.formatRawCellContents(value, formatIndex, formatString, use1904Windowing);
    }

    /**
     * The built-in formats 27–36 and 50–58 are the East Asian dates (yyyy"年"m"月"d"日" and the like) that
     * Chinese Excel writes by number alone; POI knows them only as "reserved".
     */
    private static boolean isChineseDateFormat(int formatIndex) {
        return formatIndex >= 27 && formatIndex <= 36 || formatIndex >= 50 && formatIndex <= 58;
    }
}
