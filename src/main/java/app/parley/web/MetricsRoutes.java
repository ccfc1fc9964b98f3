package app.parley.web;

import app.parley.access.Permission;
import app.parley.access.Tokens;
import io.vertx.core.Vertx;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /metrics}: the service's figures in Prometheus' text format (docs/metrics.md), for
 * a scraper that sends the token of {@code metrics.token_file} as its bearer token, or for anyone
 * signed in (or with an API token) holding the {@link Permission#HEALTH} permission: admins.
 */
public final class MetricsRoutes {
    public static final String PATH = "/metrics";
    /** Prometheus' text exposition format, which every Prometheus version reads. */
    static final String TEXT_FORMAT = "text/plain; version=0.0.4; charset=utf-8";
    private static final Logger LOG = LoggerFactory.getLogger(MetricsRoutes.class);

    private final Vertx vertx;
    private final Callable<String> exposition;
    /** The SHA-256 of the scraper's token (null: none set), so a comparison takes as long whatever is sent. */
    private final byte[] scraperTokenHash;

    /** {@code exposition}: the figures as text, written on a worker; {@code scraperToken} empty: no scraper token. */
    public MetricsRoutes(Vertx vertx, Callable<String> exposition, String scraperToken) {
        this.vertx = vertx;
        this.exposition = exposition;
        this.scraperTokenHash = scraperToken.isEmpty() ? null : hash(scraperToken);
    }

    public void mount(Access access) {
        // The web server shares its event loop with the live calls: writing a few hundred series
        // goes to a worker rather than delaying their audio.
        access.scraped(PATH, Permission.HEALTH, this::isScraperToken).handler(ctx ->
                vertx.executeBlocking(exposition, false)
                        .onSuccess(text -> ctx.response().putHeader("Content-Type", TEXT_FORMAT).end(text))
                        .onFailure(e -> Responses.serverError(ctx, LOG, e)));
    }

    private boolean isScraperToken(String presented) {
        return scraperTokenHash != null && MessageDigest.isEqual(scraperTokenHash, hash(presented));
    }

    private static byte[] hash(String token) {
        return Tokens.hash(token).getBytes(StandardCharsets.US_ASCII);
    }
}
