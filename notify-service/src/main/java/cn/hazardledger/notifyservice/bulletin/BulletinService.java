package cn.hazardledger.notifyservice.bulletin;

import cn.hazardledger.chassis.security.RegionCode;
import cn.hazardledger.notifyservice.bulletin.render.BulletinHtml;
import cn.hazardledger.notifyservice.bulletin.render.BulletinXlsx;
import cn.hazardledger.notifyservice.bulletin.source.BulletinSources;
import cn.hazardledger.notifyservice.bulletin.source.Sourced;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Makes a bulletin in two moves: {@link #make} reads the sources and renders (no transaction held while other
 * services answer), {@link #store} keeps it and delivers it in one transaction, so that a bulletin is stored
 * exactly when its leaders are told of it.
 */
@ApplicationScoped
public class BulletinService {

    /** A bulletin made and not yet stored. */
    public record Draft(Bulletin bulletin, BulletinFigures figures, String html, byte[] xlsx) {
    }

    @Inject
    BulletinSources sources;

    @Inject
    BulletinStore store;

    @Inject
    BulletinDelivery delivery;

    @Inject
    BulletinConfig config;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    /** Throws {@link cn.hazardledger.notifyservice.bulletin.source.SourceFailure} when a source does not answer. */
    public Draft make(RegionCode region, Period period, Bulletin.Origin origin, String orderedBy) {
        Sourced sourced = sources.read(region, period, config.listLimit());
        BulletinFigures figures = BulletinFigures.of(region.value(), period, sourced, namesWithin(region));
        Bulletin b = new Bulletin();
        b.id = UUID.randomUUID();
        b.regionCode = region.value();
        b.periodKind = period.kind();
        b.periodKey = period.key();
        b.from = period.from();
        b.to = period.to();
        b.origin = origin;
        b.orderedBy = orderedBy;
        b.status = Bulletin.Status.ISSUED;
        b.title = figures.title();
        b.createdAt = Instant.now(clock);
        return new Draft(b, figures, BulletinHtml.render(figures), BulletinXlsx.render(figures));
    }

    /** Stores and delivers it; false when a scheduled bulletin of its region and period was already there. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean store(Draft draft) {
        if (!store.insert(draft.bulletin(), write(draft.figures()), draft.html(), draft.xlsx())) {
            return false;
        }
        delivery.deliver(draft.bulletin(), BulletinHtml.summary(draft.figures(), draft.figures().statistics().total().figures()));
        return true;
    }

    private Map<String, String> namesWithin(RegionCode region) {
        return config.regionNames().entrySet().stream()
                .filter(e -> RegionCode.isValid(e.getKey()) && region.covers(RegionCode.of(e.getKey())))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private String write(BulletinFigures figures) {
        try {
            return json.writeValueAsString(figures);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the bulletin's figures cannot be written as JSON", e);
        }
    }
}
