package cn.hazardledger.hazardservice.hazard;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.math.BigDecimal;

@Embeddable
public class Location {

    @Column(name = "address")
    public String address;

    @Column(name = "latitude")
    public BigDecimal latitude;

    @Column(name = "longitude")
    public BigDecimal longitude;
}
