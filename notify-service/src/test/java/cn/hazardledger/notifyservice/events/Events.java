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
}
