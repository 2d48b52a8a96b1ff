package cn.hazardledger.chassis.idempotency;

/** What a POST answered; {@code replayed} is true when it is the stored answer to an earlier try. */
public record IdempotentResponse<T>(int status, String location, T body, boolean replayed) {

    public static <T> IdempotentResponse<T> fresh(int status, String location, T body) {
        return new IdempotentResponse<>(status, location, body, false);
    }
}
