package cn.hazardledger.hazardservice.standard;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the catalogue of determination standards from its JSON file and refuses one that is wrong, so that a
 * mistake in the file stops the service at start instead of letting a reviewer pick a standard that is not there.
 */
final class CatalogueFile {

    static final String RESOURCE = "standards/determination-standards.json";

    /** Upper-case words joined by hyphens: safe in a URL path and in a ledger entry as it is. */
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]*(-[A-Z0-9]+)+");

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
            .build();

    /** The file as written: a description for people, and the standards. */
    record Contents(String description, List<DeterminationStandard> standards) {
    }

    private CatalogueFile() {
    }

    static List<DeterminationStandard> fromClasspath() {
        try (InputStream in = CatalogueFile.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the classpath");
            }
            return read(in);
        } catch (IOException e) {
            throw new IllegalStateException(RESOURCE + " cannot be read", e);
        }
    }

    static List<DeterminationStandard> read(InputStream in) {
        Contents contents;
        try {
            contents = JSON.readValue(in, Contents.class);
        } catch (IOException e) {
            // Jackson's message names the field and, for an industry that is not an Industry, the value
            throw new IllegalStateException(RESOURCE + " is not a catalogue of standards: " + e.getMessage(), e);
        }
        List<DeterminationStandard> standards = contents.standards() == null ? List.of() : contents.standards();
        List<String> problems = problems(standards);
        if (!problems.isEmpty()) {
            throw new IllegalStateException(RESOURCE + " is wrong: " + String.join("; ", problems));
        }
        return List.copyOf(standards);
    }

    private static List<String> problems(List<DeterminationStandard> standards) {
        List<String> problems = new ArrayList<>();
        if (standards.isEmpty()) {
            problems.add("it lists no standards");
        }
        Set<String> codes = new HashSet<>();
        for (DeterminationStandard s : standards) {
            String code = s.code();
            if (code == null || !CODE.matcher(code).matches()) {
                problems.add("code " + code + " is not upper-case words joined by hyphens");
            } else if (!codes.add(code)) {
                problems.add("code " + code + " is listed twice");
            }
            for (String[] field : new String[][]{{"title", s.title()}, {"issuer", s.issuer()},
                    {"documentNumber", s.documentNumber()}, {"description", s.description()}}) {
                if (field[1] == null || field[1].isBlank()) {
                    problems.add(code + " has no " + field[0]);
                }
            }
            if (s.industries().isEmpty()) {
                problems.add(code + " names no industry");
            }
            if (s.year() < 1949 || s.year() > 2100) {
                problems.add(code + " has year " + s.year());
            }
            if (s.supersededBy() != null && s.inForce()) {
                problems.add(code + " is in force yet superseded by " + s.supersededBy());
            }
        }
        for (DeterminationStandard s : standards) {
            if (s.supersededBy() != null && (!codes.contains(s.supersededBy()) || s.supersededBy().equals(s.code()))) {
                problems.add(s.code() + " is superseded by " + s.supersededBy() + ", which is not another standard listed");
            }
        }
        return problems;
    }
}
