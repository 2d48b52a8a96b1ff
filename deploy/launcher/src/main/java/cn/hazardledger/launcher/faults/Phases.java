package cn.hazardledger.launcher.faults;

import java.util.Map;
import java.util.TreeMap;

/**
 * The phases of a drill (a fault, a replica stopped) and when each began: the load driver stamps each acknowledged
 * write with the current one, and the reconciler charges a record to the phase its timestamp falls in.
 */
public final class Phases {

    private volatile String current = "start-up";
    private final TreeMap<Long, String> starts = new TreeMap<>();

    public synchronized void enter(String name) {
        current = name;
        starts.put(System.currentTimeMillis(), name);
    }

    public String current() {
        return current;
    }

    public synchronized String at(long epochMillis) {
        Map.Entry<Long, String> at = starts.floorEntry(epochMillis);
        return at == null ? "start-up" : at.getValue();
    }
}
