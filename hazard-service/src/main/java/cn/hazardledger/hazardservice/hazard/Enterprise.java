package cn.hazardledger.hazardservice.hazard;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The enterprise or place (生产经营单位 / 场所) where the hazard is. */
@Embeddable
public class Enterprise {

    @Column(name = "enterprise_name")
    public String name;

    /** 统一社会信用代码 (GB 32100); absent for a place that is no enterprise, e.g. a road. */
    @Column(name = "enterprise_credit_code")
    public String creditCode;

    @Column(name = "enterprise_address")
    public String address;

    @Column(name = "enterprise_contact_name")
    public String contactName;

    @Column(name = "enterprise_contact_phone")
    public String contactPhone;
}
