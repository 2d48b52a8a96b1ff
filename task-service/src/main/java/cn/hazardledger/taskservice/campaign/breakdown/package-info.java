/**
 * A campaign's breakdown table (任务分解表, docs/domain.md "Tasks"): main actions (主要行动) break into key
 * tasks (重点任务), key tasks into specific tasks (具体任务), each specific task with its lead leaders
 * (牵头领导), responsible units (责任科室), deadline (完成时限) and the cadence its text states.
 *
 * <p>Plain Java and Apache POI, no database and no server: {@link BreakdownImport} reads a CSV or XLSX file
 * laid out as the table of 三星府发〔2023〕76号 into a whole {@link Breakdown} or the complete list of
 * {@link ImportProblem}s, never a part; {@link BreakdownExport} writes a breakdown back in the same layout;
 * {@link Periods} answers the periods of an ongoing task with a cadence, each with a stable key.
 *
 * <h2>How a table is read</h2>
 * <ul>
 * <li><b>The file</b> is told by its content: an XLSX by POI's {@code FileMagic} (a ZIP package), read with
 * POI's streaming SAX reader ({@link XlsxTable}); an .xls, an encrypted workbook, a PDF or a picture is refused
 * with what to do; anything else is CSV ({@link CsvTable}). A CSV in GBK, which Excel on Chinese Windows writes
 * by default, is decoded rather than refused (see {@link CsvTable} for why that is safe).</li>
 * <li><b>The header</b> is the first of the top ten rows that names at least three known columns, so one or
 * two title rows above it ("附件", the table's title) are passed over; the longest single text above it is
 * the title ({@link Header}). Every header cell must name a known column (a few other names real tables use,
 * such as 责任单位, are accepted), and 主要行动, 重点任务, 具体任务, 牵头领导, 责任科室, 完成时限 must be there.</li>
 * <li><b>Merged cells</b> of an XLSX give their value to every cell they cover. <b>A blank cell</b> of
 * 主要行动, 重点任务, 牵头领导, 责任科室 or 完成时限 means "same as the row above", in CSV and XLSX alike
 * (the fixture's (18) takes its leaders from (17) across a key task). 备注 does not: a blank remark is no
 * remark, and only a merged one repeats. A new main action must name its key task. 序号 is not read: the
 * original numbers it loosely (1, 2, blank, 3 … 21, 27).</li>
 * <li><b>Numbering</b> is read from each cell, whatever the form ("（一）", "一、", "1.", "1．", "1、",
 * "（1）", "(1)"), and kept as written ("一", "12"); the level is the column's. An export writes the
 * document's forms: "（一）", "1.", "（1）".</li>
 * <li><b>Deadlines</b> are read exactly or refused ({@link DeadlineWords}); <b>cadence</b> is the most frequent
 * one the task's text states, else the one its deadline states ("每月底") ({@link Cadence}).</li>
 * <li><b>Problems</b> name the row as the file shows it (Excel's row number; the CSV record's number, header
 * included), the column by its header and the reason in Chinese. A cell that cannot be read is reported on its
 * own row only, not again on the rows that repeat it.</li>
 * </ul>
 */
package cn.hazardledger.taskservice.campaign.breakdown;
