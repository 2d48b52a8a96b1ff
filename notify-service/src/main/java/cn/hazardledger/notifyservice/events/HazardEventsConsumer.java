package cn.hazardledger.notifyservice.events;

import cn.hazardledger.chassis.events.InboundEvents;
import cn.hazardledger.chassis.events.Payloads;
import cn.hazardledger.notifyservice.inbox.InboxService;
import cn.hazardledger.notifyservice.inbox.IndustryNames;
import cn.hazardledger.notifyservice.inbox.NotificationKind;
import cn.hazardledger.notifyservice.inbox.Recipient;
import cn.hazardledger.notifyservice.inbox.Recipients;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Tells the township of every reported hazard, and the county regulator too when it is major. */
@ApplicationScoped
public class HazardEventsConsumer {

    static final String CONSUMER = "notify-service.hazard-events";

    @Inject
    InboundEvents inbound;

    @Inject
    Payloads payloads;

    @Inject
    InboxService inbox;

    @Inject
    Arrivals arrivals;

    @Incoming("hazard-events")
    @Blocking
    public void onHazardEvent(ConsumerRecord<String, String> record) {
        inbound.handle(CONSUMER, record, event -> {
            if (!HazardReported.TYPE.equals(event.type())) {
                return arrivals.only(event);
            }
            HazardReported h = payloads.read(event, HazardReported.class).validated(event);
            NotificationKind kind = h.major() ? NotificationKind.MAJOR_HAZARD_REPORTED : NotificationKind.HAZARD_REPORTED;
            String title = (h.major() ? "重大事故隐患报告：" : "新隐患待核实：") + h.title();
            String body = (h.major() ? "双报告：" : "") + "区划 " + h.regionCode() + " 上报"
                    + (h.industry() == null ? "" : "（" + IndustryNames.of(h.industry()) + "）") + "：" + h.title()
                    + (h.description() == null ? "" : "。" + h.description())
                    + (h.reportedAt() == null ? "" : "。上报时间 " + ChinaDates.shown(h.reportedAt()));
            return arrivals.with(event, () -> {
                for (Recipient r : Recipients.ofReportedHazard(h.townshipCode(), h.countyCode(), h.major())) {
                    inbox.deliver(r, kind, title, body, "hazard", h.hazardId(), event.id());
                }
            });
        });
    }
}
