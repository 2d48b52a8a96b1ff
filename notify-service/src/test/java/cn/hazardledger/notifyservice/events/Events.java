package cn.hazardledger.notifyservice.events;

import cn.hazardledger.testsupport.ProducerSchemas;

import java.util.UUID;

/** Event payloads as the producing services publish them, checked against their schemas. */
public final class Events {

    private Events() {
    }

    public static String id() {
        return UUID.randomUUID().toString();
    }

    public static String hazardReported(String hazardId, String title, String region, String level) {
        return ProducerSchemas.valid("hazard.reported.v1", hazardReportedUnchecked(hazardId, title, region, level));
    }

    public static String taskCreated(String taskId, String title, String region, String role) {
        return ProducerSchemas.valid("task.created.v1", taskCreatedUnchecked(taskId, title, region, role));
    }

    /** For poison: the shape of the event, with whatever values the test needs, valid or not. */
    public static String hazardReportedUnchecked(String hazardId, String title, String region, String level) {
        return """
                {"hazardId":"%s","title":"%s","description":"现场检查发现","regionCode":"%s","townshipCode":"%s",
                 "countyCode":"%s","industry":"GAS","source":"GRID_PATROL","level":"%s","status":"REPORTED",
                 "location":null,"reportedBy":"inspector-1","reporterRole":"INSPECTOR",
                 "reportedAt":"2026-11-24T10:00:00+08:00","aFieldFromTheFuture":true}"""
                .formatted(hazardId, title, region, region.substring(0, 9) + "000", region.substring(0, 6) + "000000", level);
    }

    public static String taskCreatedUnchecked(String taskId, String title, String region, String role) {
        return """
                {"taskId":"%s","kind":"VERIFY_HAZARD","title":"%s","regionCode":"%s","assigneeRole":"%s",
                 "hazardId":null,"dueAt":"2026-11-27T10:00:00+08:00","createdAt":"2026-11-24T10:00:01+08:00"}"""
                .formatted(taskId, title, region, role);
    }

    /** A hazard snapshot as hazard events carry it; responsible is {kind, code}. */
    public static String hazard(String hazardId, String title, String region, String level, String status,
                                String responsibleKind, String responsibleCode, String creditCode, String deadline) {
        return """
                {"hazardId":"%s","ledgerNumber":null,"title":"%s","regionCode":"%s","townshipCode":"%s","countyCode":"%s",
                 "industry":"GAS","level":"%s","riskColour":"ORANGE","hazardType":"OBJECT","status":"%s","deadline":%s,
                 "overdue":false,"responsible":{"kind":"%s","code":"%s","name":"责任方","personName":null,"personPost":null},
                 "enterpriseName":%s,"enterpriseCreditCode":%s,"poolRegionCode":null,"departmentCode":null,
                 "departmentName":null,"listedForSupervision":false}"""
                .formatted(hazardId, title, region, region.substring(0, 9) + "000", region.substring(0, 6) + "000000",
                        level, status, quoted(deadline), responsibleKind, responsibleCode,
                        creditCode == null ? "null" : "\"好再来餐馆\"", quoted(creditCode));
    }

    public static String step(String action) {
        return """
                {"action":"%s","by":"township-1","role":"TOWNSHIP","unitCode":null,"unitName":null,"signature":"李四",
                 "at":"2026-11-26T10:00:00+08:00","entrySequence":3}""".formatted(action);
    }

    public static String hazardConfirmed(String hazardId, String region, String level, String snapshot) {
        return ProducerSchemas.valid("hazard.confirmed.v1", """
                {"hazardId":"%s","regionCode":"%s","townshipCode":"%s","level":"%s","status":"CONFIRMED","reason":null,
                 "note":null,"reviewedBy":"township-1","reviewerRole":"TOWNSHIP","reviewedAt":"2026-11-26T10:00:00+08:00",
                 "hazard":%s,"ledgerNumber":null,"corrections":{},"standardCode":null,"standardClause":null,
                 "duplicateOf":null}""".formatted(hazardId, region, region.substring(0, 9) + "000", level, snapshot));
    }

    public static String listed(String snapshot, String listingLevel) {
        return ProducerSchemas.valid("hazard.listed-for-supervision.v1", """
                {"hazard":%s,"step":%s,"listingLevel":"%s","authority":"县安委办","documentNumber":"渝安办督〔2026〕3号",
                 "listingDeadline":"2027-01-31"}""".formatted(snapshot, step("LIST_FOR_SUPERVISION"), listingLevel));
    }

    /** hazard.deadline-approaching.v1 or hazard.overdue.v1 (daysLeft negative). */
    public static String hazardDeadline(String type, String snapshot, String deadline, int daysLeft) {
        return ProducerSchemas.valid(type, """
                {"hazard":%s,"deadline":"%s","daysLeft":%d}""".formatted(snapshot, deadline, daysLeft));
    }

    public static String hazardStep(String type, String snapshot, String action, String extra) {
        return ProducerSchemas.valid(type, """
                {"hazard":%s,"step":%s%s}""".formatted(snapshot, step(action), extra == null ? "" : "," + extra));
    }

    /** task.deadline-approaching.v1 or task.overdue.v1 of a task (assignee) or a campaign task (leaders, units). */
    public static String taskDeadline(String type, String subjectType, String subjectId, String title, String region,
                                      String assigneeRole, String assigneeCode, String leaders, String units,
                                      String hazardId, String due, int daysLeft) {
        return ProducerSchemas.valid(type, """
                {"subjectType":"%s","subjectId":"%s","title":"%s","regionCode":"%s","assigneeRole":%s,"assigneeCode":%s,
                 "leaders":%s,"units":%s,"campaignId":null,"hazardId":%s,"periodKey":null,"due":"%s","daysLeft":%d}"""
                .formatted(subjectType, subjectId, title, region, quoted(assigneeRole), quoted(assigneeCode), leaders,
                        units, quoted(hazardId), due, daysLeft));
    }

    /** campaign.task-assigned.v1, campaign.task-completed.v1 or campaign.instance-opened.v1. */
    public static String campaignTask(String type, String campaignId, String taskId, String text, String region,
                                      String leaders, String units, String periodKey) {
        return ProducerSchemas.valid(type, """
                {"campaignId":"%s","campaignTitle":"三星乡重大事故隐患专项排查整治行动","regionCode":"%s","taskId":"%s",
                 "actionNumber":"一","keyTaskNumber":"1","taskNumber":"1","taskText":"%s","leaders":%s,"units":%s,
                 "deadline":"2026-12-31","deadlineWords":"12月底","cadence":null,"periodKey":%s,"due":"2026-12-31",
                 "at":"2026-11-26T10:00:00+08:00"}"""
                .formatted(campaignId, region, taskId, text, leaders, units, quoted(periodKey)));
    }

    public static String progressReported(String campaignId, String taskId, String text, String region, String leaders,
                                          String units) {
        return ProducerSchemas.valid("campaign.progress-reported.v1", """
                {"campaignId":"%s","campaignTitle":"三星乡重大事故隐患专项排查整治行动","regionCode":"%s","taskId":"%s",
                 "taskNumber":"1","taskText":"%s","leaders":%s,"units":%s,"deadline":"2026-12-31","reportId":"%s",
                 "text":"已完成摸排 37 家","completes":false,"taskStatus":"OPEN","reportedBy":"unit-1",
                 "reporterRole":"UNIT","reportedAt":"2026-11-26T10:00:00+08:00"}"""
                .formatted(campaignId, region, taskId, text, leaders, units, id()));
    }

    private static String quoted(String value) {
        return value == null ? "null" : "\"" + value + "\"";
    }
}
