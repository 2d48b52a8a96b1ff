package cn.hazardledger.hazardservice.ledger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.util.Map;

/**
 * The data an entry changed, as canonical JSON (keys sorted, no whitespace), so that the same change always
 * hashes the same in {@link LedgerChain}. Values are strings, numbers, booleans, lists and maps only: dates
 * are written as ISO text by the caller.
 */
public final class LedgerData {

    private static final ObjectMapper CANONICAL = JsonMapper.builder()
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    private LedgerData() {
    }

    public static String json(Map<String, ?> data) {
        if (data == null || data.isEmpty()) {
            return null;
        }
        try {
            return CANONICAL.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("ledger data must be plain values: " + e.getOriginalMessage(), e);
        }
    }

    /** A {@code {from, to}} pair, as the ledger records a corrected value. */
    public static Map<String, Object> change(Object from, Object to) {
        java.util.LinkedHashMap<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("from", from == null ? null : from.toString());
        m.put("to", to == null ? null : to.toString());
        return m;
    }
}
