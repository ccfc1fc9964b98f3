package app.parley.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class PcmAudioTest {
    @Test
    void silencesEachStretchWithItsPaddingAndLeavesTheRest() {
        short[] ones = new short[16_000 * 3];
        Arrays.fill(ones, (short) 1000);
        PcmAudio audio = new PcmAudio(16_000, ones);
        PcmAudio out = audio.silenced(List.of(new double[] {1.0, 1.5}, new double[] {2.9, 4.0}), 0.2);
        assertEquals(1000, out.samples()[12_799], "before the padded stretch");
        assertEquals(0, out.samples()[12_800], "0.2 s before it");
        assertEquals(0, out.samples()[27_199], "0.2 s after it");
        assertEquals(1000, out.samples()[27_200], "after it");
        assertEquals(0, out.samples()[ones.length - 1], "a stretch past the end is cut to the audio");
        assertEquals(1000, audio.samples()[13_000], "the audio given is left as it was");
    }
}
