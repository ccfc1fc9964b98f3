package app.parley.web;

import app.parley.access.Accounts;
import app.parley.access.Identity;
import app.parley.access.Permission;
import app.parley.backtest.BacktestJobs;
import app.parley.call.Json;
import app.parley.call.PromptMark;
import app.parley.coaching.RuleBook;
import app.parley.coaching.RuleBookException;
import app.parley.coaching.RulesRepository;
import app.parley.store.CallQuery;
import app.parley.store.CallStore;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.WorkerExecutor;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.time.Clock;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Backtests of a draft of the coaching rules on stored calls (docs/backtest.md):
 * <ul>
 * <li>{@code POST /api/rules/backtests} {@code {"rules": YAML, "filter": {search parameters},
 * "sample": N}}: 202 {@code {"id"}}; 422 with the draft's errors as {@code /api/rules/validate}
 * gives them; 400 naming a bad field ({@code filter.from}, {@code sample});</li>
 * <li>{@code GET /api/rules/backtests/{id}}: the job's state, progress and result;</li>
 * <li>{@code DELETE /api/rules/backtests/{id}}: cancels a job waiting or running: 200 with its
 * status once it has stopped ({@code "cancelled"}, the calls replayed until then kept and
 * counted), 202 if it is still stopping after {@value #CANCEL_WAIT_S} s; 409 when it had finished
 * already; 404 for no such job;</li>
 * <li>{@code POST /api/rules/backtests/marks} {@code {"call_id", "rule", "at", "right"}}: a
 * reviewer's mark of a prompt, 201, signed with their name.</li>
 * </ul>
 * Backtests run one at a time on a worker of their own, so a long one holds up neither the
 * event loop nor the store reads of the review pages.
 */
public final class BacktestRoutes {
    private static final Logger LOG = LoggerFactory.getLogger(BacktestRoutes.class);
    /** The search parameters a backtest's calls are chosen by: those of GET /api/calls, and the agents' team. */
    static final Set<String> FILTERS = Set.of("q", "agent", "team", "account", "phone", "kind", "from", "to",
            "min_duration", "max_duration");

    /** How long a cancel waits for the job to stop before answering that it is stopping. */
    static final int CANCEL_WAIT_S = 10;

    private final Vertx vertx;
    private final CallStore store;
    private final RulesRepository rules;
    private final Accounts accounts;
    private final Clock clock;
    private final BacktestJobs jobs;
    private Access access;

    public BacktestRoutes(Vertx vertx, CallStore store, RulesRepository rules, Accounts accounts, Clock clock) {
        this(vertx, store, rules, accounts, clock, () -> false);
    }

    /** {@code quiet}: whether no live call runs, when a backtest may replay on a second thread too. */
    public BacktestRoutes(Vertx vertx, CallStore store, RulesRepository rules, Accounts accounts, Clock clock,
            java.util.function.BooleanSupplier quiet) {
        this.vertx = vertx;
        this.store = store;
        this.rules = rules;
        this.accounts = accounts;
        this.clock = clock;
        WorkerExecutor worker = vertx.createSharedWorkerExecutor("parley-backtest", 1, 6, TimeUnit.HOURS);
        WorkerExecutor helper = vertx.createSharedWorkerExecutor("parley-backtest-helper", 1, 6, TimeUnit.HOURS);
        this.jobs = new BacktestJobs(store, task -> worker.executeBlocking(() -> {
            task.run();
            return null;
        }, true), new BacktestJobs.Helper(task -> helper.executeBlocking(() -> {
            task.run();
            return null;
        }, false), quiet), ZoneId.systemDefault(), clock, new Random());
    }

    public void mount(Access access) {
        this.access = access;
        access.post("/api/rules/backtests", Permission.RULES_READ).handler(this::start);
        access.get("/api/rules/backtests/:id", Permission.RULES_READ).handler(this::status);
        // Whoever may start a backtest may stop one, their own or another admin's: the floor shares the worker.
        access.delete("/api/rules/backtests/:id", Permission.RULES_READ).handler(this::cancel);
        access.post("/api/rules/backtests/marks", Permission.RULES_EDIT).handler(this::mark);
    }

    private record Request(RuleBook draft, CallQuery query, String team, Integer sample) {
    }

    private void start(RoutingContext ctx) {
        JsonObject body = jsonBody(ctx);
        if (body == null) {
            return;
        }
        // Parsing a draft of up to a megabyte is a worker's job, not the event loop's.
        vertx.<Request>executeBlocking(() -> request(body), false).onSuccess(request -> start(ctx, body, request))
                .onFailure(e -> {
                    if (e instanceof BadParameter bad) {
                        Responses.error(ctx, 400, bad.field(), bad.getMessage());
                    } else if (e instanceof RuleBookException invalid) {
                        Responses.json(ctx, 422, RuleErrors.rejected(invalid).encode());
                    } else {
                        Responses.serverError(ctx, LOG, e);
                    }
                });
    }

    private void start(RoutingContext ctx, JsonObject body, Request request) {
        RuleBook published = rules.current();
        // The filter chooses among the calls the caller may read, never beyond them.
        Future<CallQuery> query = (request.team() == null ? Future.succeededFuture(request.query())
                : vertx.executeBlocking(() -> request.query().seenBy(
                        Set.copyOf(accounts.agentIdsInTeams(Set.of(request.team()))), false), false))
                .compose(q -> access.visibility(ctx, Permission.CALLS_OWN, Permission.CALLS_TEAM, Permission.CALLS_ALL)
                        .map(visible -> visible.narrow(q)));
        query.onSuccess(q -> {
            BacktestJobs.Job job;
            try {
                job = jobs.start(published, request.draft(), q, request.sample());
            } catch (BacktestJobs.Busy e) {
                Responses.error(ctx, 429, null, e.getMessage());
                return;
            }
            access.record(ctx, "backtest", job.id(), "ok", "filter " + body.getValue("filter", new JsonObject())
                    + (request.sample() == null ? "" : ", sample " + request.sample()));
            Responses.json(ctx, 202, new JsonObject().put("id", job.id()).encode());
        }).onFailure(e -> Responses.serverError(ctx, LOG, e));
    }

    private Request request(JsonObject body) throws RuleBookException {
        Object text = body.getValue("rules");
        if (!(text instanceof String draft) || draft.isBlank()) {
            throw new BadParameter("rules", "field rules must be the draft rules file (YAML text)");
        }
        RuleBook book = rules.validate(draft);
        Object filterValue = body.getValue("filter");
        if (filterValue != null && !(filterValue instanceof JsonObject)) {
            throw new BadParameter("filter", "field filter must be an object of search parameters");
        }
        JsonObject filter = filterValue == null ? new JsonObject() : (JsonObject) filterValue;
        Map<String, String> params = new HashMap<>();
        for (String name : filter.fieldNames()) {
            Object value = filter.getValue(name);
            if (!FILTERS.contains(name)) {
                throw new BadParameter("filter." + name, "filter." + name + " is no search parameter (have "
                        + FILTERS.stream().sorted().toList() + ")");
            }
            if (value != null && !(value instanceof String) && !(value instanceof Number)) {
                throw new BadParameter("filter." + name, "filter." + name + " must be text or a number");
            }
            if (value != null) {
                params.put(name, value.toString());
            }
        }
        CallQuery query;
        try {
            query = CallSearchParams.parse(params::get);
        } catch (BadParameter e) {
            throw new BadParameter("filter." + e.field(), e.getMessage().replace("query parameter ", "filter."));
        }
        Integer sample = null;
        Object sampleValue = body.getValue("sample");
        if (sampleValue != null) {
            if (!(sampleValue instanceof Integer n) || n < 1 || n > BacktestJobs.MAX_CALLS) {
                throw new BadParameter("sample", "field sample must be a whole number of calls from 1 to "
                        + BacktestJobs.MAX_CALLS + ", got " + sampleValue);
            }
            sample = n;
        }
        String team = params.get("team") == null || params.get("team").isBlank() ? null : params.get("team").strip();
        return new Request(book, query, team, sample);
    }

    private void status(RoutingContext ctx) {
        String id = ctx.pathParam("id");
        jobs.find(id).ifPresentOrElse(job -> Responses.json(ctx, 200, Json.encode(job.status())),
                () -> Responses.error(ctx, 404, "id", "no backtest " + id + " (a few recent ones are kept)"));
    }

    private void cancel(RoutingContext ctx) {
        String id = ctx.pathParam("id");
        BacktestJobs.Job job = jobs.find(id).orElse(null);
        if (job == null) {
            Responses.error(ctx, 404, "id", "no backtest " + id + " (a few recent ones are kept)");
            return;
        }
        if (!jobs.cancel(job, Access.identity(ctx).name())) {
            finishedAlready(ctx, job.status());
            return;
        }
        // The job stops between calls, on its own thread: answered once it has, without holding the event loop.
        Future.fromCompletionStage(job.stopped(), vertx.getOrCreateContext()).timeout(CANCEL_WAIT_S, TimeUnit.SECONDS)
                .onComplete(stopped -> {
                    if (stopped.failed()) {
                        access.record(ctx, "backtest-cancel", id, "ok", "stopping after " + job.status().done() + " calls");
                        Responses.json(ctx, 202, Json.encode(job.status()));
                        return;
                    }
                    BacktestJobs.Status status = stopped.result();
                    if (!BacktestJobs.Status.CANCELLED.equals(status.state())) {
                        finishedAlready(ctx, status);
                        return;
                    }
                    access.record(ctx, "backtest-cancel", id, "ok", "after " + status.done() + " of " + status.total()
                            + " calls");
                    Responses.json(ctx, 200, Json.encode(status));
                });
    }

    private static void finishedAlready(RoutingContext ctx, BacktestJobs.Status status) {
        Responses.json(ctx, 409, new JsonObject().put("error", "backtest " + status.id() + " has finished ("
                + status.state() + "): there is nothing to cancel").put("state", status.state()).encode());
    }

    private void mark(RoutingContext ctx) {
        JsonObject body = jsonBody(ctx);
        if (body == null) {
            return;
        }
        String callId = body.getValue("call_id") instanceof String s && !s.isBlank() ? s : null;
        if (callId == null) {
            Responses.error(ctx, 400, "call_id", "field call_id must name the call");
            return;
        }
        if (!(body.getValue("right") instanceof Boolean right)) {
            Responses.error(ctx, 400, "right", "field right must be true (the prompt was right) or false");
            return;
        }
        if (!(body.getValue("at") instanceof Number at)) {
            Responses.error(ctx, 400, "at", "field at must be the prompt's second of the call");
            return;
        }
        Identity who = Access.identity(ctx);
        PromptMark mark;
        try {
            mark = new PromptMark(body.getValue("rule") instanceof String s ? s : null, at.doubleValue(), right,
                    who.name(), clock.instant());
        } catch (IllegalArgumentException e) {
            String field = e.getMessage().startsWith("at ") ? "at" : e.getMessage().startsWith("by ") ? null : "rule";
            Responses.error(ctx, 400, field, e.getMessage());
            return;
        }
        // A call the caller may not read is answered as one that does not exist.
        access.visibility(ctx, Permission.CALLS_OWN, Permission.CALLS_TEAM, Permission.CALLS_ALL)
                .compose(visible -> vertx.<Boolean>executeBlocking(() -> store.agentOf(callId)
                        .map(agent -> visible.test(agent.orElse(null))).orElse(false)
                        && store.savePromptMark(callId, mark), false)).onSuccess(saved -> {
            if (!saved) {
                Responses.error(ctx, 404, "call_id", "no call with id " + callId);
                return;
            }
            access.record(ctx, "backtest-mark", callId, "ok", mark.rule() + " at " + mark.at() + " s: "
                    + (mark.right() ? "right" : "wrong"));
            Responses.json(ctx, 201, Json.encode(mark));
        }).onFailure(e -> Responses.serverError(ctx, LOG, e));
    }

    private static JsonObject jsonBody(RoutingContext ctx) {
        try {
            JsonObject body = ctx.body().asJsonObject();
            if (body != null) {
                return body;
            }
        } catch (RuntimeException e) {
            // answered below
        }
        Responses.error(ctx, 400, null, "expected a JSON object as the request body");
        return null;
    }
}
