package cn.hazardledger.notifyservice.bulletin;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "BulletinPage", description = "One page of bulletins, newest first; pass nextCursor back as cursor")
public record BulletinPage(List<BulletinView> items, String nextCursor) {
}
