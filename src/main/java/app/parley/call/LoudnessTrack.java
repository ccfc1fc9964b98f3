package app.parley.call;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Arrays;
import java.util.Objects;

/**
 * One party's loudness over a call: {@code levels[i]} is the RMS level in dBFS of the
 * {@code stepS} seconds from {@code startS + i * stepS} (call seconds), digital silence
 * reading {@code audio.Loudness.FLOOR_DBFS}. What the replay page draws and the scorecard
 * reads.
 */
@JsonPropertyOrder({"speaker", "start_s", "step_s", "levels"})
public record LoudnessTrack(Speaker speaker, @JsonProperty("start_s") double startS,
        @JsonProperty("step_s") double stepS, float[] levels) {
    public LoudnessTrack {
        Objects.requireNonNull(speaker, "speaker");
        Objects.requireNonNull(levels, "levels");
        if (!(stepS > 0) || !Double.isFinite(stepS)) {
            throw new IllegalArgumentException("step_s must be a positive number of seconds, got " + stepS);
        }
        if (!(startS >= 0) || !Double.isFinite(startS)) {
            throw new IllegalArgumentException("start_s must be zero or more seconds, got " + startS);
        }
        levels = levels.clone();
    }

    @Override
    public float[] levels() {
        return levels.clone();
    }

    /** The level of step {@code i}, without copying the track. */
    public float level(int i) {
        return levels[i];
    }

    public int size() {
        return levels.length;
    }

    /** Call second at which step {@code i} starts. */
    public double startOf(int i) {
        return startS + i * stepS;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LoudnessTrack t && speaker == t.speaker && Double.compare(startS, t.startS) == 0
                && Double.compare(stepS, t.stepS) == 0 && Arrays.equals(levels, t.levels);
    }

    @Override
    public int hashCode() {
        return Objects.hash(speaker, startS, stepS, Arrays.hashCode(levels));
    }

    @Override
    public String toString() {
        return "LoudnessTrack[" + speaker.id() + ", " + levels.length + " steps of " + stepS + " s from " + startS
                + " s]";
    }
}
