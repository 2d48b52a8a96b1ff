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

    static Location of(ReportHazardRequest.LocationDto dto) {
        if (dto == null) {
            return null;
        }
        Location l = new Location();
        l.address = dto.address();
        l.latitude = dto.latitude();
        l.longitude = dto.longitude();
        return l;
    }
}
