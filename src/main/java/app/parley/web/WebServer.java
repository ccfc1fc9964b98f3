package app.parley.web;

import app.parley.call.Json;
import app.parley.call.PromptFeedback;
import app.parley.live.LiveCalls;
import app.parley.store.CallStore;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.MessageConsumer;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import io.vertx.ext.web.handler.StaticHandler;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * HTTP: the agent screen (static page), the call-record API and the live feed as server-sent
 * events. Store reads run on workers; the live snapshot is read on the live context, which is
 * this server's own.
 */
public final class WebServer {
    private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);
    private static final long HEARTBEAT_MS = 15_000;

    private final Vertx vertx;
    private final CallStore store;
    private final LiveCalls live;
    private final Supplier<JsonObject> health;
    private final List<Consumer<Router>> capabilityRoutes;
    private HttpServer server;

    /** {@code capabilityRoutes}: the routes other capabilities serve (rules, ledger), mounted under /api. */
    public WebServer(Vertx vertx, CallStore store, LiveCalls live, Supplier<JsonObject> health,
            List<Consumer<Router>> capabilityRoutes) {
        this.vertx = vertx;
        this.store = store;
        this.live = live;
        this.health = health;
        this.capabilityRoutes = capabilityRoutes;
    }

    public Future<Integer> listen(String host, int port) {
        Router router = Router.router(vertx);
        router.get("/api/live").handler(ctx -> Responses.json(ctx, 200, live.snapshot(agentOf(ctx)).encode()));
        router.get("/api/live/events").handler(this::liveEvents);
        router.get("/api/health").handler(ctx -> Responses.json(ctx, 200, health.get().encode()));
        router.post("/api/calls/:id/prompts/:index/feedback").handler(BodyHandler.create(false).setBodyLimit(4096))
                .handler(this::promptFeedback);
        capabilityRoutes.forEach(mount -> mount.accept(router));
        router.route("/api/*").handler(ctx -> Responses.error(ctx, 404, null, "no such API path: " + ctx.request().path()));
        router.route().handler(StaticHandler.create("webroot").setCachingEnabled(false));
        server = vertx.createHttpServer(new HttpServerOptions().setHost(host).setPort(port));
        return server.requestHandler(router).listen().map(HttpServer::actualPort);
    }

    public Future<Void> close() {
        return server == null ? Future.succeededFuture() : server.close();
    }

    /** The agent found a prompt helpful, or dismissed it: kept with the call for QA and tuning. */
    private void promptFeedback(RoutingContext ctx) {
        String callId = ctx.pathParam("id");
        int index;
        JsonObject body;
        try {
            index = Integer.parseInt(ctx.pathParam("index"));
            body = ctx.body().asJsonObject();
        } catch (RuntimeException e) {
            Responses.error(ctx, 400, null, "expected a prompt number in the path and a JSON body {\"verdict\": \"helpful\"|\"dismissed\"}");
            return;
        }
        String verdict = body == null ? null : body.getString("verdict");
        if (verdict == null || !PromptFeedback.VERDICTS.contains(verdict)) {
            Responses.error(ctx, 400, null, "field verdict must be helpful or dismissed, got " + (verdict == null ? "nothing" : "'" + verdict + "'"));
            return;
        }
        String agent = body.getString("agent");
        PromptFeedback feedback = new PromptFeedback(index, verdict, agent, java.time.Instant.now());
        vertx.<Boolean>executeBlocking(() -> store.savePromptFeedback(callId, feedback), false)
                .onSuccess(saved -> {
                    if (saved) {
                        Responses.json(ctx, 200, new JsonObject().put("saved", true).encode());
                    } else {
                        Responses.error(ctx, 404, null, "call " + callId + " has no prompt " + index);
                    }
                })
                .onFailure(e -> Responses.serverError(ctx, LOG, e));
    }

    private void liveEvents(RoutingContext ctx) {
        String agent = agentOf(ctx);
        HttpServerResponse response = ctx.response();
        response.setChunked(true)
                .putHeader("Content-Type", "text/event-stream")
                .putHeader("Cache-Control", "no-cache")
                .putHeader("X-Accel-Buffering", "no");
        response.write(": parley live feed\n\n");
        MessageConsumer<JsonObject> consumer = vertx.eventBus().localConsumer(LiveCalls.EVENTS, message -> {
            JsonObject event = message.body();
            // Events about no call (the PBX link's status) go to every screen.
            if (agent == null || !event.containsKey("agent") || agent.equals(event.getString("agent"))) {
                response.write("data: " + event.encode() + "\n\n");
            }
        });
        long heartbeat = vertx.setPeriodic(HEARTBEAT_MS, id -> response.write(": heartbeat\n\n"));
        response.closeHandler(v -> {
            consumer.unregister();
            vertx.cancelTimer(heartbeat);
        });
    }

    private static String agentOf(RoutingContext ctx) {
        String agent = ctx.request().getParam("agent");
        return agent == null || agent.isBlank() ? null : agent;
    }
}
