package cn.hazardledger.launcher.fuzz;

import java.util.List;
import java.util.function.Function;

/**
 * A named kind of hostile change. Given an operation's {@link Target} it answers every variant it has for it
 * (none when it does not apply: a body family for an operation without a body). Families are data: add one to a
 * list in {@link Families} and every operation of every service gets it.
 *
 * @param name   stable, dotted: the report counts requests and violations by it
 * @param covers one line on what it sends
 */
public record Family(String name, String covers, Function<Target, List<HostileRequest>> variants) {

    public List<HostileRequest> apply(Target target) {
        return variants.apply(target);
    }
}
