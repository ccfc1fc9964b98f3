package app.parley.web;

import app.parley.coaching.RuleBook;
import app.parley.coaching.RuleBookException;
import app.parley.coaching.RuleError;
import app.parley.coaching.RulesRepository;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import app.parley.access.Permission;
import io.vertx.ext.web.RoutingContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The coaching rules over HTTP, for an admin's editor:
 * <ul>
 *   <li>{@code GET /api/rules}: the rules file in force, as YAML ({@code ?builtin=true}: the
 *       built-in pack of the site's language, to start over from);</li>
 *   <li>{@code POST /api/rules/validate}: checks a rules file (YAML in the body) without putting
 *       it in force: 200 with {@code {"valid": true, "rules": [...], "concepts": [...]}} or
 *       {@code {"valid": false, "errors": [{"line", "rule", "concept", "field", "message"}]}};</li>
 *   <li>{@code PUT /api/rules}: validates, saves and puts a rules file in force for the calls that
 *       start from then on: 200 as above, or 422 with the errors, the rules in force unchanged.</li>
 * </ul>
 * Mount it with {@link #mount(Access)} before the catch-all {@code /api/*} handler.
 */
public final class RulesRoutes {
    private static final Logger LOG = LoggerFactory.getLogger(RulesRoutes.class);

    private final Vertx vertx;
    private final RulesRepository rules;
    private Access access;

    public RulesRoutes(Vertx vertx, RulesRepository rules) {
        this.vertx = vertx;
        this.rules = rules;
    }

    public void mount(Access access) {
        this.access = access;
        access.get("/api/rules", Permission.RULES_READ).handler(this::get);
        access.put("/api/rules", Permission.RULES_EDIT).handler(this::put);
        access.post("/api/rules/validate", Permission.RULES_READ).handler(this::validate);
    }

    private void get(RoutingContext ctx) {
        boolean builtIn = "true".equals(ctx.request().getParam("builtin"));
        String text = builtIn ? RuleBook.builtInText(rules.language()) : rules.current().text();
        String source = builtIn ? "built-in " + rules.language() + " rules" : rules.current().source();
        ctx.response().setStatusCode(200)
                .putHeader("Content-Type", "application/yaml; charset=utf-8")
                .putHeader("X-Parley-Rules-Source", source)
                .end(text);
    }

    private void validate(RoutingContext ctx) {
        String text = body(ctx);
        if (text == null) {
            return;
        }
        try {
            Responses.json(ctx, 200, accepted(rules.validate(text)).encode());
        } catch (RuleBookException e) {
            Responses.json(ctx, 200, rejected(e).encode());
        }
    }

    private void put(RoutingContext ctx) {
        String text = body(ctx);
        if (text == null) {
            return;
        }
        // Saving the file blocks and a diff of a large file takes a while: both run on a worker, in order
        // (two replacements at once each diff against the rules they replaced).
        vertx.<Replaced>executeBlocking(() -> {
            String before = rules.current().text();
            RuleBook book = rules.replace(text);
            return new Replaced(book, TextDiff.unified(before, text));
        }, true)
                .onSuccess(replaced -> {
                    LOG.info("coaching rules replaced: {}", replaced.book());
                    access.record(ctx, "rules-change", replaced.book().source(), "ok", replaced.diff());
                    Responses.json(ctx, 200, accepted(replaced.book()).encode());
                })
                .onFailure(e -> {
                    if (e instanceof RuleBookException invalid) {
                        access.record(ctx, "rules-change", "rules", "refused", invalid.getMessage());
                        Responses.json(ctx, 422, rejected(invalid).encode());
                    } else {
                        LOG.error("cannot save the coaching rules: {}", e.getMessage());
                        Responses.json(ctx, 500, new JsonObject().put("error", "cannot save the rules: " + e.getMessage()).encode());
                    }
                });
    }

    private record Replaced(RuleBook book, String diff) {
    }

    private static String body(RoutingContext ctx) {
        String text = ctx.body() == null ? null : ctx.body().asString("UTF-8");
        if (text == null || text.isBlank()) {
            Responses.json(ctx, 400, new JsonObject().put("error", "send the rules file (YAML) as the request body").encode());
            return null;
        }
        return text;
    }

    private static JsonObject accepted(RuleBook book) {
        return new JsonObject().put("valid", true).put("source", book.source()).put("language", book.language())
                .put("rules", new JsonArray(book.ruleNames())).put("concepts", new JsonArray(book.conceptNames()));
    }

    private static JsonObject rejected(RuleBookException e) {
        JsonArray errors = new JsonArray();
        for (RuleError error : e.errors()) {
            errors.add(new JsonObject().put("line", error.line()).put("rule", error.rule())
                    .put("concept", error.concept()).put("field", error.field()).put("message", error.message())
                    .put("text", error.toString()));
        }
        return new JsonObject().put("valid", false).put("errors", errors);
    }
}
