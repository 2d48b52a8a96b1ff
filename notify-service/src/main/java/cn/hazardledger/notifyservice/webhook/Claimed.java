package cn.hazardledger.notifyservice.webhook;

import java.util.List;
import java.util.UUID;

/**
 * A delivery a worker holds the lease of: what a channel needs to send it.
 *
 * @param claim    this lease's token: only its holder may settle the delivery
 * @param target   where it goes (a webhook's URL)
 * @param secrets  the secrets that sign it, newest first
 * @param attempt  the number this attempt will have in the log
 * @param replayed whether a replay queued it again (its age then says nothing of the service's lag)
 * @param unsigned why it cannot be signed (a stored secret that does not open), null when {@code secrets} sign it
 */
public record Claimed(UUID deliveryId, UUID claim, UUID subscriptionId, UUID eventId, String eventType, String body,
                      String target, List<String> secrets, int attempt, java.time.Instant createdAt,
                      boolean replayed, String unsigned) {
}
