package cn.hazardledger.notifyservice.webhook;

import cn.hazardledger.testsupport.ProducerSchemas;

/** Payloads of event types notify-service does not route to people, valid against their producers' schemas. */
final class WebhookEvents {

    private WebhookEvents() {
    }

    static String hazardClosed(String hazardId, String region) {
        return ProducerSchemas.valid("hazard.closed.v1", """
                {"hazard": {"hazardId": "%s", "ledgerNumber": "YH-%s-2026-000123", "title": "餐馆液化气钢瓶与灶具同室存放",
                  "regionCode": "%s", "townshipCode": "%s", "countyCode": "%s", "industry": "GAS", "level": "GENERAL",
                  "riskColour": "YELLOW", "hazardType": "OBJECT", "status": "CLOSED", "deadline": "2026-12-31",
                  "overdue": false, "responsible": {"kind": "TOWNSHIP", "code": "%s", "name": null},
                  "listedForSupervision": false},
                 "step": {"action": "CLOSE", "by": "township-clerk-2", "role": "TOWNSHIP", "signature": "王芳",
                  "at": "2026-11-27T10:00:00+08:00", "entrySequence": 6}}"""
                .formatted(hazardId, region.substring(0, 6), region, region.substring(0, 9) + "000",
                        region.substring(0, 6) + "000000", region.substring(0, 9) + "000"));
    }
}
