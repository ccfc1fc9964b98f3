package app.parley.web;

import app.parley.call.Json;
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
import io.vertx.ext.web.handler.StaticHandler;
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
    private static final int MAX_PAGE = 500;
    private static final long HEARTBEAT_MS = 15_000;

    private final Vertx vertx;
    private final CallStore store;
    private final LiveCalls live;
    private final Supplier<JsonObject> health;
    private final LedgerRoutes ledger;
    private HttpServer server;

    public WebServer(Vertx vertx, CallStore store, LiveCalls live, Supplier<JsonObject> health, LedgerRoutes ledger) {
        this.vertx = vertx;
        this.store = store;
        this.live = live;
        this.health = health;
        this.ledger = ledger;
    }

    public Future<Integer> listen(String host, int port) {
        Router router = Router.router(vertx);
        router.get("/api/calls").handler(this::listCalls);
        router.get("/api/calls/:id").handler(this::getCall);
        router.get("/api/live").handler(ctx -> json(ctx.response(), 200, live.snapshot(agentOf(ctx)).encode()));
        router.get("/api/live/events").handler(this::liveEvents);
        router.get("/api/health").handler(ctx -> json(ctx.response(), 200, health.get().encode()));
        ledger.mount(router);
        router.route("/api/*").handler(ctx -> error(ctx, 404, "no such API path: " + ctx.request().path()));
        router.route().handler(StaticHandler.create("webroot").setCachingEnabled(false));
        server = vertx.createHttpServer(new HttpServerOptions().setHost(host).setPort(port));
        return server.requestHandler(router).listen().map(HttpServer::actualPort);
    }

    public Future<Void> close() {
        return server == null ? Future.succeededFuture() : server.close();
    }

    private void listCalls(RoutingContext ctx) {
        int limit;
        int offset;
        try {
            limit = intParam(ctx, "limit", 50, 1, MAX_PAGE);
            offset = intParam(ctx, "offset", 0, 0, Integer.MAX_VALUE);
        } catch (IllegalArgumentException e) {
            error(ctx, 400, e.getMessage());
            return;
        }
        vertx.<String>executeBlocking(() -> Json.MAPPER.writeValueAsString(store.recent(limit, offset)), false)
                .onSuccess(body -> json(ctx.response(), 200, body))
                .onFailure(e -> serverError(ctx, e));
    }

    private void getCall(RoutingContext ctx) {
        String id = ctx.pathParam("id");
        vertx.<String>executeBlocking(() -> {
            var record = store.find(id);
            return record.isEmpty() ? null : Json.MAPPER.writeValueAsString(record.get());
        }, false).onSuccess(body -> {
            if (body == null) {
                error(ctx, 404, "no call with id " + id);
            } else {
                json(ctx.response(), 200, body);
            }
        }).onFailure(e -> serverError(ctx, e));
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
            if (agent == null || agent.equals(event.getString("agent"))) {
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

    private static int intParam(RoutingContext ctx, String name, int fallback, int min, int max) {
        String value = ctx.request().getParam(name);
        if (value == null) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value);
            if (number < min || number > max) {
                throw new IllegalArgumentException("query parameter " + name + " must be from " + min + " to "
                        + max + ", got " + number);
            }
            return number;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("query parameter " + name + " must be a whole number, got '"
                    + value + "'");
        }
    }

    private static void json(HttpServerResponse response, int status, String body) {
        response.setStatusCode(status).putHeader("Content-Type", "application/json").end(body);
    }

    private static void error(RoutingContext ctx, int status, String message) {
        json(ctx.response(), status, new JsonObject().put("error", message).encode());
    }

    private static void serverError(RoutingContext ctx, Throwable e) {
        LOG.error("{} {} failed: {}", ctx.request().method(), ctx.request().path(), e.getMessage());
        String message = e instanceof JsonProcessingException ? "cannot encode the call record" : e.getMessage();
        error(ctx, 500, message);
    }
}
