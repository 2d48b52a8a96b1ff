package cn.hazardledger.hazardservice.hazard;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Who must rectify a hazard: the unit its plan names, else its enterprise, else its township (属地). Derived,
 * so that events and lists route to one side without knowing the rule. No phone numbers.
 */
@Schema(name = "ResponsibleSide", description = "整改责任方 / who must rectify: UNIT 责任单位, ENTERPRISE 企业, TOWNSHIP 属地乡镇")
public record ResponsibleSide(String kind, String code, String name, String personName, String personPost) {

    public static final String UNIT = "UNIT";
    public static final String ENTERPRISE = "ENTERPRISE";
    public static final String TOWNSHIP = "TOWNSHIP";
}
