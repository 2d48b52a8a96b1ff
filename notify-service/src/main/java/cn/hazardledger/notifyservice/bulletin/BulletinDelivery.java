package cn.hazardledger.notifyservice.bulletin;

import cn.hazardledger.chassis.security.Roles;
import cn.hazardledger.notifyservice.inbox.InboxService;
import cn.hazardledger.notifyservice.inbox.NotificationKind;
import cn.hazardledger.notifyservice.inbox.Recipient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * The one place bulletins meet the inbox: a bulletin goes to its region's leaders (牵头领导 / 分管领导 receive
 * bulletins, docs/domain.md). The bulletin's id is the notification's source, so a delivery is made once.
 */
@ApplicationScoped
public class BulletinDelivery {

    static final String SUBJECT_TYPE = "bulletin";

    @Inject
    InboxService inbox;

    @Transactional(Transactional.TxType.MANDATORY)
    public void deliver(Bulletin b, String summary) {
        inbox.deliver(new Recipient(Roles.LEADER, b.regionCode), NotificationKind.BULLETIN, b.title,
                summary + " 下载：/bulletins/" + b.id + ".html，/bulletins/" + b.id + ".xlsx", SUBJECT_TYPE,
                b.id.toString(), b.id);
    }
}
