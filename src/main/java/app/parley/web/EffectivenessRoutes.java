package app.parley.web;

import app.parley.access.Account;
import app.parley.access.Accounts;
import app.parley.access.Permission;
import app.parley.call.Json;
import app.parley.coaching.RulesRepository;
import app.parley.effectiveness.EffectivenessReport;
import app.parley.effectiveness.StoredCallsEffectiveness;
import app.parley.store.CallQuery;
import app.parley.store.CallStore;
import io.vertx.core.Vertx;
import io.vertx.core.WorkerExecutor;
import io.vertx.ext.web.RoutingContext;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /api/effectiveness?from=&to=&team=&rule=} (docs/effectiveness.md): how each
 * rule's prompts fared on the stored calls, per team and week. Needs {@code rules-read}, as the
 * backtest: those who tune the rules. Counted on a worker of its own (one thread), so a long
 * count holds up neither the event loop nor the review pages' store reads.
 */
public final class EffectivenessRoutes {
    private static final Logger LOG = LoggerFactory.getLogger(EffectivenessRoutes.class);
    static final Set<String> PARAMETERS = Set.of("from", "to", "team", "rule");
    private static final Pattern RULE_NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,127}");
    private static final int MAX_TEAM = 128;

    private final StoredCallsEffectiveness counting;
    private final RulesRepository rules;
    private final Accounts accounts;
    private final WorkerExecutor worker;

    public EffectivenessRoutes(Vertx vertx, CallStore store, RulesRepository rules, Accounts accounts) {
        this.counting = new StoredCallsEffectiveness(store, ZoneId.systemDefault());
        this.rules = rules;
        this.accounts = accounts;
        this.worker = vertx.createSharedWorkerExecutor("parley-effectiveness", 1, 10, TimeUnit.MINUTES);
    }

    private Access access;

    public void mount(Access access) {
        this.access = access;
        access.get("/api/effectiveness", Permission.RULES_READ).handler(this::report);
    }

    private void report(RoutingContext ctx) {
        CallQuery query;
        String team;
        String rule;
        try {
            for (String name : ctx.queryParams().names()) {
                if (!PARAMETERS.contains(name)) {
                    throw new BadParameter(name, "query parameter " + name + " is not known (have from, to, team, rule)");
                }
            }
            query = CallSearchParams.parse(name -> name.equals("from") || name.equals("to")
                    ? ctx.request().getParam(name) : null);
            team = blankIsNull(ctx.request().getParam("team"));
            if (team != null && team.length() > MAX_TEAM) {
                throw new BadParameter("team", "query parameter team must be a team's name, at most " + MAX_TEAM
                        + " characters");
            }
            rule = blankIsNull(ctx.request().getParam("rule"));
            if (rule != null && !RULE_NAME.matcher(rule).matches()) {
                throw new BadParameter("rule", "query parameter rule must be a rule's name (lower-case words joined by"
                        + " '-'), got '" + rule + "'");
            }
        } catch (BadParameter e) {
            Responses.error(ctx, 400, e.field(), e.getMessage());
            return;
        }
        // The filters choose among the calls the caller may read, never beyond them.
        access.visibility(ctx, Permission.CALLS_OWN, Permission.CALLS_TEAM, Permission.CALLS_ALL)
                .compose(visible -> worker.<EffectivenessReport>executeBlocking(() -> {
            Map<String, Set<String>> teamsOfAgent = new HashMap<>();
            for (Account account : accounts.list()) {
                if (account.agentId() != null) {
                    teamsOfAgent.computeIfAbsent(account.agentId(), a -> new HashSet<>()).addAll(account.teams());
                }
            }
            CallQuery chosen = visible.narrow(team == null ? query
                    : query.seenBy(Set.copyOf(accounts.agentIdsInTeams(Set.of(team))), false));
            EffectivenessReport report = counting.report(chosen, rules.current(),
                    agent -> teamsOfAgent.getOrDefault(agent, Set.of()), team);
            return rule == null ? report : report.ofRule(rule);
        }, false)).onSuccess(report -> Responses.json(ctx, 200, Json.encode(report)))
                .onFailure(e -> Responses.serverError(ctx, LOG, e));
    }

    private static String blankIsNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
