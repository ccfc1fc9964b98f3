package app.parley.live;

import app.parley.call.CoachedBy;
import app.parley.call.LoudnessTrack;
import app.parley.call.Prompt;
import app.parley.call.Redaction;
import app.parley.call.Speaker;
import app.parley.call.Utterance;
import app.parley.redaction.RedactedSpan;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;

/**
 * What happens in a live call, in the order it happens, as the call tells its sinks (the store,
 * the recordings, the screens). Times named {@code at} are call time: seconds of the call's audio.
 */
sealed interface CallEvent {
    String callId();

    /**
     * The call is on the floor: its first stream arrived, or the PBX answered it. {@code afterCall}:
     * Parley was at its live limit ({@code calls.max_live}), so the call's words are recognised
     * once it has ended. {@code rules}: which published rules coach it (null: not a published version).
     */
    record CallStarted(String callId, Instant startedAt, String callerNumber, String agent, boolean afterCall,
            CoachedBy rules) implements CallEvent {
    }

    /** A party stream joined the call at call time {@code at}. */
    record PartyJoined(String callId, String streamId, Speaker speaker, double at) implements CallEvent {
    }

    /** A party whose tap had dropped is heard again from {@code at}. */
    record TapRestored(String callId, Speaker speaker, double at) implements CallEvent {
    }

    /**
     * What a party is saying ({@code isFinal}: its final version), number {@code seq} of its
     * stream, heard at {@code nanos} (the call's ticker) when the call had lasted {@code callDuration}.
     */
    record UtteranceHeard(String callId, String streamId, int seq, Utterance utterance, boolean isFinal,
            long nanos, double callDuration) implements CallEvent {
    }

    /** The partial utterance {@code seq} of a stream came to nothing: the recogniser heard no words after all. */
    record UtteranceWithdrawn(String callId, String streamId, int seq, Speaker speaker, double at) implements CallEvent {
    }

    /** Coaching raised its {@code index}th prompt of the call. */
    record PromptRaised(String callId, int index, Prompt prompt) implements CallEvent {
    }

    /** The caller's account facts, as the screen and the record show them (null: an unknown caller). */
    record FactsKnown(String callId, JsonNode facts) implements CallEvent {
    }

    /** A party said payment or identity data: kept as a fact of the call, silenced in every recording. */
    record Redacted(String callId, Redaction redaction, RedactedSpan span) implements CallEvent {
    }

    /** A party stream ended at call time {@code at}, having carried {@code audioSeconds} of audio. */
    record PartyLeft(String callId, String streamId, Speaker speaker, double at, String reason, double audioSeconds)
            implements CallEvent {
    }

    /** The PBX says the call goes on, but this party's tap dropped at {@code at}: its audio is lost until it is back. */
    record TapLost(String callId, Speaker speaker, double at, String reason) implements CallEvent {
    }

    /**
     * Decoding of the call fell more than {@code speech.max_lag} behind its audio ({@code lag}
     * seconds, on the stream of {@code speaker}): its prompts and words come late.
     */
    record CoachingDelayed(String callId, Speaker speaker, double lag) implements CallEvent {
    }

    /** Decoding of the call has caught up with its audio again. */
    record CoachingCaughtUp(String callId) implements CallEvent {
    }

    /**
     * The call is over after {@code duration} seconds; each party's loudness track heard (none
     * empty). {@code transcribedUpTo}: Parley stopped while the call was still being decoded, and
     * its words are whole up to this call time only; the rest is in its recordings (null: whole).
     */
    record CallEnded(String callId, double duration, Instant endedAt, List<LoudnessTrack> loudness,
            Double transcribedUpTo) implements CallEvent {
        public CallEnded {
            loudness = List.copyOf(loudness);
        }
    }
}
