package app.parley.audio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WavRecorderTest {
    @TempDir
    Path dir;

    private static short[] tone(int n, short value) {
        short[] pcm = new short[n];
        Arrays.fill(pcm, value);
        return pcm;
    }

    @Test
    void audioLandsAtItsCallTimeWithSilenceBeforeAndBetween() throws Exception {
        Path file = dir.resolve("call/agent.wav");
        try (WavRecorder recorder = new WavRecorder(file, 16000)) {
            recorder.write(0.5, tone(1600, (short) 1000));      // joined half a second in
            recorder.write(0.6, tone(1600, (short) 2000));      // follows on
            recorder.write(1.0, tone(800, (short) 3000));       // 0.3 s lost before it
            recorder.write(1.05, tone(800, (short) 4000));      // overlaps by 0.0 s beyond jitter: appended
        }
        PcmAudio audio = WavFile.read(file);
        assertEquals(16000, audio.sampleRate());
        short[] s = audio.samples();
        assertEquals(16000 + 800 + 800, s.length);
        assertEquals(0, s[7999]);
        assertEquals(1000, s[8000]);
        assertEquals(2000, s[9600]);
        assertEquals(0, s[11200]);
        assertEquals(0, s[15999]);
        assertEquals(3000, s[16000]);
        assertEquals(4000, s[16800]);
    }

    @Test
    void aStretchIsSilencedWhetherItIsWrittenAlreadyOrNot() throws Exception {
        Path file = dir.resolve("silenced.wav");
        try (WavRecorder recorder = new WavRecorder(file, 8000)) {
            recorder.write(0, tone(8000, (short) 5));
            recorder.silence(0.5, 1.5);                          // half written, half to come
            recorder.silence(2.25, 2.5);                         // all to come, after a gap
            recorder.write(1.0, tone(16000, (short) 6));
            recorder.write(3.0, tone(800, (short) 7));
        }
        short[] s = WavFile.read(file).samples();
        assertEquals(3 * 8000 + 800, s.length);
        assertEquals(5, s[3999]);
        for (int i = 4000; i < 12000; i++) {
            assertEquals(0, s[i], "sample " + i);
        }
        assertEquals(6, s[12000]);
        assertEquals(6, s[17999]);
        for (int i = 18000; i < 20000; i++) {
            assertEquals(0, s[i], "sample " + i);
        }
        assertEquals(6, s[20000]);
        assertEquals(7, s[24000]);
    }

    @Test
    void overlappingAudioKeepsWhatWasWrittenFirst() throws Exception {
        Path file = dir.resolve("caller.wav");
        try (WavRecorder recorder = new WavRecorder(file, 8000)) {
            recorder.write(0, tone(8000, (short) 1));
            recorder.write(0.5, tone(8000, (short) 2));
        }
        short[] s = WavFile.read(file).samples();
        assertEquals(12000, s.length);
        assertEquals(1, s[7999]);
        assertEquals(2, s[8000]);
    }

    @Test
    void theHeaderIsCurrentEveryFewSecondsSoACrashLeavesAPlayableFile() throws Exception {
        Path file = dir.resolve("crash.wav");
        WavRecorder recorder = new WavRecorder(file, 8000);
        recorder.write(0, tone(8000 * 6, (short) 7));
        // Not closed, as after a crash: the header already counts the first six seconds.
        PcmAudio audio = WavFile.read(file);
        assertEquals(8000 * 6, audio.samples().length);
        assertArrayEquals(tone(10, (short) 7), Arrays.copyOf(audio.samples(), 10));
        recorder.close();
    }
}
