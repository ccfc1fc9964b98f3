package app.parley.rulesets;

import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which team's profile coaches an agent's calls: pure, over the agent's teams and the teams'
 * profiles (team to version). An agent in several teams with a profile each is coached with the
 * most recent rollout among them (the highest version number; on a tie the team first by name),
 * so publishing to one of an agent's teams always reaches that agent.
 */
final class Rollout {
    private Rollout() {
    }

    /** The team among {@code agentTeams} whose profile applies, or empty: the floor's rules. */
    static Optional<String> teamOf(Set<String> agentTeams, Map<String, Integer> profiles) {
        if (agentTeams == null || agentTeams.isEmpty() || profiles.isEmpty()) {
            return Optional.empty();
        }
        return agentTeams.stream().filter(profiles::containsKey)
                .max(Comparator.<String>comparingInt(profiles::get).thenComparing(Comparator.<String>reverseOrder()));
    }
}
