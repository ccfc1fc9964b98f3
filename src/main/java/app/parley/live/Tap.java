package app.parley.live;

import app.parley.call.Speaker;

/** What an AudioSocket stream carries: one party of one call, with what is known of the call. */
public record Tap(String callId, Speaker speaker, String callerNumber, String agent) {
}
