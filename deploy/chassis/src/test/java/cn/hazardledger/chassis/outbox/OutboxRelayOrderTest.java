package cn.hazardledger.chassis.outbox;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class OutboxRelayOrderTest {

    @Test
    void aPassTakesOnlyTheOldestPendingEventOfEachAggregate() {
        List<OutboxEvent> pending = List.of(row(1, "h1"), row(2, "h2"), row(3, "h1"), row(4, "h3"), row(5, "h2"));
        assertThat(OutboxRelay.firstOfEachAggregate(pending)).extracting(e -> e.seq).containsExactly(1L, 2L, 4L);
    }

    @Test
    void theSameIdOfAnotherAggregateTypeIsAnotherAggregate() {
        OutboxEvent task = row(2, "x");
        task.aggregateType = "task";
        assertThat(OutboxRelay.firstOfEachAggregate(List.of(row(1, "x"), task))).hasSize(2);
    }

    private static OutboxEvent row(long seq, String aggregate) {
        OutboxEvent e = new OutboxEvent();
        e.seq = seq;
        e.aggregateType = "hazard";
        e.aggregateId = aggregate;
        return e;
    }
}
