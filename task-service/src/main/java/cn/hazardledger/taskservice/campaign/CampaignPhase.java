package cn.hazardledger.taskservice.campaign;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.UUID;

/** A phase of a campaign (动员部署, 集中排查, 重点整治, 建章立制) and the day it ends. */
@Entity
@Table(name = "campaign_phase")
@IdClass(CampaignPhase.Key.class)
public class CampaignPhase extends PanacheEntityBase {

    @Id
    @Column(name = "campaign_id")
    public UUID campaignId;

    @Id
    public int position;

    public String name;

    @Column(name = "ends_on")
    public LocalDate endsOn;

    public static class Key implements Serializable {
        public UUID campaignId;
        public int position;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.campaignId.equals(campaignId) && k.position == position;
        }

        @Override
        public int hashCode() {
            return campaignId.hashCode() * 31 + position;
        }
    }
}
