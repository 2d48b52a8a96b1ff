package cn.hazardledger.notifyservice.dualreport;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A major hazard's dual report (双报告), opened once; its sides' receipts are their notifications'. */
@Entity
@Table(name = "dual_report")
public class DualReport extends PanacheEntityBase {

    @Id
    @Column(name = "hazard_id")
    public String hazardId;

    public String title;

    @Column(name = "region_code")
    public String regionCode;

    @Column(name = "township_code")
    public String townshipCode;

    @Column(name = "county_code")
    public String countyCode;

    public String industry;

    @Column(name = "opened_at")
    public Instant openedAt;

    @Column(name = "opened_by_event")
    public UUID openedByEvent;
}
