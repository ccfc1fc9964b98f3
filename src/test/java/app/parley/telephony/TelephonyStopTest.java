package app.parley.telephony;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.parley.config.ConfigLoader;
import app.parley.config.ParleyConfig;
import app.parley.live.CallSignals;
import app.parley.live.LiveView;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A PBX link stopped on purpose (a cluster node pausing below the quorum) tells the screens, and so
 * the metrics and the health check, that it is off and why, instead of leaving its last
 * "connected" standing.
 */
class TelephonyStopTest {
    @Test
    void aLinkStoppedOnPurposeSaysItIsOffAndWhy() throws Exception {
        ParleyConfig config = new ConfigLoader().load(null, Map.of());
        Vertx vertx = Vertx.vertx();
        try {
            CompletableFuture<JsonObject> told = new CompletableFuture<>();
            vertx.eventBus().<JsonObject>localConsumer(LiveView.EVENTS, message -> {
                if ("pbx-status".equals(message.body().getString("type"))) {
                    told.complete(message.body());
                }
            });
            TapRoutes nowhere = new TapRoutes() {
                @Override
                public Future<TapNode> nodeOf(String callId) {
                    return Future.failedFuture("no node");
                }

                @Override
                public void callHungUp(String callId) {
                }

                @Override
                public void followStreams(CallSignals.StreamListener listener) {
                }
            };
            vertx.runOnContext(v -> new Telephony(vertx, config.ami(), config.telephony(), nowhere, Runnable::run)
                    .stop("this node sees fewer Parley nodes than the quorum (2)"));
            JsonObject status = told.get(10, TimeUnit.SECONDS);
            assertEquals("off", status.getString("status"));
            assertEquals("PBX link off", status.getString("label"));
            assertEquals("this node sees fewer Parley nodes than the quorum (2)", status.getString("detail"));
        } finally {
            vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        }
    }
}
