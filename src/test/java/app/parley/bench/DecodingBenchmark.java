package app.parley.bench;

import app.parley.audio.PcmAudio;
import app.parley.audio.WavFile;
import app.parley.call.Speaker;
import app.parley.call.Utterance;
import app.parley.live.CallAnalyzer;
import app.parley.speech.Decoding;
import app.parley.speech.SpeechModel;
import app.parley.speech.VoiceGate;
import app.parley.testing.TestAudio;
import app.parley.testing.Wer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.vosk.Model;

/**
 * What cheaper decoding settings and the voice gate save, and what they cost in words, on the
 * same audio in one run: every party leg of the corpus calls decoded by raw Vosk with the
 * model's own settings (the reference) and by Parley's path ({@link CallAnalyzer#transcribe},
 * as live) once per setting given, leg by leg in turn on one thread, so a change in the
 * machine's load falls on every setting alike. Prints per setting the word error rate against
 * the scripts' words on the corpus voices (flite rms and slt) and, with {@code --voices}, on the
 * same scripts spoken by two other voices, and the decoding thread's CPU seconds per second of
 * audio.
 *
 * <pre>
 *   scripts/bench DecodingBenchmark [--corpus DIR] [--every K] [--voices CALLER,AGENT]
 *       [--dither on|off] SETTING ...
 *   SETTING: comma-separated, e.g. model | beam=8,max-active=1500,lattice-beam=1 |
 *            beam=8,vad=on,hangover=500,preroll=300,pause=300   (frames-per-chunk=N too)
 * </pre>
 *
 * {@code --every K} takes every K-th call of the corpus (default 1: all); {@code --dither off}
 * (the default) decodes every setting without Kaldi's random dither, so two settings differ by
 * what they change and not by chance. Synthesized audio is kept in target/bench-audio/decoding.
 * Nothing here passes or fails; the figures go in docs/performance.md.
 */
public final class DecodingBenchmark {
    private DecodingBenchmark() {
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private record Leg(String name, PcmAudio audio, String said, Speaker speaker, boolean otherVoices) {
    }

    /** Totals of one way of decoding, on the corpus voices and on the other voices apart. */
    private static final class Tally {
        final String name;
        final int[] errors = new int[2];
        final int[] words = new int[2];
        double cpu;
        double audio;

        Tally(String name) {
            this.name = name;
        }

        void add(Leg leg, String heard, double cpuSeconds) {
            int set = leg.otherVoices() ? 1 : 0;
            int n = Wer.words(leg.said()).size();
            errors[set] += (int) Math.round(Wer.of(leg.said(), heard) * n);
            words[set] += n;
            if (!leg.otherVoices()) {
                cpu += cpuSeconds;
                audio += leg.audio().seconds();
            }
        }

        String wer(int set) {
            return words[set] == 0 ? "-" : String.format(Locale.ROOT, "%.2f%%", 100.0 * errors[set] / words[set]);
        }
    }

    private record Way(Tally tally, CallAnalyzer analyzer) {
    }

    public static void main(String[] args) throws Exception {
        String corpus = "corpus";
        int every = 1;
        String[] voices = null;
        boolean dither = false;
        List<String> settings = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--corpus" -> corpus = args[++i];
                case "--every" -> every = Integer.parseInt(args[++i]);
                case "--voices" -> voices = args[++i].split(",");
                case "--dither" -> dither = args[++i].equals("on");
                default -> settings.add(args[i]);
            }
        }
        if (settings.isEmpty()) {
            settings.add("model");
        }
        Path audioDir = TestAudio.repoRoot().resolve("target/bench-audio/decoding");
        List<Leg> legs = new ArrayList<>();
        List<Path> scripts;
        try (Stream<Path> files = Files.list(TestAudio.repoRoot().resolve(corpus))) {
            scripts = files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
        for (int i = 0; i < scripts.size(); i += every) {
            Path script = scripts.get(i);
            String name = script.getFileName().toString().replace(".txt", "");
            TestAudio.Call call = synthesize(script, audioDir.resolve(name), null);
            legs.add(new Leg(name, WavFile.read(call.caller()), call.said(Speaker.CALLER), Speaker.CALLER, false));
            legs.add(new Leg(name, WavFile.read(call.agent()), call.said(Speaker.AGENT), Speaker.AGENT, false));
            if (voices != null) {
                TestAudio.Call other = synthesize(script, audioDir.resolve(name + "-" + voices[0] + "-" + voices[1]), voices);
                legs.add(new Leg(name, WavFile.read(other.caller()), other.said(Speaker.CALLER), Speaker.CALLER, true));
                legs.add(new Leg(name, WavFile.read(other.agent()), other.said(Speaker.AGENT), Speaker.AGENT, true));
            }
        }
        Path work = Files.createTempDirectory("parley-decoding-bench");
        Path modelDir = dither ? TestAudio.model() : TestAudio.modelWithoutDither(work.resolve("model"));
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        Tally raw = new Tally("raw Vosk, the model's settings");
        List<Way> ways = new ArrayList<>();
        List<SpeechModel> models = new ArrayList<>();
        try (Model rawModel = new Model(modelDir.toString())) {
            for (String setting : settings) {
                Map<String, String> spec = parse(setting);
                Decoding decoding = new Decoding(number(spec, "beam"), integer(spec, "max-active"),
                        number(spec, "lattice-beam"), integer(spec, "frames-per-chunk"));
                VoiceGate.Settings gate = "on".equals(spec.get("vad"))
                        ? new VoiceGate.Settings(true, ms(spec, "hangover", VoiceGate.Settings.ON.hangover()),
                                ms(spec, "preroll", VoiceGate.Settings.ON.preroll()),
                                ms(spec, "pause", VoiceGate.Settings.ON.pause()))
                        : VoiceGate.Settings.OFF;
                SpeechModel model = SpeechModel.load(modelDir, 1, gate, decoding);
                models.add(model);
                ways.add(new Way(new Tally(setting), new CallAnalyzer(model)));
            }
            // One leg through each first: model pages and JIT warm before anything is counted.
            RawVosk.decode(rawModel, legs.get(0).audio());
            for (Way way : ways) {
                way.analyzer().transcribe(legs.get(0).audio(), legs.get(0).speaker());
            }
            for (Leg leg : legs) {
                long t0 = THREADS.getCurrentThreadCpuTime();
                String rawText = RawVosk.decode(rawModel, leg.audio());
                raw.add(leg, rawText, (THREADS.getCurrentThreadCpuTime() - t0) / 1e9);
                for (Way way : ways) {
                    long t = THREADS.getCurrentThreadCpuTime();
                    String heard = text(way.analyzer().transcribe(leg.audio(), leg.speaker()));
                    way.tally().add(leg, heard, (THREADS.getCurrentThreadCpuTime() - t) / 1e9);
                    if (Boolean.getBoolean("bench.verbose")) {
                        System.out.println(leg.name() + " " + leg.speaker() + (leg.otherVoices() ? " (other voices)" : "")
                                + " [" + way.tally().name + "]\n  said:  " + leg.said().toLowerCase(Locale.ROOT)
                                + "\n  heard: " + heard);
                    }
                }
            }
        } finally {
            models.forEach(SpeechModel::close);
        }
        double loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        long corpusLegs = legs.stream().filter(l -> !l.otherVoices()).count();
        System.out.printf(Locale.ROOT, "%d party legs of %s (every %d. call), %.0f s of audio, %d words; dither %s; "
                + "load average %.1f before, %.1f after%n%n", corpusLegs, corpus, every, raw.audio, raw.words[0],
                dither ? "on" : "off", loadBefore, loadAfter);
        System.out.printf(Locale.ROOT, "%-70s %9s %12s %16s%n", "decoding", "WER", "WER other", "CPU s / audio s");
        List<Tally> all = new ArrayList<>(List.of(raw));
        ways.forEach(w -> all.add(w.tally()));
        for (Tally t : all) {
            System.out.printf(Locale.ROOT, "%-70s %9s %12s %16.4f%n", t.name, t.wer(0), t.wer(1), t.cpu / t.audio);
        }
        if (voices != null) {
            System.out.printf(Locale.ROOT, "%nWER other: the same scripts spoken by flite %s (caller) and %s (agent), %d words%n",
                    voices[0], voices[1], raw.words[1]);
        }
    }

    private static TestAudio.Call synthesize(Path script, Path dir, String[] voices) throws Exception {
        if (Files.isRegularFile(dir.resolve("turns.tsv"))) {
            return TestAudio.read(dir);
        }
        if (voices == null) {
            return TestAudio.makeCall(script, dir);
        }
        Files.createDirectories(dir);
        TestAudio.run(List.of(TestAudio.repoRoot().resolve("scripts/make-call").toString(), script.toString(),
                dir.toString(), "--caller-voice", voices[0], "--agent-voice", voices[1]));
        return TestAudio.read(dir);
    }

    private static Map<String, String> parse(String setting) {
        Map<String, String> spec = new LinkedHashMap<>();
        if (setting.equals("model")) {
            return spec;
        }
        for (String part : setting.split(",")) {
            String[] kv = part.split("=", 2);
            if (kv.length != 2) {
                throw new IllegalArgumentException("a setting is key=value[,key=value...], got '" + setting + "'");
            }
            spec.put(kv[0].trim(), kv[1].trim());
        }
        return spec;
    }

    private static Double number(Map<String, String> spec, String key) {
        return spec.containsKey(key) ? Double.valueOf(spec.get(key)) : null;
    }

    private static Integer integer(Map<String, String> spec, String key) {
        return spec.containsKey(key) ? Integer.valueOf(spec.get(key)) : null;
    }

    private static Duration ms(Map<String, String> spec, String key, Duration otherwise) {
        return spec.containsKey(key) ? Duration.ofMillis(Long.parseLong(spec.get(key))) : otherwise;
    }

    private static String text(List<Utterance> utterances) {
        return String.join(" ", utterances.stream().map(Utterance::text).toList());
    }
}
