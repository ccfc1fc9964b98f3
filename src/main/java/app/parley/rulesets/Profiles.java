package app.parley.rulesets;

import app.parley.call.CoachedBy;
import app.parley.coaching.RuleBook;
import app.parley.coaching.RuleBookFor;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;

/**
 * The rules each live call is coached with: the floor's rules (the latest version published to
 * everyone), overridden for the agents of a team that has its own profile (see {@link Rollout}
 * for an agent in several). Held in memory and swapped atomically, so a call's start asks it on
 * the event loop without I/O; {@link RulesConsole} changes it as it publishes, and who is in which
 * team is handed in ({@link #agents}) from the accounts, read on a worker. Thread-safe.
 */
public final class Profiles implements RuleBookFor {

    /** The rules of one version, parsed. {@code version} 0: the rules are not a recorded version. */
    record Rules(int version, RuleBook book) {
    }

    /** Everything a choice is made from, replaced whole. */
    record State(Rules floor, Map<String, Rules> teams, Map<String, Set<String>> agentTeams) {
        State {
            teams = Map.copyOf(teams);
            agentTeams = Map.copyOf(agentTeams);
        }

        State withFloor(Rules rules) {
            return new State(rules, teams, agentTeams);
        }

        State withTeam(String team, Rules rules) {
            Map<String, Rules> changed = new HashMap<>(teams);
            if (rules == null) {
                changed.remove(team);
            } else {
                changed.put(team, rules);
            }
            return new State(floor, changed, agentTeams);
        }

        State withAgents(Map<String, Set<String>> agents) {
            return new State(floor, teams, agents);
        }
    }

    private final AtomicReference<State> state;
    /** Where {@link #refreshAgents} reads who is in which team (blocking); none until {@link #readAgentsFrom}. */
    private volatile java.util.function.Supplier<Map<String, Set<String>>> agentSource;

    Profiles(Rules floor) {
        this.state = new AtomicReference<>(new State(Objects.requireNonNull(floor), Map.of(), Map.of()));
    }

    @Override
    public Choice forAgent(String agentId) {
        State now = state.get();
        Set<String> teams = agentId == null ? Set.of() : now.agentTeams().getOrDefault(agentId, Set.of());
        Map<String, Integer> versions = new HashMap<>();
        now.teams().forEach((team, rules) -> versions.put(team, rules.version()));
        return Rollout.teamOf(teams, versions)
                .map(team -> new Choice(now.teams().get(team).book(), new CoachedBy(now.teams().get(team).version(), team)))
                .orElseGet(() -> new Choice(now.floor().book(),
                        now.floor().version() == 0 ? null : CoachedBy.floor(now.floor().version())));
    }

    /** Who is in which team: agent id to the teams of its (enabled) accounts. */
    public void agents(Map<String, Set<String>> agentTeams) {
        update(s -> s.withAgents(agentTeams));
    }

    /**
     * From now on {@link #refreshAgents} reads who is in which team from {@code source} (the
     * accounts: blocking), and reads it now.
     */
    public void readAgentsFrom(java.util.function.Supplier<Map<String, Set<String>>> source) {
        this.agentSource = Objects.requireNonNull(source);
        refreshAgents();
    }

    /** Reads who is in which team again (without a source, keeps what it was told). Blocking: call it from a worker. */
    public void refreshAgents() {
        java.util.function.Supplier<Map<String, Set<String>>> source = agentSource;
        if (source != null) {
            agents(source.get());
        }
    }

    /** The teams some agent is in, by name. */
    public Set<String> teams() {
        Set<String> teams = new java.util.TreeSet<>();
        state.get().agentTeams().values().forEach(teams::addAll);
        return teams;
    }

    State state() {
        return state.get();
    }

    /** The floor and the teams' profiles as they were in {@code before}; who is in which team stays as it is now. */
    void restore(State before) {
        state.updateAndGet(now -> new State(before.floor(), before.teams(), now.agentTeams()));
    }

    void update(UnaryOperator<State> change) {
        state.updateAndGet(change);
    }
}
