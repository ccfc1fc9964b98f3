package app.parley.web;

import app.parley.access.Accounts;
import app.parley.access.AuditTrail;
import app.parley.access.Identity;
import app.parley.access.Permission;
import app.parley.access.SignInThrottle;
import app.parley.call.Json;
import app.parley.config.ParleyConfig;
import app.parley.call.PromptFeedback;
import app.parley.live.LiveView;
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
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
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
    private static final long HEARTBEAT_MS = 5_000;
    /** The backtest page's address (its file is webroot/backtest.html). */
    static final String BACKTEST_PAGE = "/admin/backtest";
    /** The prompt effectiveness page's address (webroot/effectiveness.html). */
    static final String EFFECTIVENESS_PAGE = "/admin/effectiveness";

    /**
     * Who may sign in, what they did, and how sessions behave; {@code csrfSecret}: the key every
     * node of a cluster signs CSRF tokens with (null: this process's own).
     */
    public record Security(Accounts accounts, AuditTrail audit, SignInThrottle throttle, Duration sessionIdle,
            boolean secureCookies, ParleyConfig.Oidc oidc, String csrfSecret) {
    }

    private final Vertx vertx;
    private final CallStore store;
    private final LiveView live;
    private final Supplier<JsonObject> health;
    private final Security security;
    private final List<Consumer<Access>> capabilityRoutes;
    /** Live feeds (server-sent events) open now; read from any thread. */
    private final java.util.concurrent.atomic.AtomicInteger liveFeeds = new java.util.concurrent.atomic.AtomicInteger();
    private HttpServer server;
    private Router router;
    private Access access;

    /** {@code capabilityRoutes}: the routes other capabilities serve (rules, ledger), mounted under /api. */
    public WebServer(Vertx vertx, CallStore store, LiveView live, Supplier<JsonObject> health, Security security,
            List<Consumer<Access>> capabilityRoutes) {
        this.vertx = vertx;
        this.store = store;
        this.live = live;
        this.health = health;
        this.security = security;
        this.capabilityRoutes = capabilityRoutes;
    }

    public Future<Integer> listen(String host, int port) {
        return listen(new HttpServerOptions().setHost(host).setPort(port));
    }

    /** Listens with HTTPS from the PEM certificate and key (then session cookies are Secure). */
    public Future<Integer> listenTls(String host, int port, java.nio.file.Path cert, java.nio.file.Path key) {
        return listen(new HttpServerOptions().setHost(host).setPort(port).setSsl(true)
                .setKeyCertOptions(new io.vertx.core.net.PemKeyCertOptions().setCertPath(cert.toString())
                        .setKeyPath(key.toString())));
    }

    private Future<Integer> listen(HttpServerOptions options) {
        router = Router.router(vertx);
        boolean provider = security.oidc() != null && security.oidc().enabled();
        access = new Access(vertx, router, security.accounts(), security.audit(), security.throttle(),
                security.sessionIdle(), security.secureCookies() || options.isSsl(), provider, security.csrfSecret());
        Future<Void> providerReady = provider
                ? new OidcSignIn(vertx, security.oidc(), security.accounts(), security.audit(), access.sessions()).mount(router)
                : Future.succeededFuture();
        access.get("/api/live", Permission.LIVE_OWN).handler(this::liveSnapshot);
        access.get("/api/live/events", Permission.LIVE_OWN).handler(this::liveEvents);
        access.get("/api/health", null).handler(ctx -> Responses.json(ctx, 200, health.get().encode()));
        access.post("/api/calls/:id/prompts/:index/feedback", Permission.PROMPT_FEEDBACK)
                .handler(ctx -> CallRoutes.seen(ctx, vertx, store, access, this::promptFeedback));
        new AuditRoutes(vertx, security.audit()).mount(access);
        capabilityRoutes.forEach(mount -> mount.accept(access));
        access.page(BACKTEST_PAGE, "backtest.html");
        access.page(EFFECTIVENESS_PAGE, "effectiveness.html");
        server = vertx.createHttpServer(options);
        // The provider's routes must be on the router before the catch-alls below.
        return providerReady.compose(v -> {
            router.route("/api/*").handler(ctx -> Responses.error(ctx, 404, null, "no such API path: "
                    + ctx.request().path()));
            router.route().handler(StaticHandler.create("webroot").setCachingEnabled(false));
            return server.requestHandler(router).listen().map(HttpServer::actualPort);
        });
    }

    /** The routes of the API and the permission each needs (known once listening). */
    public List<Access.Rule> routes() {
        return access.table();
    }

    /**
     * API paths served without a rule in {@link #routes()}: a route mounted on the router around
     * {@link Access} (a test keeps this empty).
     */
    public List<String> unguardedApiPaths() {
        java.util.Set<String> guarded = new java.util.HashSet<>();
        access.table().forEach(rule -> guarded.add(rule.path()));
        return router.getRoutes().stream().map(io.vertx.ext.web.Route::getPath)
                .filter(path -> path != null && path.startsWith("/api/") && !path.equals("/api/") && !guarded.contains(path))
                .distinct().toList();
    }

    /** Live feeds (server-sent events) open now: screens watching live calls. Any thread may ask. */
    public int openLiveFeeds() {
        return liveFeeds.get();
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
        // Signed with who gave it: the agent id of the signed-in person, else their name.
        Identity who = Access.identity(ctx);
        String agent = who.agentId() != null ? who.agentId() : who.name();
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

    private void liveSnapshot(RoutingContext ctx) {
        watchable(ctx).compose(live::snapshotOfEveryNode).onSuccess(calls -> Responses.json(ctx, 200, calls.encode()))
                .onFailure(e -> Responses.serverError(ctx, LOG, e));
    }

    /** The live feed of the calls the signed-in person may watch: the session chooses, never the address. */
    private void liveEvents(RoutingContext ctx) {
        watchable(ctx).onSuccess(visible -> liveEvents(ctx, visible))
                .onFailure(e -> Responses.serverError(ctx, LOG, e));
    }

    /**
     * Whose live calls the session may watch; {@code ?agent=} (a supervisor's picker) narrows
     * that to one agent, never widens it.
     */
    private Future<Predicate<String>> watchable(RoutingContext ctx) {
        String only = ctx.request().getParam("agent");
        return access.visibility(ctx, Permission.LIVE_OWN, Permission.LIVE_TEAM, null).map(visible ->
                only == null || only.isBlank() ? visible : agent -> visible.test(agent) && only.equals(agent));
    }

    private void liveEvents(RoutingContext ctx, Predicate<String> visible) {
        HttpServerResponse response = ctx.response();
        response.setChunked(true)
                .putHeader("Content-Type", "text/event-stream")
                .putHeader("Cache-Control", "no-cache")
                .putHeader("X-Accel-Buffering", "no");
        response.write(": parley live feed\n\n");
        MessageConsumer<JsonObject> consumer = vertx.eventBus().localConsumer(LiveView.EVENTS, message -> {
            JsonObject event = message.body();
            // Events about no call (the PBX link's status) go to every screen.
            if (!event.containsKey("call_id") || visible.test(event.getString("agent"))) {
                response.write("data: " + event.encode() + "\n\n");
            }
        });
        long[] heartbeat = new long[1];
        boolean[] open = {true};
        liveFeeds.incrementAndGet();
        // Both the heartbeat (session over) and the connection closing stop a feed: count it down once.
        Runnable stop = () -> {
            if (open[0]) {
                open[0] = false;
                liveFeeds.decrementAndGet();
            }
            consumer.unregister();
            vertx.cancelTimer(heartbeat[0]);
        };
        // Each heartbeat checks the session again: signed out, idle past its timeout or disabled ends the feed.
        heartbeat[0] = vertx.setPeriodic(HEARTBEAT_MS, id -> access.stillAllowed(ctx).onComplete(allowed -> {
            if (allowed.succeeded() && allowed.result()) {
                response.write(": heartbeat\n\n");
            } else if (!response.ended()) {
                stop.run();
                response.end();
            }
        }));
        response.closeHandler(v -> stop.run());
    }
}
