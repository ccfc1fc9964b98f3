package app.parley.live;

import app.parley.call.Json;
import app.parley.call.Prompt;
import app.parley.call.Utterance;
import io.vertx.core.eventbus.EventBus;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The screens' view of the live calls: each event becomes the JSON the agent page reads, published
 * on the live feed's address ({@link LiveView#EVENTS}) with the call's id and agent, and what a
 * screen that opens mid-call needs is kept for {@link #snapshot}. On the live path's context only.
 */
final class ScreenFeed implements Consumer<CallEvent> {
    private final EventBus bus;
    private final Map<String, Shown> calls = new LinkedHashMap<>();

    /** What the screens were shown of one call. */
    private static final class Shown {
        final String agent;
        final JsonObject summary;
        /** Final utterances as published. */
        final List<JsonObject> finals = new ArrayList<>();
        /** The partial utterance of each open stream that has one. */
        final Map<String, JsonObject> partials = new LinkedHashMap<>();
        final List<JsonObject> prompts = new ArrayList<>();
        /** Decoding is behind by more than speech.max_lag. */
        boolean delayed;
        /** The facts once known; unknown caller: a JSON null. Absent while they are looked up. */
        boolean factsKnown;
        JsonObject facts;

        Shown(CallEvent.CallStarted started) {
            agent = started.agent();
            summary = new JsonObject().put("id", started.callId()).put("started_at", started.startedAt().toString())
                    .put("caller_number", started.callerNumber()).put("agent", started.agent());
            if (started.afterCall()) {
                summary.put("transcribed_after_call", true);
            }
            if (started.rules() != null) {
                summary.put("rules", new JsonObject().put("version", started.rules().version())
                        .put("team", started.rules().team()));
            }
        }
    }

    ScreenFeed(EventBus bus) {
        this.bus = bus;
    }

    @Override
    public void accept(CallEvent event) {
        if (event instanceof CallEvent.CallStarted started) {
            Shown call = new Shown(started);
            calls.put(started.callId(), call);
            publish(call, started, new JsonObject().put("type", "call-started").put("call", call.summary));
            return;
        }
        Shown call = calls.get(event.callId());
        if (call == null) {
            return;
        }
        if (event instanceof CallEvent.UtteranceHeard heard) {
            JsonObject entry = entry(heard.utterance(), heard.isFinal(), heard.streamId(), heard.seq());
            if (heard.isFinal()) {
                call.finals.add(entry);
                call.partials.remove(heard.streamId());
            } else {
                call.partials.put(heard.streamId(), entry);
            }
            publish(call, event, entry.copy());
        } else if (event instanceof CallEvent.UtteranceWithdrawn withdrawn) {
            call.partials.remove(withdrawn.streamId());
            publish(call, event, entry(new Utterance(withdrawn.speaker(), withdrawn.at(), withdrawn.at(), "", List.of()),
                    false, withdrawn.streamId(), withdrawn.seq()));
        } else if (event instanceof CallEvent.PromptRaised raised) {
            JsonObject prompt = json(raised.prompt());
            call.prompts.add(prompt);
            publish(call, event, new JsonObject().put("type", "prompt").put("index", raised.index()).put("prompt", prompt.copy()));
        } else if (event instanceof CallEvent.FactsKnown known) {
            call.factsKnown = true;
            call.facts = known.facts() == null ? null : new JsonObject(known.facts().toString());
            publish(call, event, new JsonObject().put("type", "facts").put("facts", call.facts == null ? null : call.facts.copy()));
        } else if (event instanceof CallEvent.TapRestored restored) {
            publish(call, event, new JsonObject().put("type", "tap-restored").put("speaker", restored.speaker().id())
                    .put("at", restored.at()));
        } else if (event instanceof CallEvent.TapLost lost) {
            publish(call, event, new JsonObject().put("type", "tap-lost").put("speaker", lost.speaker().id())
                    .put("at", lost.at()).put("reason", lost.reason()));
        } else if (event instanceof CallEvent.CoachingDelayed delayed) {
            call.delayed = true;
            publish(call, event, new JsonObject().put("type", "coaching-delayed").put("speaker", delayed.speaker().id())
                    .put("lag_s", delayed.lag()));
        } else if (event instanceof CallEvent.CoachingCaughtUp) {
            call.delayed = false;
            publish(call, event, new JsonObject().put("type", "coaching-caught-up"));
        } else if (event instanceof CallEvent.PartyLeft left) {
            call.partials.remove(left.streamId());
        } else if (event instanceof CallEvent.CallEnded ended) {
            calls.remove(ended.callId());
            publish(call, event, new JsonObject().put("type", "call-ended").put("duration_s", ended.duration()));
        }
    }

    /**
     * The live calls of the agents {@code visible} accepts (a call's agent may be null: none
     * known), with what was said so far, for a screen that just opened.
     */
    JsonArray snapshot(Predicate<String> visible) {
        JsonArray result = new JsonArray();
        for (Shown call : calls.values()) {
            if (visible.test(call.agent)) {
                List<JsonObject> transcript = new ArrayList<>(call.finals);
                transcript.addAll(call.partials.values());
                transcript.sort(Comparator.comparingDouble(entry -> entry.getDouble("start")));
                JsonObject entry = new JsonObject().put("call", call.summary)
                        .put("utterances", new JsonArray(new ArrayList<>(transcript)))
                        .put("prompts", new JsonArray(new ArrayList<>(call.prompts)));
                if (call.factsKnown) {
                    entry.put("facts", call.facts);
                }
                if (call.delayed) {
                    entry.put("coaching_delayed", true);
                }
                result.add(entry);
            }
        }
        return result;
    }

    private void publish(Shown call, CallEvent about, JsonObject event) {
        bus.publish(LiveView.EVENTS, event.put("agent", call.agent).put("call_id", about.callId()));
    }

    private static JsonObject entry(Utterance utterance, boolean isFinal, String streamId, int seq) {
        return new JsonObject().put("speaker", utterance.speaker().id()).put("start", utterance.start())
                .put("end", utterance.end()).put("text", utterance.text()).put("final", isFinal)
                .put("type", "utterance").put("stream", streamId).put("seq", seq);
    }

    private static JsonObject json(Prompt prompt) {
        return new JsonObject(Json.MAPPER.convertValue(prompt, Map.class));
    }
}
