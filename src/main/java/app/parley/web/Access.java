package app.parley.web;

import app.parley.access.Account;
import app.parley.access.Accounts;
import app.parley.access.AuditTrail;
import app.parley.access.Identity;
import app.parley.access.Passwords;
import app.parley.access.Permission;
import app.parley.access.Role;
import app.parley.access.SignInThrottle;
import app.parley.access.Tokens;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.auth.User;
import io.vertx.ext.web.Route;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import io.vertx.ext.web.handler.CSRFHandler;
import io.vertx.ext.web.handler.SessionHandler;
import io.vertx.ext.web.sstore.ClusteredSessionStore;
import io.vertx.ext.web.sstore.LocalSessionStore;
import io.vertx.ext.web.sstore.SessionStore;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who may do what over HTTP. Sessions live in HttpOnly, SameSite cookies with an idle timeout;
 * every state-changing request from a page carries the CSRF token (double-submit, Vert.x's
 * {@link CSRFHandler}); machine clients send an API token as a bearer token instead. Every API
 * route is registered here with the permission it needs ({@link #get}, {@link #post} ...), so
 * the table of routes and permissions is one list ({@link #table()}), and a route registered
 * around it is caught by a test. Pages redirect to sign-in; the API answers 401 without a
 * session, 403 naming the permission missing, and 404 for a call the caller may not see.
 */
public final class Access {
    private static final Logger LOG = LoggerFactory.getLogger(Access.class);
    /** Where the current request's {@link Identity} is kept in the routing context. */
    static final String IDENTITY = "parley.identity";
    /** Set in the routing context when the request came with a scraper's own token ({@link #scraped}). */
    private static final String SCRAPER = "parley.scraper";
    static final String SESSION_COOKIE = "parley.session";
    /** How one may sign in here (public: the sign-in page asks). */
    static final String METHODS = "/api/session/methods";
    /** Pages that show data and so need a session (their scripts and styles don't). */
    static final Set<String> PAGES = Set.of("/", "/index.html", "/review.html", "/replay.html", "/audit.html",
            "/rules.html", "/backtest.html", "/effectiveness.html");
    /** The longest username accepted (the command line's rule: 64 characters). */
    static final int MAX_USERNAME = 64;
    /** The largest request body (a rules file is a few tens of kilobytes). */
    static final long MAX_BODY_BYTES = 1024 * 1024;
    /** The team that stands for every team: a floor manager's. */
    public static final String ALL_TEAMS = "*";
    /**
     * A hash to check when the account is unknown, so that the answer takes as long. Made at the
     * first sign-in, on a worker: PBKDF2's 210,000 rounds held the event loop for seconds at start.
     */
    private static final class NoAccount {
        static final String HASH = Passwords.hash(Passwords.random(16));
    }

    /**
     * A route of the API and what it asks for: {@code open} to anyone (signing in, and how), or
     * {@code permission}, null meaning any signed-in user.
     */
    public record Rule(HttpMethod method, String path, Permission permission, boolean open) {
    }

    private final Vertx vertx;
    private final Accounts accounts;
    private final AuditTrail audit;
    private final SignInThrottle throttle;
    private final Router router;
    private final SessionStore sessionStore;
    private final SessionHandler sessions;
    private final CSRFHandler csrf;
    private final List<Rule> table = new ArrayList<>();
    /** {@link #PAGES} and the pages capabilities add ({@link #page}). */
    private final Set<String> pagePaths = new HashSet<>(PAGES);
    /** Paths a machine reads with a token of its own ({@link #scraped}). */
    private final Set<String> scrapedPaths = new HashSet<>();
    /** Accounts as last read, so a disabled account or changed roles take effect within seconds. */
    private final Cache<String, Optional<Account>> current = Caffeine.newBuilder().maximumSize(10_000)
            .expireAfterWrite(Duration.ofSeconds(5)).build();

    public Access(Vertx vertx, Router router, Accounts accounts, AuditTrail audit, SignInThrottle throttle,
            Duration sessionIdle, boolean secureCookies) {
        this(vertx, router, accounts, audit, throttle, sessionIdle, secureCookies, false);
    }

    /** {@code providerSignIn}: whether the sign-in page offers the identity provider ({@link OidcSignIn}). */
    public Access(Vertx vertx, Router router, Accounts accounts, AuditTrail audit, SignInThrottle throttle,
            Duration sessionIdle, boolean secureCookies, boolean providerSignIn) {
        this(vertx, router, accounts, audit, throttle, sessionIdle, secureCookies, providerSignIn, null);
    }

    /**
     * {@code csrfSecret}: the key CSRF tokens are signed with, the same on every node of a cluster
     * (null: one of this process's own). On a clustered Vert.x, sessions are kept in the cluster,
     * so a browser signed in through one node is signed in on all.
     */
    public Access(Vertx vertx, Router router, Accounts accounts, AuditTrail audit, SignInThrottle throttle,
            Duration sessionIdle, boolean secureCookies, boolean providerSignIn, String csrfSecret) {
        this.vertx = vertx;
        this.router = router;
        this.accounts = accounts;
        this.audit = audit;
        this.throttle = throttle;
        this.sessionStore = vertx.isClustered() ? ClusteredSessionStore.create(vertx) : LocalSessionStore.create(vertx);
        this.sessions = SessionHandler.create(sessionStore).setSessionCookieName(SESSION_COOKIE)
                .setCookieHttpOnlyFlag(true).setCookieSecureFlag(secureCookies)
                // Lax, not Strict: an identity provider's redirect back is a cross-site navigation.
                .setCookieSameSite(CookieSameSite.LAX).setSessionTimeout(sessionIdle.toMillis()).setNagHttps(false);
        this.csrf = CSRFHandler.create(vertx, csrfSecret != null ? csrfSecret : newSecret())
                .setCookieSecure(secureCookies).setNagHttps(false);
        // Sessions (and CSRF tokens) only where someone signs in or reads data: a request for a script or a
        // style sheet leaves nothing in the session store.
        router.route().handler(ctx -> {
            if (needsSession(ctx)) {
                sessions.handle(ctx);
            } else {
                ctx.next();
            }
        });
        // Read before any check that waits on the store (a body not read by then is lost).
        router.route("/api/*").handler(BodyHandler.create(false).setBodyLimit(MAX_BODY_BYTES));
        router.route().handler(this::csrf);
        // The CSRF check fails the request with 403; answer it in JSON, without a stack trace in the log.
        router.errorHandler(403, ctx -> Responses.error(ctx, 403, null, ctx.failure() == null ? "forbidden"
                : "refused: " + ctx.failure().getMessage() + " (a page must send its X-XSRF-TOKEN; reload it)"));
        router.errorHandler(413, ctx -> Responses.error(ctx, 413, null, "request body over "
                + MAX_BODY_BYTES / 1024 + " KB"));
        router.route().handler(this::pages);
        router.post("/api/session").handler(this::signIn);
        table.add(new Rule(HttpMethod.POST, "/api/session", null, true));
        router.get(METHODS).handler(ctx -> Responses.json(ctx, 200, new JsonObject().put("password", true)
                .put("oidc", providerSignIn ? OidcSignIn.START : null).encode()));
        table.add(new Rule(HttpMethod.GET, METHODS, null, true));
        router.route("/api/*").handler(this::authenticate);
        get("/api/session", null).handler(this::whoAmI);
        delete("/api/session", null).handler(this::signOut);
    }

    /** A random key for signing CSRF tokens (Base64 of 32 bytes). */
    public static String newSecret() {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        return Base64.getEncoder().encodeToString(secret);
    }

    SessionHandler sessions() {
        return sessions;
    }

    /** The routes of the API and what each asks for. */
    public List<Rule> table() {
        return List.copyOf(table);
    }

    /**
     * A page at an address of its own ({@code /admin/rules}) served from {@code webroot/FILE}:
     * like {@link #PAGES}, for signed-in people (its data comes from the API, guarded there).
     */
    public void page(String path, String file) {
        pagePaths.add(path);
        router.get(path).handler(ctx -> ctx.response().putHeader("Content-Type", "text/html; charset=utf-8")
                .sendFile("webroot/" + file));
    }

    public Route get(String path, Permission permission) {
        return guarded(HttpMethod.GET, path, permission);
    }

    public Route post(String path, Permission permission) {
        return guarded(HttpMethod.POST, path, permission);
    }

    public Route put(String path, Permission permission) {
        return guarded(HttpMethod.PUT, path, permission);
    }

    public Route delete(String path, Permission permission) {
        return guarded(HttpMethod.DELETE, path, permission);
    }

    private Route guarded(HttpMethod method, String path, Permission permission) {
        table.add(new Rule(method, path, permission, false));
        router.route(method, path).handler(ctx -> {
            if (permitted(ctx, permission)) {
                ctx.next();
            }
        });
        return router.route(method, path);
    }

    /**
     * A GET outside the API that a machine reads with a secret of its own (the metrics scraper):
     * a request whose bearer token {@code scraperToken} accepts gets it (and that token opens
     * nothing else); any other is treated as an API route needing {@code permission}. In the
     * table like every route. A scraper sends no cookie, and leaves nothing in the session store.
     */
    public Route scraped(String path, Permission permission, Predicate<String> scraperToken) {
        table.add(new Rule(HttpMethod.GET, path, permission, false));
        scrapedPaths.add(path);
        router.get(path).handler(ctx -> {
            String token = bearer(ctx);
            if (token != null && scraperToken.test(token)) {
                ctx.put(SCRAPER, Boolean.TRUE);
                ctx.next();
            } else {
                authenticate(ctx);
            }
        });
        router.get(path).handler(ctx -> {
            if (ctx.get(SCRAPER) != null || permitted(ctx, permission)) {
                ctx.next();
            }
        });
        return router.get(path);
    }

    /** Whether the identity of the request has {@code permission} (null: any); answers 403 when not. */
    private static boolean permitted(RoutingContext ctx, Permission permission) {
        Identity who = identity(ctx);
        if (permission != null && !who.can(permission)) {
            Responses.error(ctx, 403, null, "needs the permission " + permission.id()
                    + " (roles: " + String.join(", ", who.roles().stream().map(Role::id).sorted().toList()) + ")");
            return false;
        }
        return true;
    }

    /** The identity of the current API request (set once it is authenticated). */
    public static Identity identity(RoutingContext ctx) {
        return ctx.get(IDENTITY);
    }

    /**
     * Whether the one who opened a long-lived response (the live feed) may still see it: their
     * session still exists (not signed out, not idle past its timeout) and their account or token
     * is still enabled. Checked again and again while the feed is open.
     */
    Future<Boolean> stillAllowed(RoutingContext ctx) {
        Identity who = identity(ctx);
        String token = bearer(ctx);
        if (token != null) {
            String hash = Tokens.hash(token);
            return vertx.executeBlocking(() -> accounts.token(hash).isPresent(), false);
        }
        if (ctx.session() == null || who == null) {
            return Future.succeededFuture(false);
        }
        return sessionStore.get(ctx.session().id()).compose(session -> session == null
                ? Future.succeededFuture(false)
                : account(who.name()).map(found -> found.map(a -> !a.disabled()).orElse(false)));
    }

    /** The account as read at most a few seconds ago ({@link #current}), else from the store on a worker. */
    private Future<Optional<Account>> account(String username) {
        Optional<Account> cached = current.getIfPresent(username);
        return cached != null ? Future.succeededFuture(cached) : vertx.executeBlocking(() -> {
            Optional<Account> read = accounts.find(username);
            current.put(username, read);
            return read;
        }, false);
    }

    /** Where a request came from, for the audit trail. */
    static String source(RoutingContext ctx) {
        return ctx.request().remoteAddress() == null ? null : ctx.request().remoteAddress().hostAddress();
    }

    public void record(RoutingContext ctx, String action, String target, String outcome, String detail) {
        Identity who = identity(ctx);
        String actor = who == null ? "anonymous" : who.name();
        vertx.executeBlocking(() -> {
            audit.record(actor, source(ctx), action, target, outcome, detail);
            return null;
        }, false).onFailure(e -> LOG.error("audit trail: cannot record {} by {}: {}", action, actor, e.getMessage()));
    }

    /**
     * Whose calls one may see: every call, or those of {@code agents}, and those with no agent
     * known when {@code unassigned} (a supervisor's: nobody else on the floor owns them).
     */
    public record Visibility(boolean all, Set<String> agents, boolean unassigned) implements Predicate<String> {
        @Override
        public boolean test(String agent) {
            return all || (agent == null ? unassigned : agents.contains(agent));
        }

        /** {@code query} among these calls only, whatever agents or team it already narrowed to. */
        public app.parley.store.CallQuery narrow(app.parley.store.CallQuery query) {
            if (all) {
                return query;
            }
            if (query.visibleAgents() == null) {
                return query.seenBy(agents, unassigned);
            }
            Set<String> both = new HashSet<>(query.visibleAgents());
            both.retainAll(agents);
            return query.seenBy(both, unassigned && query.unassignedVisible());
        }
    }

    /**
     * Whose calls the current identity may see, by {@code own} (its own agent id), {@code team}
     * (its teams' agents) and {@code all}: read on a worker (teams are in the store).
     */
    Future<Visibility> visibility(RoutingContext ctx, Permission own, Permission team, Permission all) {
        Identity who = identity(ctx);
        if (all != null && who.can(all)) {
            return Future.succeededFuture(new Visibility(true, Set.of(), true));
        }
        boolean teams = team != null && who.can(team);
        if (teams && who.teams().contains(ALL_TEAMS)) {
            return Future.succeededFuture(new Visibility(true, Set.of(), true)); // a floor manager
        }
        Future<Set<String>> agents = teams && !who.teams().isEmpty()
                ? vertx.executeBlocking(() -> new HashSet<>(accounts.agentIdsInTeams(who.teams())), false)
                : Future.succeededFuture(new HashSet<>());
        return agents.map(set -> {
            if (who.agentId() != null && who.can(own)) {
                set.add(who.agentId());
            }
            return new Visibility(false, Set.copyOf(set), teams);
        });
    }

    // --- handlers ---------------------------------------------------------------------------

    private boolean needsSession(RoutingContext ctx) {
        String path = ctx.normalizedPath();
        if (scrapedPaths.contains(path)) {
            return bearer(ctx) == null || ctx.request().getCookie(SESSION_COOKIE) != null;
        }
        return path.startsWith("/api/") || path.startsWith("/signin") || path.endsWith(".html") || pagePaths.contains(path);
    }

    /** A bearer token is no cookie: it needs no CSRF token. */
    private void csrf(RoutingContext ctx) {
        if (!needsSession(ctx)) {
            ctx.next();
        } else if (bearer(ctx) != null && ctx.request().getCookie(SESSION_COOKIE) == null) {
            ctx.next();
        } else {
            csrf.handle(ctx);
        }
    }

    private void pages(RoutingContext ctx) {
        if (ctx.request().method() == HttpMethod.GET && pagePaths.contains(ctx.normalizedPath()) && ctx.user() == null) {
            String back = ctx.request().uri();
            ctx.redirect("/signin.html?next=" + URLEncoder.encode(back, StandardCharsets.UTF_8));
            return;
        }
        ctx.next();
    }

    private void authenticate(RoutingContext ctx) {
        HttpMethod method = ctx.request().method();
        String path = ctx.normalizedPath();
        if (table.stream().anyMatch(rule -> rule.open() && rule.method() == method && rule.path().equals(path))) {
            ctx.next();
            return;
        }
        String token = bearer(ctx);
        if (token != null) {
            String hash = Tokens.hash(token);
            vertx.executeBlocking(() -> accounts.token(hash), false).onSuccess(found -> {
                if (found.isEmpty()) {
                    Responses.error(ctx, 401, null, "unknown or revoked API token");
                    return;
                }
                ctx.put(IDENTITY, found.get().identity());
                ctx.next();
            }).onFailure(ctx::fail);
            return;
        }
        User user = ctx.user();
        if (user == null) {
            Responses.error(ctx, 401, null, "sign in first (POST /api/session)");
            return;
        }
        String username = user.principal().getString("username");
        if (username == null) {
            // The identity provider's user, before OidcSignIn has made it a Parley user.
            Responses.error(ctx, 401, null, "sign in first (POST /api/session)");
            return;
        }
        String via = user.principal().getString("via", "password");
        account(username).onSuccess(found -> {
            if (found.isEmpty() || found.get().disabled()) {
                ctx.session().destroy();
                Responses.error(ctx, 401, null, "the account " + username + " is disabled: sign in again");
                return;
            }
            ctx.put(IDENTITY, found.get().identity(via));
            ctx.next();
        }).onFailure(ctx::fail);
    }

    private void signIn(RoutingContext ctx) {
        JsonObject body;
        try {
            body = ctx.body().asJsonObject();
        } catch (RuntimeException e) {
            body = null;
        }
        String username = body == null ? null : body.getString("username");
        String password = body == null ? null : body.getString("password");
        if (username == null || username.isBlank() || password == null) {
            Responses.error(ctx, 400, null, "expected a JSON body {\"username\": ..., \"password\": ...}");
            return;
        }
        String name = username.trim();
        if (name.length() > MAX_USERNAME) {
            Responses.error(ctx, 400, "username", "a username has at most " + MAX_USERNAME + " characters");
            return;
        }
        String address = source(ctx);
        Duration wait = throttle.waitFor(name, address);
        if (!wait.isZero()) {
            ctx.response().putHeader("Retry-After", Long.toString(Math.max(1, wait.toSeconds())));
            Responses.error(ctx, 429, null, "too many failed sign-ins: try again in " + Math.max(1, wait.toSeconds())
                    + " s");
            vertx.executeBlocking(() -> {
                audit.record(name, address, "sign-in", name, "throttled", null);
                return null;
            }, false);
            return;
        }
        throttle.attempting(name, address);
        vertx.executeBlocking(() -> {
            Optional<String> hash = accounts.passwordHash(name);
            boolean ok = Passwords.matches(hash.orElse(NoAccount.HASH), password) && hash.isPresent();
            Optional<Account> account = ok ? accounts.find(name) : Optional.empty();
            audit.record(name, address, "sign-in", name, ok ? "ok" : "failed", null);
            return account;
        }, false).onSuccess(account -> {
            if (account.isEmpty()) {
                LOG.info("sign-in failed for {} from {}", name, address);
                Responses.error(ctx, 401, null, "wrong username or password");
                return;
            }
            LOG.info("{} signed in from {}", name, address);
            throttle.succeeded(name, address);
            current.put(name, account);
            ctx.session().regenerateId();
            JsonObject principal = new JsonObject().put("username", name).put("via", "password");
            sessions.setUser(ctx, User.create(principal))
                    .onSuccess(v -> Responses.json(ctx, 200, describe(account.get().identity("password")).encode()))
                    .onFailure(ctx::fail);
        }).onFailure(ctx::fail);
    }

    private void whoAmI(RoutingContext ctx) {
        Responses.json(ctx, 200, describe(identity(ctx)).encode());
    }

    private void signOut(RoutingContext ctx) {
        record(ctx, "sign-out", identity(ctx).name(), "ok", null);
        ctx.session().destroy();
        ctx.response().setStatusCode(204).end();
    }

    static JsonObject describe(Identity who) {
        return new JsonObject().put("username", who.name()).put("display_name", who.displayName())
                .put("roles", new JsonArray(who.roles().stream().map(Role::id).sorted().toList()))
                .put("permissions", new JsonArray(who.permissions().stream().map(Permission::id).sorted().toList()))
                .put("agent_id", who.agentId()).put("teams", new JsonArray(who.teams().stream().sorted().toList()))
                .put("via", who.via());
    }

    private static String bearer(RoutingContext ctx) {
        String header = ctx.request().getHeader("Authorization");
        return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7) ? header.substring(7).trim() : null;
    }
}
