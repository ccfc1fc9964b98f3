package app.parley.live;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.function.Predicate;

/** What the screens and the health check see of the live calls. Read on the live path's context. */
public interface LiveView {
    /**
     * Event-bus address of the live feed: JSON events (call-started, utterance, prompt, facts,
     * tap-lost, tap-restored, call-ended, and the PBX link's pbx-status), each about a call
     * carrying its {@code call_id} and {@code agent}.
     */
    String EVENTS = "parley.live";

    /**
     * The live calls of the agents {@code visible} accepts (a call's agent may be null: none known),
     * with what was said so far, for a screen that just opened.
     */
    JsonArray snapshot(Predicate<String> visible);

    /**
     * {@link #snapshot} of the calls live on every node of a cluster, this one's included (one
     * node: this one's). The same rule chooses which calls, wherever they are.
     */
    default Future<JsonArray> snapshotOfEveryNode(Predicate<String> visible) {
        return Future.succeededFuture(snapshot(visible));
    }

    /** Calls and streams live now, for the health endpoint. */
    JsonObject status();
}
