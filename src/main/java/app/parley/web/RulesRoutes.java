package app.parley.web;

import app.parley.access.Permission;
import app.parley.coaching.RuleBook;
import app.parley.coaching.RuleBookException;
import app.parley.coaching.RulesDiff;
import app.parley.coaching.RulesOutline;
import app.parley.coaching.RulesRepository;
import app.parley.rulesets.DraftBase;
import app.parley.rulesets.RuleVersions;
import app.parley.rulesets.RulesConsole;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The coaching rules over HTTP, for an admin's editor and the rules console
 * ({@code /admin/rules}; docs/rules-console.md):
 * <ul>
 *   <li>{@code GET /api/rules}: the rules file in force, as YAML ({@code ?builtin=true}: the
 *       built-in pack of the site's language, to start over from);</li>
 *   <li>{@code POST /api/rules/validate}: checks a rules file (YAML in the body) without putting
 *       it in force: 200 with {@code {"valid": true, "rules": [...], "concepts": [...], "outline": [...]}} or
 *       {@code {"valid": false, "errors": [{"line", "rule", "concept", "field", "message"}], "outline": [...]}};</li>
 *   <li>{@code PUT /api/rules}: validates, keeps as a new version ({@code ?comment=}) and puts a
 *       rules file in force for the calls that start from then on: 200 as above, or 422 with the
 *       errors, the rules in force unchanged;</li>
 *   <li>{@code GET|PUT|DELETE /api/rules/draft}: the shared draft with its {@code revision} (a
 *       PUT saves it even when invalid, and answers like validate),
 *       {@code POST /api/rules/publish {"comment", "base"}}. A PUT or DELETE with
 *       {@code ?base=REVISION} ({@code ?base=none}: made while there was no draft), and a publish
 *       with {@code "base"}, is refused with 409 naming who changed the draft and when, when the
 *       draft is no longer that one; without a base, the change is made whatever the draft is;</li>
 *   <li>{@code GET /api/rules/versions}, {@code GET /api/rules/versions/{n}},
 *       {@code POST /api/rules/versions/{n}/restore {"comment"}} (a rollback: a new version with
 *       that text), {@code GET /api/rules/diff?from=N|draft&to=M|draft} (rule by rule), and
 *       {@code POST /api/rules/diff?from=N|draft} to the YAML in the body (an editor's text);</li>
 *   <li>rollout: publish and restore take {@code "team"} (one team's calls only: its profile);
 *       {@code GET /api/rules/profiles} lists the teams' profiles and the teams there are,
 *       {@code DELETE /api/rules/profiles/{team}} returns a team to the floor's rules.</li>
 * </ul>
 * Every publish is in the audit trail as {@code rules-change}, with its comment and text diff.
 */
public final class RulesRoutes {
    private static final Logger LOG = LoggerFactory.getLogger(RulesRoutes.class);
    /** The longest comment kept with a version. */
    static final int MAX_COMMENT = 1000;
    /** The page of the rules console. */
    static final String PAGE = "/admin/rules";

    private final Vertx vertx;
    private final RulesConsole console;
    private final RulesRepository rules;
    private Access access;

    public RulesRoutes(Vertx vertx, RulesConsole console) {
        this.vertx = vertx;
        this.console = console;
        this.rules = console.rules();
    }

    public void mount(Access access) {
        this.access = access;
        access.page(PAGE, "rules.html");
        access.get("/api/rules", Permission.RULES_READ).handler(this::get);
        access.put("/api/rules", Permission.RULES_EDIT).handler(this::put);
        access.post("/api/rules/validate", Permission.RULES_READ).handler(this::validate);
        access.get("/api/rules/draft", Permission.RULES_READ).handler(this::draft);
        access.put("/api/rules/draft", Permission.RULES_EDIT).handler(this::saveDraft);
        access.delete("/api/rules/draft", Permission.RULES_EDIT).handler(this::discardDraft);
        access.post("/api/rules/publish", Permission.RULES_EDIT).handler(this::publish);
        access.get("/api/rules/versions", Permission.RULES_READ).handler(this::versions);
        access.get("/api/rules/versions/:number", Permission.RULES_READ).handler(this::version);
        access.post("/api/rules/versions/:number/restore", Permission.RULES_EDIT).handler(this::restore);
        access.get("/api/rules/diff", Permission.RULES_READ).handler(this::diff);
        access.post("/api/rules/diff", Permission.RULES_READ).handler(this::diffToText);
        access.get("/api/rules/profiles", Permission.RULES_READ).handler(this::profiles);
        access.delete("/api/rules/profiles/:team", Permission.RULES_EDIT).handler(this::returnToFloor);
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
            Responses.json(ctx, 200, rejected(e, text).encode());
        }
    }

    private void put(RoutingContext ctx) {
        String text = body(ctx);
        if (text == null) {
            return;
        }
        String comment = ctx.request().getParam("comment");
        String why;
        try {
            why = comment == null || comment.isBlank() ? "PUT /api/rules" : comment(comment);
        } catch (BadParameter e) {
            Responses.error(ctx, 400, e.field(), e.getMessage());
            return;
        }
        publishing(ctx, () -> console.publish(text, actor(ctx), why), published ->
                Responses.json(ctx, 200, accepted(published.book()).put("version", summary(published.version())).encode()));
    }

    private void draft(RoutingContext ctx) {
        blocking(ctx, false, console::draft, found -> {
            if (found.isEmpty()) {
                Responses.error(ctx, 404, null, "there is no draft: the rules in force are at GET /api/rules");
                return;
            }
            RuleVersions.Draft d = found.get();
            Responses.json(ctx, 200, draft(d).put("text", d.text()).encode());
        });
    }

    private void saveDraft(RoutingContext ctx) {
        String text = body(ctx);
        if (text == null) {
            return;
        }
        DraftBase base = baseOrAnswer(ctx);
        if (base == null) {
            return;
        }
        String author = actor(ctx);
        blocking(ctx, true, () -> console.saveDraft(text, author, base), saved -> {
            JsonObject answer = saved.book() != null ? accepted(saved.book()) : rejected(saved.errors(), text);
            Responses.json(ctx, 200, answer.put("draft", draft(saved.draft())).encode());
        });
    }

    /** The request's {@code ?base=}, or null once a 400 naming it has been sent. */
    private static DraftBase baseOrAnswer(RoutingContext ctx) {
        try {
            return base(ctx.request().getParam("base"));
        } catch (BadParameter e) {
            Responses.error(ctx, 400, e.field(), e.getMessage());
            return null;
        }
    }

    private void discardDraft(RoutingContext ctx) {
        DraftBase base = baseOrAnswer(ctx);
        if (base == null) {
            return;
        }
        String who = actor(ctx);
        blocking(ctx, true, () -> console.discardDraft(who, base), discarded -> {
            if (discarded) {
                ctx.response().setStatusCode(204).end();
            } else {
                Responses.error(ctx, 404, null, "there is no draft to discard");
            }
        });
    }

    private void publish(RoutingContext ctx) {
        String comment;
        String team;
        DraftBase base;
        try {
            JsonObject body = json(ctx);
            comment = comment(body.getValue("comment") instanceof String c ? c : null);
            team = team(body);
            Object value = body.getValue("base");
            if (value != null && !(value instanceof String)) {
                throw new BadParameter("base", "field base must be the draft's revision as loaded, or \"none\"");
            }
            base = base((String) value);
        } catch (BadParameter e) {
            Responses.error(ctx, 400, e.field(), e.getMessage());
            return;
        }
        String author = actor(ctx);
        publishing(ctx, () -> console.publishDraft(author, comment, team, base), published ->
                Responses.json(ctx, 200, accepted(published.book()).put("version", summary(published.version())).encode()));
    }

    private void restore(RoutingContext ctx) {
        int number;
        String comment;
        String team;
        try {
            number = versionNumber("number", ctx.pathParam("number"));
            JsonObject body = json(ctx);
            comment = comment(body.getString("comment"));
            team = team(body);
        } catch (BadParameter e) {
            Responses.error(ctx, 400, e.field(), e.getMessage());
            return;
        }
        String author = actor(ctx);
        publishing(ctx, () -> console.restore(number, author, comment, team), published ->
                Responses.json(ctx, 200, accepted(published.book()).put("version", summary(published.version())).encode()));
    }

    private void versions(RoutingContext ctx) {
        blocking(ctx, false, console::versions, list -> {
            JsonArray versions = new JsonArray();
            list.forEach(v -> versions.add(summary(v)));
            Integer floor = list.stream().filter(v -> v.team() == null).findFirst().map(RuleVersions.Summary::number)
                    .orElse(null);
            Responses.json(ctx, 200, new JsonObject().put("versions", versions).put("in_force", floor).encode());
        });
    }

    private void version(RoutingContext ctx) {
        int number;
        try {
            number = versionNumber("number", ctx.pathParam("number"));
        } catch (BadParameter e) {
            Responses.error(ctx, 400, e.field(), e.getMessage());
            return;
        }
        blocking(ctx, false, () -> console.version(number), v ->
                Responses.json(ctx, 200, summary(v.summary()).put("text", v.text()).encode()));
    }

    private void profiles(RoutingContext ctx) {
        blocking(ctx, false, () -> {
            // Read who is in which team now: an account added since the last periodic read is a team to publish to.
            console.profiles().refreshAgents();
            List<RuleVersions.Profile> profiles = console.teamProfiles();
            return new JsonObject().put("profiles", new JsonArray(profiles.stream().map(p -> new JsonObject()
                            .put("team", p.team()).put("version", p.version()).put("set_by", p.setBy())
                            .put("set_at", p.setAt().toString())).toList()))
                    .put("teams", new JsonArray(List.copyOf(console.profiles().teams())))
                    .put("floor", console.latest().map(RuleVersions.Version::number).orElse(null));
        }, answer -> Responses.json(ctx, 200, answer.encode()));
    }

    private void returnToFloor(RoutingContext ctx) {
        String team;
        try {
            team = RulesConsole.team(ctx.pathParam("team"));
        } catch (RulesConsole.BadTeam e) {
            Responses.error(ctx, 400, "team", e.getMessage());
            return;
        }
        blocking(ctx, true, () -> console.returnToFloor(team), removed -> {
            if (removed.isEmpty()) {
                Responses.error(ctx, 404, null, "team " + team + " has no profile: it follows the floor's rules");
                return;
            }
            LOG.info("coaching rules: team {} returned to the floor's rules by {} (was version {})", team, actor(ctx),
                    removed.get().version());
            access.record(ctx, "rules-change", "team " + team, "ok",
                    "returned to the floor's rules (its profile was version " + removed.get().version() + ")");
            ctx.response().setStatusCode(204).end();
        });
    }

    private void diff(RoutingContext ctx) {
        RulesConsole.Side from;
        RulesConsole.Side to;
        try {
            from = side("from", ctx.request().getParam("from"));
            to = side("to", ctx.request().getParam("to"));
        } catch (BadParameter e) {
            Responses.error(ctx, 400, e.field(), e.getMessage());
            return;
        }
        blocking(ctx, false, () -> console.diff(from, to), result ->
                Responses.json(ctx, 200, diff(result).put("from", from.toString()).put("to", to.toString()).encode()));
    }

    private void diffToText(RoutingContext ctx) {
        RulesConsole.Side from;
        try {
            from = side("from", ctx.request().getParam("from"));
        } catch (BadParameter e) {
            Responses.error(ctx, 400, e.field(), e.getMessage());
            return;
        }
        String text = body(ctx);
        if (text == null) {
            return;
        }
        blocking(ctx, false, () -> console.diff(from, text), result ->
                Responses.json(ctx, 200, diff(result).put("from", from.toString()).put("to", "text").encode()));
    }

    // --- doing it -----------------------------------------------------------------------------

    /**
     * A publish on a worker, in order (each diffs against the rules it replaced), recorded in the
     * audit trail whether it went through or was refused.
     */
    private void publishing(RoutingContext ctx, Callable<RulesConsole.Published> work,
            Consumer<RulesConsole.Published> answer) {
        vertx.<Recorded>executeBlocking(() -> {
            RulesConsole.Published published = work.call();
            return new Recorded(published, TextDiff.unified(published.before(), published.version().text()));
        }, true).onSuccess(recorded -> {
            RuleVersions.Version v = recorded.published().version();
            LOG.info("coaching rules version {} published by {}: {}", v.number(), v.author(), recorded.published().book());
            access.record(ctx, "rules-change", "version " + v.number(), "ok",
                    "comment: " + v.comment() + (v.team() == null ? "" : "\nto team " + v.team() + " only")
                            + (v.restoredFrom() == null ? "" : "\nrestores version " + v.restoredFrom())
                            + "\n" + recorded.diff());
            answer.accept(recorded.published());
        }).onFailure(e -> {
            if (e instanceof RuleBookException || e instanceof RulesConsole.DraftChanged) {
                access.record(ctx, "rules-change", "rules", "refused", e.getMessage());
            }
            failed(ctx, e);
        });
    }

    private record Recorded(RulesConsole.Published published, String diff) {
    }

    private <T> void blocking(RoutingContext ctx, boolean ordered, Callable<T> work, Consumer<T> answer) {
        vertx.executeBlocking(work, ordered).onSuccess(answer::accept).onFailure(e -> failed(ctx, e));
    }

    private static void failed(RoutingContext ctx, Throwable e) {
        if (e instanceof RuleBookException invalid) {
            Responses.json(ctx, 422, rejected(invalid, null).encode());
        } else if (e instanceof RulesConsole.Missing missing) {
            Responses.error(ctx, 404, null, missing.getMessage());
        } else if (e instanceof RulesConsole.DraftChanged changed) {
            RuleVersions.DraftState now = changed.now();
            Responses.json(ctx, 409, new JsonObject().put("error", changed.getMessage())
                    .put("draft", now.draft().map(RulesRoutes::draft).orElse(null))
                    .put("ended", now.ended().map(RulesRoutes::ended).orElse(null)).encode());
        } else {
            Responses.serverError(ctx, LOG, e);
        }
    }

    // --- reading the request ------------------------------------------------------------------

    private static String actor(RoutingContext ctx) {
        return Access.identity(ctx).name();
    }

    private static String body(RoutingContext ctx) {
        String text = ctx.body() == null ? null : ctx.body().asString("UTF-8");
        if (text == null || text.isBlank()) {
            Responses.json(ctx, 400, new JsonObject().put("error", "send the rules file (YAML) as the request body").encode());
            return null;
        }
        return text;
    }

    private static JsonObject json(RoutingContext ctx) {
        try {
            JsonObject body = ctx.body() == null ? null : ctx.body().asJsonObject();
            if (body != null) {
                return body;
            }
        } catch (RuntimeException e) {
            // Answered below.
        }
        throw new BadParameter(null, "expected a JSON body {\"comment\": \"why\"}");
    }

    static String comment(String comment) {
        if (comment == null || comment.isBlank()) {
            throw new BadParameter("comment", "field comment is required: say why the rules change");
        }
        if (comment.length() > MAX_COMMENT) {
            throw new BadParameter("comment", "field comment has at most " + MAX_COMMENT + " characters, got "
                    + comment.length());
        }
        return comment.strip();
    }

    /** The optional {@code "team"} of a publish or restore: null (or absent) for everyone. */
    static String team(JsonObject body) {
        Object value = body.getValue("team");
        if (value == null) {
            return null;
        }
        if (!(value instanceof String text)) {
            throw new BadParameter("team", "field team must be a team's name, or null for everyone");
        }
        try {
            return RulesConsole.team(text);
        } catch (RulesConsole.BadTeam e) {
            throw new BadParameter("team", "field team: " + e.getMessage());
        }
    }

    static int versionNumber(String field, String value) {
        try {
            int number = Integer.parseInt(value == null ? "" : value.trim());
            if (number >= 1) {
                return number;
            }
        } catch (NumberFormatException e) {
            // Answered below.
        }
        throw new BadParameter(field, field + " must be a version number (1, 2, ...), got "
                + (value == null ? "nothing" : "'" + value + "'"));
    }

    static RulesConsole.Side side(String field, String value) {
        if ("draft".equals(value)) {
            return RulesConsole.Side.DRAFT;
        }
        try {
            return new RulesConsole.Side(versionNumber(field, value));
        } catch (BadParameter e) {
            throw new BadParameter(field, e.getMessage() + " or 'draft'");
        }
    }

    /**
     * What a change to the draft was based on: {@code ?base=} (or a publish's {@code "base"}), the
     * revision the page loaded or last saved, or {@code none} when it had no draft; absent: any.
     */
    static DraftBase base(String value) {
        if (value == null) {
            return DraftBase.ANY;
        }
        if (value.equals("none")) {
            return DraftBase.NONE;
        }
        if (!value.matches("[A-Za-z0-9-]{1,64}")) {
            throw new BadParameter("base", "base must be the draft's revision as loaded (GET /api/rules/draft), or "
                    + "'none' when there was no draft; got '" + value + "'");
        }
        return DraftBase.revision(value);
    }

    // --- answers --------------------------------------------------------------------------------

    private static JsonObject accepted(RuleBook book) {
        return new JsonObject().put("valid", true).put("source", book.source()).put("language", book.language())
                .put("rules", new JsonArray(book.ruleNames())).put("concepts", new JsonArray(book.conceptNames()))
                .put("outline", outline(book.text()));
    }

    /** {@code text}: the file refused, for its outline (null: none). */
    private static JsonObject rejected(RuleBookException e, String text) {
        JsonObject answer = RuleErrors.rejected(e);
        return text == null ? answer : answer.put("outline", outline(text));
    }

    private static JsonArray outline(String text) {
        JsonArray rules = new JsonArray();
        for (RulesOutline.Entry e : RulesOutline.of(text)) {
            rules.add(new JsonObject().put("name", e.name()).put("kind", e.kind()).put("severity", e.severity())
                    .put("speaker", e.speaker()).put("trigger", e.trigger()).put("cooldown", e.cooldown())
                    .put("enabled", e.enabled()).put("concepts", new JsonArray(e.concepts())).put("line", e.line())
                    .put("last_line", e.lastLine()));
        }
        return rules;
    }

    private static JsonObject summary(RuleVersions.Version v) {
        return summary(v.summary());
    }

    private static JsonObject summary(RuleVersions.Summary v) {
        return new JsonObject().put("version", v.number()).put("author", v.author()).put("at", v.at().toString())
                .put("comment", v.comment()).put("rules", v.ruleCount()).put("restored_from", v.restoredFrom())
                .put("team", v.team());
    }

    private static JsonObject draft(RuleVersions.Draft d) {
        return new JsonObject().put("saved_by", d.savedBy()).put("saved_at", d.savedAt().toString())
                .put("valid", d.valid()).put("based_on", d.basedOn()).put("revision", d.revision());
    }

    private static JsonObject ended(RuleVersions.Ended e) {
        return new JsonObject().put("by", e.by()).put("at", e.at().toString())
                .put("how", e.published() ? "published" : "discarded").put("version", e.publishedAs());
    }

    private static JsonObject diff(RulesDiff.Result result) {
        JsonArray rules = new JsonArray();
        for (RulesDiff.RuleChange r : result.rules()) {
            JsonArray concepts = new JsonArray();
            r.concepts().forEach(c -> concepts.add(concept(c)));
            rules.add(new JsonObject().put("name", r.name()).put("change", change(r.change()))
                    .put("fields", fields(r.fields())).put("concepts", concepts));
        }
        JsonArray concepts = new JsonArray();
        result.concepts().forEach(c -> concepts.add(concept(c)));
        return new JsonObject().put("rules", rules).put("concepts", concepts).put("settings", fields(result.settings()))
                .put("language", fields(result.language())).put("unchanged_rules", result.unchangedRules());
    }

    private static JsonObject concept(RulesDiff.ConceptChange c) {
        return new JsonObject().put("name", c.name()).put("change", change(c.change())).put("fields", fields(c.fields()))
                .put("used_by", new JsonArray(c.usedBy()));
    }

    private static JsonArray fields(List<RulesDiff.FieldChange> fields) {
        JsonArray out = new JsonArray();
        for (RulesDiff.FieldChange f : fields) {
            out.add(new JsonObject().put("field", f.field()).put("before", f.before()).put("after", f.after())
                    .put("added", new JsonArray(f.added())).put("removed", new JsonArray(f.removed())));
        }
        return out;
    }

    private static String change(RulesDiff.Change change) {
        return change.name().toLowerCase(java.util.Locale.ROOT);
    }
}
