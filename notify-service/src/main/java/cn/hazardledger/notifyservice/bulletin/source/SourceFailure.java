package cn.hazardledger.notifyservice.bulletin.source;

/**
 * A source of a bulletin could not answer: unreachable or timed out ({@link #unavailable()}: try again later), or
 * answered something other than its figures (a refusal or an error of its own). Either way no bulletin is made.
 */
public class SourceFailure extends RuntimeException {

    private final String service;
    private final boolean unavailable;

    public SourceFailure(String service, boolean unavailable, String reason) {
        super(service + ": " + reason, null, false, false);
        this.service = service;
        this.unavailable = unavailable;
    }

    public String service() {
        return service;
    }

    public boolean unavailable() {
        return unavailable;
    }
}
