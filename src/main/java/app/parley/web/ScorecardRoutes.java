package app.parley.web;

import app.parley.call.CallRecord;
import app.parley.call.Json;
import app.parley.coaching.RuleBook;
import app.parley.review.InvalidOverrideException;
import app.parley.review.ReviewOverride;
import app.parley.review.ScorecardRules;
import app.parley.store.CallStore;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import app.parley.access.Permission;
import io.vertx.ext.web.RoutingContext;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A call's QA scorecard (docs/review.md):
 * <ul>
 * <li>{@code GET /api/calls/{id}/scorecard}: computed from the stored call with the rules in
 * force, with the reviewers' overrides applied;</li>
 * <li>{@code POST /api/calls/{id}/scorecard/overrides} with {@code {"element", "verdict",
 * "comment"}}: keeps an override (stamped now, signed with the signed-in reviewer's name, never
 * one from the body) and answers the scorecard as it now reads. A bad field is a 400 naming it.</li>
 * </ul>
 */
public final class ScorecardRoutes {
    private static final Logger LOG = LoggerFactory.getLogger(ScorecardRoutes.class);

    private final Vertx vertx;
    private final CallStore store;
    private final Supplier<RuleBook> rules;
    private final Clock clock;
    private Access access;

    public ScorecardRoutes(Vertx vertx, CallStore store, Supplier<RuleBook> rules, Clock clock) {
        this.vertx = vertx;
        this.store = store;
        this.rules = rules;
        this.clock = clock;
    }

    public void mount(Access access) {
        this.access = access;
        access.get("/api/calls/:id/scorecard", Permission.CALLS_OWN)
                .handler(ctx -> CallRoutes.seen(ctx, vertx, store, access, this::scorecard));
        access.post("/api/calls/:id/scorecard/overrides", Permission.SCORECARD_OVERRIDE)
                .handler(ctx -> CallRoutes.seen(ctx, vertx, store, access, this::override));
    }

    private void scorecard(RoutingContext ctx) {
        answer(ctx, ctx.pathParam("id"), 200);
    }

    private void override(RoutingContext ctx) {
        String id = ctx.pathParam("id");
        JsonObject body;
        try {
            body = ctx.body().asJsonObject();
        } catch (RuntimeException e) {
            body = null;
        }
        if (body == null) {
            Responses.error(ctx, 400, null, "expected a JSON body {\"element\", \"verdict\", \"comment\"}");
            return;
        }
        ReviewOverride override;
        try {
            override = ReviewOverride.of(text(body, "element"), text(body, "verdict"), text(body, "comment"),
                    Access.identity(ctx).name(), clock.instant());
        } catch (InvalidOverrideException e) {
            Responses.error(ctx, 400, e.field(), e.getMessage());
            return;
        }
        vertx.<Boolean>executeBlocking(() -> store.saveScorecardOverride(id, override), false).onSuccess(saved -> {
            if (!saved) {
                Responses.error(ctx, 404, "id", "no call with id " + id);
            } else {
                LOG.info("call {}: {} overrode {} as {}", id, override.reviewer(), override.element().id(),
                        override.verdict().id());
                access.record(ctx, "scorecard-override", id, "ok", override.element().id() + " -> "
                        + override.verdict().id() + (override.comment() == null ? "" : ": " + override.comment()));
                answer(ctx, id, 201);
            }
        }).onFailure(e -> Responses.serverError(ctx, LOG, e));
    }

    /** The field's text; anything else (a number, an object) is refused naming the field. */
    private static String text(JsonObject body, String field) {
        Object value = body.getValue(field);
        if (value != null && !(value instanceof String)) {
            throw new InvalidOverrideException(field, field + " must be text, got " + value);
        }
        return (String) value;
    }

    private void answer(RoutingContext ctx, String id, int status) {
        RuleBook book = rules.get();
        vertx.<Optional<String>>executeBlocking(() -> {
            Optional<CallRecord> record = store.find(id);
            if (record.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(Json.MAPPER.writeValueAsString(ScorecardRules.score(record.get(), store.loudness(id), book)
                    .withOverrides(store.scorecardOverrides(id))));
        }, false).onSuccess(body -> {
            if (body.isEmpty()) {
                Responses.error(ctx, 404, "id", "no call with id " + id);
            } else {
                Responses.json(ctx, status, body.get());
            }
        }).onFailure(e -> Responses.serverError(ctx, LOG, e));
    }
}
