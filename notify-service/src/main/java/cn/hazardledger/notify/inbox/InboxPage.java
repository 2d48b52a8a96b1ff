package cn.hazardledger.notify.inbox;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "InboxPage", description = "One page of the inbox, newest first; pass nextCursor back as cursor")
public record InboxPage(List<NotificationView> items, String nextCursor, long unreadCount) {
}
