package cn.hazardledger.hazardservice.publicreport;

/** A client over its window's limit: 429 with Retry-After. */
class RateLimited extends RuntimeException {

    private final long retryAfterSeconds;

    RateLimited(String why, long retryAfterSeconds) {
        super(why, null, false, false);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
