package app.parley.call;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One party's loudness over a call, for replay and review: {@code levels[i]} is the RMS level in
 * dBFS of the {@code stepS} seconds starting at {@code startS + i * stepS} of call audio.
 */
@JsonPropertyOrder({"speaker", "start_s", "step_s", "levels"})
public record LoudnessTrack(Speaker speaker, @JsonProperty("start_s") double startS,
        @JsonProperty("step_s") double stepS, float[] levels) {
    public LoudnessTrack {
        if (stepS <= 0) {
            throw new IllegalArgumentException("step must be positive: " + stepS);
        }
        levels = levels.clone();
    }

    @Override
    public float[] levels() {
        return levels.clone();
    }

    /** Call time just after the last level. */
    public double endS() {
        return startS + levels.length * stepS;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LoudnessTrack track && track.speaker == speaker && track.startS == startS
                && track.stepS == stepS && java.util.Arrays.equals(track.levels, levels);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(speaker, startS, stepS, java.util.Arrays.hashCode(levels));
    }

    @Override
    public String toString() {
        return "LoudnessTrack[" + speaker + ", " + startS + "s + " + levels.length + " x " + stepS + "s]";
    }
}
