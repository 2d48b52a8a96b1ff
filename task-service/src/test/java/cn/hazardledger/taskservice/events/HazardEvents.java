package cn.hazardledger.taskservice.events;

import cn.hazardledger.testsupport.ProducerSchemas;

import java.util.UUID;

/** hazard.reported.v1 payloads as hazard-service publishes them, checked against its schema. */
final class HazardEvents {

    private HazardEvents() {
    }

    static String reported(String hazardId, String title, String region, String level) {
        return ProducerSchemas.valid("hazard.reported.v1", """
                {"hazardId":"%s","title":"%s","description":"描述","regionCode":"%s","townshipCode":"%s",
                 "countyCode":"500240000000","industry":"GAS","source":"GRID_PATROL","level":"%s","status":"REPORTED",
                 "location":null,"reportedBy":"inspector-1","reporterRole":"INSPECTOR",
                 "reportedAt":"2026-11-24T10:00:00+08:00","someFutureField":42}"""
                .formatted(hazardId, title, region, region.substring(0, 9) + "000", level));
    }

    static String newId() {
        return UUID.randomUUID().toString();
    }
}
