package cn.hazardledger.notifyservice.inbox;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "InboxPage", description = "One page of the inbox, newest first; pass nextCursor back as cursor")
public record InboxPage(List<NotificationView> items, String nextCursor,
                        @Schema(description = "what you have not read in the whole inbox, counted up to 1000 (show 999+)")
                        long unreadCount) {

    public static final int UNREAD_COUNT_CAP = 1000;
}
