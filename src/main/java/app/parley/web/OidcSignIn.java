package app.parley.web;

import app.parley.access.Account;
import app.parley.access.Accounts;
import app.parley.access.AuditTrail;
import app.parley.access.ProviderClaims;
import app.parley.config.ParleyConfig;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.auth.JWTOptions;
import io.vertx.ext.auth.User;
import io.vertx.ext.auth.oauth2.OAuth2Options;
import io.vertx.ext.auth.oauth2.providers.OpenIDConnectAuth;
import io.vertx.ext.web.Route;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.OAuth2AuthHandler;
import io.vertx.ext.web.handler.SessionHandler;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sign-in through the site's OpenID Connect provider, with Vert.x's own client: the issuer is
 * discovered from its URL at start, the browser goes through the authorization code flow with
 * PKCE ({@code GET /signin/oidc}, back at {@code /signin/oidc/callback}), and the ID token's
 * claims give the person's roles, agent id and teams ({@link ProviderClaims}). The account is
 * recorded (or refreshed) in the store without a password, and the session then holds a Parley
 * user like a local sign-in's. A token that fails validation (wrong audience or issuer, expired)
 * or names no Parley role is refused with 401 or 403, and every outcome is audited.
 */
final class OidcSignIn {
    private static final Logger LOG = LoggerFactory.getLogger(OidcSignIn.class);
    static final String START = "/signin/oidc";
    static final String CALLBACK = "/signin/oidc/callback";
    /** The usernames Parley accepts, from the command line or a provider. */
    static final String USERNAME = "[A-Za-z0-9._@-]{1,64}";

    private final Vertx vertx;
    private final ParleyConfig.Oidc config;
    private final Accounts accounts;
    private final AuditTrail audit;
    private final SessionHandler sessions;
    private final ProviderClaims claims;

    OidcSignIn(Vertx vertx, ParleyConfig.Oidc config, Accounts accounts, AuditTrail audit, SessionHandler sessions) {
        this.vertx = vertx;
        this.config = config;
        this.accounts = accounts;
        this.audit = audit;
        this.sessions = sessions;
        this.claims = new ProviderClaims(config.rolesClaim(), config.roleMap(), config.agentIdClaim(), config.teamsClaim());
    }

    /** Discovers the provider and mounts the sign-in routes; fails naming the issuer when it cannot be reached. */
    Future<Void> mount(Router router) {
        JWTOptions jwt = new JWTOptions().setLeeway(30);
        if (!config.audience().isEmpty()) {
            jwt.setAudience(List.of(config.audience()));
        }
        OAuth2Options options = new OAuth2Options().setSite(config.issuer()).setClientId(config.clientId())
                .setClientSecret(config.clientSecret()).setJWTOptions(jwt);
        return OpenIDConnectAuth.discover(vertx, options)
                .recover(e -> Future.failedFuture("access.oidc.issuer " + config.issuer() + ": cannot discover the "
                        + "provider (" + e.getMessage() + ")"))
                .map(provider -> {
                    OAuth2AuthHandler handler = OAuth2AuthHandler.create(vertx, provider, config.publicUrl() + CALLBACK)
                            .withScope("openid").withScope("profile").withScope("email").pkceVerifierLength(64);
                    Route callback = router.get(CALLBACK);
                    handler.setupCallback(callback);
                    // Mounting the handler puts the callback route before it: only then may it get more handlers.
                    router.get(START).handler(handler).handler(this::signedIn).failureHandler(this::refused);
                    callback.failureHandler(this::refused);
                    LOG.info("sign-in through {} at {}{}", config.issuer(), config.publicUrl(), START);
                    return null;
                });
    }

    /** The provider vouched for someone: who, by the ID token's claims, and as which Parley user. */
    private void signedIn(RoutingContext ctx) {
        User provided = ctx.user();
        JsonObject idToken = provided == null ? null : provided.attributes().getJsonObject("idToken");
        String address = Access.source(ctx);
        // Vert.x drops a token that fails validation (audience, issuer) without failing the sign-in.
        boolean accessTokenValid = config.audience().isEmpty() || provided.attributes().containsKey("accessToken");
        if (idToken == null || !accessTokenValid || provided.expired()) {
            deny(ctx, 401, "the identity provider's token is not valid for Parley (audience, issuer or expiry)",
                    idToken == null ? "?" : idToken.getString("sub", "?"), address);
            return;
        }
        Optional<Account> described = claims.account(idToken.getMap());
        if (described.isEmpty() || described.get().roles().isEmpty()) {
            deny(ctx, 403, "no Parley role in your groups (claim '" + config.rolesClaim() + "')",
                    described.map(Account::username).orElse(idToken.getString("sub", "?")), address);
            return;
        }
        Account account = described.get();
        if (!account.username().matches(USERNAME)) {
            // Nor may a provider's name pass for another kind of actor in the audit trail ("cli:root").
            deny(ctx, 403, "the provider's username '" + account.username() + "' is not usable here (letters, digits, "
                    + "'.', '_', '@', '-'; at most 64)", idToken.getString("sub", "?"), address);
            return;
        }
        vertx.executeBlocking(() -> {
            Optional<Account> known = accounts.find(account.username());
            if (known.isPresent() && (known.get().local() || known.get().disabled())) {
                return known.get().local() ? "a local account has that name" : "the account is disabled";
            }
            if (known.isPresent()) {
                accounts.update(account);
            } else {
                accounts.add(account, null);
            }
            return null;
        }, false).onSuccess(problem -> {
            if (problem != null) {
                deny(ctx, 403, problem, account.username(), address);
                return;
            }
            audit(account.username(), address, "ok", "via " + config.issuer() + ", roles "
                    + account.roles().stream().map(r -> r.id()).sorted().toList());
            ctx.session().regenerateId();
            sessions.setUser(ctx, User.create(new JsonObject().put("username", account.username()).put("via", "oidc")))
                    .onSuccess(v -> ctx.redirect("/"))
                    .onFailure(ctx::fail);
        }).onFailure(ctx::fail);
    }

    /** The flow failed at the provider's end or in the token exchange (an expired token, a forged state). */
    private void refused(RoutingContext ctx) {
        String why = ctx.failure() == null ? "status " + ctx.statusCode() : ctx.failure().getMessage();
        deny(ctx, ctx.statusCode() == 400 || ctx.statusCode() == 403 ? ctx.statusCode() : 401,
                "sign-in through the identity provider failed: " + why, "?", Access.source(ctx));
    }

    private void deny(RoutingContext ctx, int status, String reason, String who, String address) {
        LOG.info("sign-in through {} refused for {} from {}: {}", config.issuer(), who, address, reason);
        audit(who, address, "refused", reason);
        if (ctx.session() != null) {
            ctx.session().destroy();
        }
        Responses.error(ctx, status, null, reason);
    }

    private void audit(String who, String address, String outcome, String detail) {
        vertx.executeBlocking(() -> {
            audit.record(who, address, "sign-in", who, outcome, detail);
            return null;
        }, false);
    }
}
