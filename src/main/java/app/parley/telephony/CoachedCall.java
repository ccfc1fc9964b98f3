package app.parley.telephony;

/**
 * A coached call once it is answered and bridged: the channels to tap and what the screen shows.
 * {@code id} is the call's Linkedid. Channel ids are Uniqueids, which ChanSpy's {@code u} option
 * matches exactly.
 */
public record CoachedCall(String id, Party caller, Party agent, String callerNumber, String agentId) {

    public record Party(String channel, String uniqueId) {
    }
}
