package app.parley.web;

import app.parley.access.AuditTrail;
import app.parley.access.Permission;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /api/audit?actor=&action=&q=&from=&to=&limit=}: the audit trail, newest first, for
 * admins; {@code from} and {@code to} are ISO instants ({@code 2026-12-01T00:00:00Z}).
 */
final class AuditRoutes {
    private static final Logger LOG = LoggerFactory.getLogger(AuditRoutes.class);

    private final Vertx vertx;
    private final AuditTrail audit;

    AuditRoutes(Vertx vertx, AuditTrail audit) {
        this.vertx = vertx;
        this.audit = audit;
    }

    void mount(Access access) {
        access.get("/api/audit", Permission.AUDIT_READ).handler(this::search);
    }

    private void search(RoutingContext ctx) {
        AuditTrail.Query query;
        try {
            String limit = ctx.request().getParam("limit");
            query = new AuditTrail.Query(param(ctx, "actor"), param(ctx, "action"), param(ctx, "q"),
                    instant(ctx, "from"), instant(ctx, "to"), limit == null ? 100 : Integer.parseInt(limit));
        } catch (BadParameter e) {
            Responses.error(ctx, 400, e.field(), e.getMessage());
            return;
        } catch (NumberFormatException e) {
            Responses.error(ctx, 400, "limit", "limit must be a whole number");
            return;
        }
        vertx.executeBlocking(() -> audit.search(query), false).onSuccess(events -> {
            JsonArray out = new JsonArray();
            for (AuditTrail.Event e : events) {
                out.add(new JsonObject().put("id", e.id()).put("at", e.at().toString()).put("actor", e.actor())
                        .put("source", e.source()).put("action", e.action()).put("target", e.target())
                        .put("outcome", e.outcome()).put("detail", e.detail()));
            }
            Responses.json(ctx, 200, new JsonObject().put("events", out).encode());
        }).onFailure(e -> Responses.serverError(ctx, LOG, e));
    }

    private static String param(RoutingContext ctx, String name) {
        String value = ctx.request().getParam(name);
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static Instant instant(RoutingContext ctx, String name) {
        String value = param(ctx, name);
        try {
            return value == null ? null : Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new BadParameter(name, name + " must be an instant like 2026-12-01T00:00:00Z, got '" + value + "'");
        }
    }
}
