package app.parley.bench;

import app.parley.ParleyService;
import app.parley.audio.AudioSocketClient;
import app.parley.audio.PcmAudio;
import app.parley.call.CallRecord;
import app.parley.call.Utterance;
import app.parley.call.Word;
import app.parley.config.ConfigLoader;
import app.parley.config.ParleyConfig;
import app.parley.testing.TestAudio;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * What the live benchmarks share: a Parley on free loopback ports with its store in a folder,
 * audio played into it through real AudioSocket connections at real-time pace, where in a stored
 * call the words that raised a prompt ended, and the figures they print.
 */
final class LiveBench {
    private LiveBench() {
    }

    /** The service's configuration: free ports, the store in {@code data}, the test model; {@code more} on top. */
    static ParleyConfig config(Path data, Map<String, String> more) {
        Map<String, String> env = new HashMap<>(Map.of("PARLEY_HTTP_PORT", "0", "PARLEY_AUDIOSOCKET_PORT", "0",
                "PARLEY_DATA", data.toString(), "PARLEY_SPEECH_MODEL", TestAudio.model().toString()));
        env.putAll(more);
        return new ConfigLoader().load(null, env);
    }

    /** Plays {@code audio} as tap {@code id} at real time, then hangs up; blocks until done. */
    static void stream(ParleyService service, UUID id, PcmAudio audio) {
        try {
            AudioSocketClient.stream("127.0.0.1", service.audioSocketPort(), id, audio, 1.0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The nearest-rank percentile (0 < p ≤ 100) of {@code values}; NaN when there are none. */
    static double percentile(List<Double> values, double p) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int index = Math.min(sorted.size() - 1, Math.max(0, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
        return sorted.get(index);
    }

    /** The percentile in whole milliseconds, or "-" when there are no values. */
    static String ms(List<Double> values, double p) {
        return values.isEmpty() ? "-" : Math.round(percentile(values, p) * 1000) + " ms";
    }

    /** CPU time this whole process (service, clients, benchmark) has used. */
    static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /**
     * Where, in the call's audio, the words that raised {@code prompt} (as published) ended, as the
     * recogniser timed them in the stored call: the last of the evidence's words ({@link #sameWord})
     * in the prompt party's utterance that holds them, the latest such before the prompt;
     * {@code fromPause}, the end of that utterance. A prompt on a measure (no words) counts from
     * its own time.
     */
    static double wordsEnd(CallRecord record, JsonObject prompt, boolean fromPause) {
        String[] evidence = prompt.getString("evidence", "").toLowerCase(Locale.ROOT).split("\\s+");
        double end = -1;
        for (Utterance u : record.utterances()) {
            if (!u.speaker().id().equals(prompt.getString("speaker"))) {
                continue;
            }
            List<Word> words = u.words();
            for (int i = 0; i + evidence.length <= words.size(); i++) {
                boolean same = true;
                for (int j = 0; j < evidence.length && same; j++) {
                    same = sameWord(words.get(i + j).word(), evidence[j]);
                }
                if (same) {
                    end = fromPause ? words.get(words.size() - 1).end() : words.get(i + evidence.length - 1).end();
                }
            }
        }
        return end < 0 ? prompt.getDouble("at") : end;
    }

    /**
     * A prompt raised on a partial result quotes its words, which the final result may write a
     * little differently ("next month's" before "next month"): the same word but for an
     * apostrophe or a plural s.
     */
    static boolean sameWord(String stored, String quoted) {
        String a = stored.toLowerCase(Locale.ROOT).replace("'", "");
        String b = quoted.toLowerCase(Locale.ROOT).replace("'", "");
        return a.equals(b) || a.equals(b + "s") || b.equals(a + "s");
    }
}
