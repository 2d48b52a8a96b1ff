/**
 * A campaign's breakdown table (任务分解表, docs/domain.md "Tasks"): main actions (主要行动) break into key
 * tasks (重点任务), key tasks into specific tasks (具体任务), each specific task with its lead leaders
 * (牵头领导), responsible units (责任科室), deadline (完成时限) and the cadence its text states.
 *
 * <p>Plain Java and Apache POI, no database and no server: {@link BreakdownImport} reads a CSV or XLSX file
 * laid out as the table of 三星府发〔2023〕76号 (seed 003) into a whole {@link Breakdown} or the complete list of
 * {@link ImportProblem}s, never a part; {@link BreakdownExport} writes a breakdown back in the same layout;
 * {@link Periods} answers the periods of an ongoing task with a cadence, each with a stable key.
 */
package cn.hazardledger.taskservice.campaign.breakdown;
