package cn.hazardledger.chassis.events;

/** A message that can never be processed as it is: it goes to the dead-letter topic with this reason. */
public class UnprocessableEvent extends RuntimeException {

    public UnprocessableEvent(String reason) {
        super(reason, null, false, false);
    }
}
