package cn.hazardledger.hazardservice.events;

/** A file a step cites: its id (readable through the evidence endpoints), type and SHA-256. */
public record EvidenceCited(String id, String kind, String mediaType, String sha256) {
}
