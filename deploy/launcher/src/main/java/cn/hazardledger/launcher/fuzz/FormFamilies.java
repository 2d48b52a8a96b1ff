package cn.hazardledger.launcher.fuzz;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/**
 * Hostile uploads (multipart/form-data bodies), from the form's schema: each required part left out, each part
 * sent twice, a part the form does not have, text one past its maxLength. Each must be a 400 naming the part.
 */
public final class FormFamilies {

    private FormFamilies() {
    }

    public static final List<Family> ALL = List.of(
            new Family("form.missing-required", "each required part of an upload left out", FormFamilies::missingRequired),
            new Family("form.repeated-part", "each part of an upload sent twice", FormFamilies::repeated),
            new Family("form.unknown-part", "a part the upload does not have", FormFamilies::unknown),
            new Family("form.too-long", "text parts one past their maxLength", FormFamilies::tooLong));

    private static boolean applies(Target t) {
        return t.op().form() != null && t.base().form() != null;
    }

    private static List<HostileRequest> missingRequired(Target t) {
        List<HostileRequest> out = new ArrayList<>();
        if (applies(t)) {
            for (JsonNode required : t.op().form().path("required")) {
                String name = required.asText();
                out.add(t.draft().form(t.base().form().without(name))
                        .as("form.missing-required", "without part " + name, Expect.field(name)));
            }
        }
        return out;
    }

    private static List<HostileRequest> repeated(Target t) {
        List<HostileRequest> out = new ArrayList<>();
        if (applies(t)) {
            for (Form.Part part : t.base().form().parts()) {
                out.add(t.draft().form(t.base().form().plus(part))
                        .as("form.repeated-part", part.name() + " twice", Expect.field(part.name())));
            }
        }
        return out;
    }

    private static List<HostileRequest> unknown(Target t) {
        if (!applies(t)) {
            return List.of();
        }
        return List.of(t.draft().form(t.base().form().plus(Form.text("status", "CLOSED")))
                .as("form.unknown-part", "a part status", Expect.field("status")));
    }

    private static List<HostileRequest> tooLong(Target t) {
        List<HostileRequest> out = new ArrayList<>();
        if (applies(t)) {
            for (String name : Schemas.properties(t.op().form())) {
                JsonNode property = t.op().form().get("properties").get(name);
                Integer max = Schemas.maxLength(property);
                if (!Form.isFile(property) && max != null && max < 2000) {
                    out.add(t.draft().form(t.base().form().replacing(name, Form.text(name, "x".repeat(max + 1))))
                            .as("form.too-long", name + " of " + (max + 1) + " characters", Expect.field(name)));
                }
            }
        }
        return out;
    }
}
