package app.parley.rulesets;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which team's profile coaches an agent: by the agent's teams and the teams' profiles (team=version). */
class RolloutTest {

    @ParameterizedTest(name = "agent in [{0}], profiles [{1}] -> {2}")
    @CsvSource(delimiter = '|', nullValues = "floor", value = {
        // No team, or no team with a profile: the floor's rules.
        "''              | north=4          | floor",
        "south           | ''               | floor",
        "south           | north=4          | floor",
        // The agent's one team with a profile.
        "north           | north=4          | north",
        "north,south     | north=4          | north",
        // Several teams with a profile: the most recent rollout (highest version) wins...
        "north,south     | north=4,south=6  | south",
        "north,south     | north=7,south=6  | north",
        // ...and on a tie (not made by Parley, but possible by hand) the team first by name.
        "south,north     | north=5,south=5  | north",
        "east,west       | west=2,east=2    | east",
    })
    void anAgentIsCoachedWithTheNewestProfileAmongItsTeams(String agentTeams, String profiles, String expected) {
        assertEquals(Optional.ofNullable(expected), Rollout.teamOf(teams(agentTeams), profiles(profiles)));
    }

    private static Set<String> teams(String list) {
        return list.isBlank() ? Set.of() : Set.of(list.split(","));
    }

    private static Map<String, Integer> profiles(String list) {
        Map<String, Integer> out = new java.util.HashMap<>();
        if (!list.isBlank()) {
            for (String p : list.split(",")) {
                out.put(p.split("=")[0], Integer.parseInt(p.split("=")[1]));
            }
        }
        return out;
    }
}
