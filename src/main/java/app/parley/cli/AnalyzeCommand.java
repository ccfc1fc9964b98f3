package app.parley.cli;

import app.parley.audio.PcmAudio;
import app.parley.audio.WavFile;
import app.parley.call.CallRecord;
import app.parley.call.Json;
import app.parley.coaching.CoachingEngine;
import app.parley.coaching.RulesRepository;
import app.parley.config.ParleyConfig;
import app.parley.coaching.FactsView;
import app.parley.ledger.Ledger;
import app.parley.ledger.LedgerService;
import app.parley.live.CallAnalyzer;
import app.parley.live.FactsLookup;
import app.parley.live.LedgerFactsLookup;
import app.parley.redaction.RedactedSpan;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Clock;
import app.parley.speech.SpeechModel;
import app.parley.store.CallStore;
import app.parley.store.Recordings;
import app.parley.call.Speaker;
import java.nio.file.Files;
import app.parley.store.Database;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Run a recorded call (two mono legs) through the live pipeline, faster than real time, "
                + "coaching included; store it and write its call record (with its prompts) as JSON.")
final class AnalyzeCommand implements Callable<Integer> {
    @Option(names = "--caller", required = true, paramLabel = "C.wav", description = "The caller's leg (any rate).")
    Path caller;

    @Option(names = "--agent", required = true, paramLabel = "A.wav", description = "The agent's leg (any rate).")
    Path agent;

    @Option(names = "--phone", paramLabel = "NUMBER", description = "The caller's number.")
    String phone;

    @Option(names = "--agent-id", paramLabel = "ID", description = "The agent who took the call.")
    String agentId;

    @Option(names = "--json", paramLabel = "OUT", description = "Write the call record here (default: standard output).")
    Path json;

    @Mixin
    CommonOptions options;

    @Override
    public Integer call() throws Exception {
        ParleyConfig config = options.load();
        var callerAudio = WavFile.read(caller);
        var agentAudio = WavFile.read(agent);
        RulesRepository rules = RulesRepository.load(config.coachingRules(), config.speech().language());
        FactsLookup.CallFacts facts = phone == null ? null : lookUp(config, phone);
        CallAnalyzer.Analysis analysis;
        try (SpeechModel speech = SpeechModel.load(config.speech().model(), 2, config.speech().gate(),
                config.speech().decoding())) {
            analysis = new CallAnalyzer(speech, new CoachingEngine(rules), config.redaction().policy()).analyzeWithLoudness(
                    "analyzed-" + UUID.randomUUID(), callerAudio, agentAudio, phone, agentId,
                    facts == null ? FactsView.NONE : facts.coaching());
        }
        CallRecord record = analysis.record();
        if (facts != null) {
            record = new CallRecord(record.call(), record.utterances(), record.prompts(), facts.json(), record.gaps(),
                    record.promptFeedback(), record.redactions());
        }
        try (CallStore store = CallStore.open(Database.open(config.store(), config.data()))) {
            store.saveRecord(record, analysis.loudness());
        }
        if (config.recordings().enabled()) {
            Recordings recordings = new Recordings(config.recordingsDir());
            // Kept at the rate the live path records, so replay treats both alike, and silenced
            // where payment data was said, on both legs, as a live call's recordings are.
            Path callerFile = recordings.file(record.call().id(), Speaker.CALLER);
            Files.createDirectories(callerFile.getParent());
            for (Speaker party : Speaker.values()) {
                PcmAudio leg = (party == Speaker.CALLER ? callerAudio : agentAudio).resampledTo(SpeechModel.SAMPLE_RATE);
                WavFile.write(recordings.file(record.call().id(), party), silenced(leg, record.redactions()));
            }
        }
        String body = Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(record);
        if (json == null) {
            System.out.println(body);
        } else {
            java.nio.file.Files.writeString(json, body + "\n");
            System.err.println("call " + record.call().id() + ": " + record.utterances().size()
                    + " utterances, " + record.prompts().size() + " prompts, " + record.call().durationS()
                    + " s, written to " + json);
        }
        return 0;
    }

    /** Silence where payment data was said, padded as a live recording's is. */
    private static PcmAudio silenced(PcmAudio audio, java.util.List<app.parley.call.Redaction> redactions) {
        return audio.silenced(redactions.stream().map(r -> new double[] {r.start(), r.end()}).toList(),
                RedactedSpan.SILENCE_PADDING_S);
    }

    /** The caller's account in the --data store's ledger, as a live call would show it (null: unknown). */
    private static FactsLookup.CallFacts lookUp(ParleyConfig config, String phone) throws Exception {
        try (Ledger ledger = Ledger.open(Database.open(config.store(), config.data()), config.ledger().phone())) {
            LedgerService service = LedgerService.create(ledger, config.ledger(), Runnable::run, Ticker.systemTicker());
            try {
                return new LedgerFactsLookup(service, Clock.systemDefaultZone()).lookup(phone).toCompletableFuture().get();
            } catch (java.util.concurrent.ExecutionException e) {
                throw e.getCause() instanceof Exception cause ? cause : e;
            }
        }
    }
}
