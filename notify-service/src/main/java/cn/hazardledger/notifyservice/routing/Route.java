package cn.hazardledger.notifyservice.routing;

import cn.hazardledger.notifyservice.inbox.Recipient;

/** One recipient of one occurrence, and the rule that chose them. */
public record Route(Recipient recipient, Rule rule) {
}
