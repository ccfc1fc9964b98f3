package app.parley.bench;

import app.parley.audio.PcmAudio;
import app.parley.audio.WavFile;
import app.parley.call.Speaker;
import app.parley.call.Utterance;
import app.parley.live.CallAnalyzer;
import app.parley.speech.SpeechModel;
import app.parley.speech.VoiceGate;
import app.parley.testing.TestAudio;
import app.parley.testing.Wer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.vosk.Model;

/**
 * What the voice gate saves and what it costs, on the same audio in one run: every party leg of
 * the corpus calls (synthesized by scripts/make-call) decoded three ways, one after the other on
 * one thread: raw Vosk fed everything in 0.1 s chunks (the reference), Parley's path with the
 * gate off, and with the gate on. Prints the word error rate against the script's words, the
 * CPU seconds per second of audio, and the share of audio the gate kept from the recogniser.
 *
 * <pre>
 *   scripts/bench VoiceGateBenchmark [CORPUS_DIR ...]     (default: corpus)
 * </pre>
 *
 * Nothing here passes or fails; the figures go in docs/performance.md.
 */
public final class VoiceGateBenchmark {
    private VoiceGateBenchmark() {
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private record Leg(String name, PcmAudio audio, String said, Speaker speaker) {
    }

    /** Totals of one way of decoding. */
    private static final class Tally {
        final String name;
        int errors;
        int words;
        double cpu;
        double audio;
        double skipped;

        Tally(String name) {
            this.name = name;
        }

        void add(String said, String heard, double cpuSeconds, double seconds, double skippedSeconds) {
            int n = Wer.words(said).size();
            errors += (int) Math.round(Wer.of(said, heard) * n);
            words += n;
            cpu += cpuSeconds;
            audio += seconds;
            skipped += skippedSeconds;
        }
    }

    public static void main(String[] args) throws Exception {
        List<Path> dirs = new ArrayList<>();
        for (String arg : args.length == 0 ? new String[] {"corpus"} : args) {
            dirs.add(TestAudio.repoRoot().resolve(arg));
        }
        Path work = Files.createTempDirectory("parley-gate-bench");
        List<Leg> legs = new ArrayList<>();
        for (Path dir : dirs) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path script : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                    TestAudio.Call call = TestAudio.makeCall(script, work.resolve(script.getFileName().toString()));
                    String name = script.getFileName().toString();
                    legs.add(new Leg(name, WavFile.read(call.caller()), call.said(Speaker.CALLER), Speaker.CALLER));
                    legs.add(new Leg(name, WavFile.read(call.agent()), call.said(Speaker.AGENT), Speaker.AGENT));
                }
            }
        }
        Path modelDir = TestAudio.model();
        Tally raw = new Tally("raw Vosk, everything decoded");
        Tally off = new Tally("Parley, gate off");
        VoiceGate.Settings gateOn = new VoiceGate.Settings(true,
                java.time.Duration.ofMillis(Long.getLong("bench.hangover", VoiceGate.Settings.ON.hangover().toMillis())),
                java.time.Duration.ofMillis(Long.getLong("bench.preroll", VoiceGate.Settings.ON.preroll().toMillis())),
                java.time.Duration.ofMillis(Long.getLong("bench.pause", VoiceGate.Settings.ON.pause().toMillis())));
        Tally on = new Tally("Parley, gate on (" + gateOn.hangover().toMillis() + " ms hangover, "
                + gateOn.preroll().toMillis() + " ms preroll, a chunk per " + gateOn.pause().toMillis() + " ms of pause)");
        try (Model model = new Model(modelDir.toString());
                SpeechModel ungated = SpeechModel.load(modelDir, 1, VoiceGate.Settings.OFF);
                SpeechModel gated = SpeechModel.load(modelDir, 1, gateOn)) {
            CallAnalyzer withoutGate = new CallAnalyzer(ungated);
            CallAnalyzer withGate = new CallAnalyzer(gated);
            // One leg through each first: model pages and JIT warm before anything is counted.
            RawVosk.decode(model, legs.get(0).audio());
            withoutGate.transcribe(legs.get(0).audio(), legs.get(0).speaker());
            withGate.transcribe(legs.get(0).audio(), legs.get(0).speaker());
            for (Leg leg : legs) {
                double seconds = leg.audio().seconds();
                long t0 = THREADS.getCurrentThreadCpuTime();
                String rawText = RawVosk.decode(model, leg.audio());
                long t1 = THREADS.getCurrentThreadCpuTime();
                String offText = text(withoutGate.transcribe(leg.audio(), leg.speaker()));
                long t2 = THREADS.getCurrentThreadCpuTime();
                List<Utterance> gatedWords = withGate.transcribe(leg.audio(), leg.speaker());
                long t3 = THREADS.getCurrentThreadCpuTime();
                raw.add(leg.said(), rawText, (t1 - t0) / 1e9, seconds, 0);
                off.add(leg.said(), offText, (t2 - t1) / 1e9, seconds, 0);
                on.add(leg.said(), text(gatedWords), (t3 - t2) / 1e9, seconds, skippedBy(leg.audio(), gateOn));
                if (Boolean.getBoolean("bench.verbose")) {
                    System.out.println(leg.name() + " " + leg.speaker() + "\n  said: " + leg.said().toLowerCase(Locale.ROOT)
                            + "\n  off:  " + offText + "\n  on:   " + text(gatedWords));
                }
            }
        }
        System.out.printf(Locale.ROOT, "%d party legs, %.0f s of audio (%s)%n%n", legs.size(), raw.audio, dirs);
        System.out.printf(Locale.ROOT, "%-48s %8s %14s %12s%n", "decoding", "WER", "CPU s / audio s", "not decoded");
        for (Tally t : List.of(raw, off, on)) {
            System.out.printf(Locale.ROOT, "%-48s %7.1f%% %14.3f %11.0f%%%n", t.name, 100.0 * t.errors / t.words,
                    t.cpu / t.audio, 100 * t.skipped / t.audio);
        }
    }

    /** The gate's decisions alone, on the leg's audio as the transcriber sees it (16 kHz chunks). */
    private static double skippedBy(PcmAudio audio, VoiceGate.Settings settings) {
        VoiceGate gate = new VoiceGate(settings, SpeechModel.SAMPLE_RATE, 0.1);
        short[] samples = RawVosk.to16k(audio);
        int chunk = SpeechModel.SAMPLE_RATE / 10;
        long skipped = 0;
        for (int from = 0; from < samples.length; from += chunk) {
            short[] part = java.util.Arrays.copyOfRange(samples, from, Math.min(samples.length, from + chunk));
            if (gate.next(part).skipped()) {
                skipped += part.length;
            }
        }
        return skipped / (double) SpeechModel.SAMPLE_RATE;
    }

    private static String text(List<Utterance> utterances) {
        return String.join(" ", utterances.stream().map(Utterance::text).toList());
    }
}
