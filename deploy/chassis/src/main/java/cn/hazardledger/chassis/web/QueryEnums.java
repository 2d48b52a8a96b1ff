package cn.hazardledger.chassis.web;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Query parameters bound as text and parsed here: JAX-RS answers an unparseable enum parameter with a bare
 * 404, while a client deserves a 400 that names the parameter and the values it may take.
 */
public final class QueryEnums {

    private QueryEnums() {
    }

    public static <E extends Enum<E>> E parse(Class<E> type, String value, String parameter) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException e) {
            String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
            throw ProblemException.invalidField(parameter, "must be one of " + allowed);
        }
    }
}
