package app.parley.bench;

import app.parley.call.CallInfo;
import app.parley.call.CallRecord;
import app.parley.call.Prompt;
import app.parley.call.Speaker;
import app.parley.call.Utterance;
import app.parley.call.Word;
import app.parley.store.CallQuery;
import app.parley.store.CallStore;
import app.parley.store.CallSummary;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * How fast QA search answers on a store of many calls: fills a store with synthetic calls (a
 * seeded mix of collection-call sentences, 40 agents, 20 000 accounts, prompts of every kind,
 * over 90 days), then times each kind of query a reviewer makes, first page of 25, newest first.
 *
 * <pre>
 *   scripts/bench SearchBenchmark [CALLS] [BACKEND]     (default 100000 embedded; BACKEND: embedded | postgresql)
 * </pre>
 */
public final class SearchBenchmark {
    private static final Instant END = Instant.parse("2026-11-20T00:00:00Z");
    private static final String[] KINDS = {"urgency", "options", "emotional-control", "dispute", "empathy", "next-step"};
    static final String[] AGENT_LINES = {
        "good morning i am calling about the balance on your account",
        "this is an attempt to collect a debt any information obtained will be used for that purpose",
        "can you pay the full amount by friday",
        "we can offer ten percent off if you pay by the end of the week",
        "there are three options a payment in full a short plan or a monthly plan",
        "i understand that this is a difficult time for you",
        "let me check the payment record for that invoice",
        "i will send you a confirmation by email today",
        "the invoice from april is still open",
        "can we agree on a date for the first payment",
    };
    static final String[] CALLER_LINES = {
        "i will call you back next month",
        "i already paid that invoice in april",
        "i lost my job and i cannot pay right now",
        "that is not my debt",
        "i can pay one hundred dollars on friday",
        "what can i do about it",
        "let me think about it",
        "i want to speak to your supervisor",
        "my husband is in the hospital",
        "send me the details by mail please",
        "i can do a plan of fifty dollars a month",
        "why are you calling me at work",
    };
    /** Rare words, each said in about one call in a thousand: a search that must not scan. */
    static final String[] RARE = {"bankruptcy", "attorney", "deceased", "identity", "garnishment"};

    private SearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int calls = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        String backend = args.length > 1 ? args[1] : "embedded";
        Path data = Files.createTempDirectory("parley-search-bench");
        app.parley.testing.TestDatabase database = BenchStores.database(backend, data);
        long fill = System.nanoTime();
        int rareCalls = BulkFill.fill(database.database(), generate(calls));
        try (CallStore store = CallStore.open(database.database())) {
            // The bulk fill writes what the store itself writes: check it reads back and searches alike.
            int found = 0;
            CallQuery.Cursor after = null;
            do {
                CallSummary.Page page = store.search(new CallQuery(List.of(RARE[0]), null, null, null, null, null, null,
                        null, null, null, 200, after));
                found += page.calls().size();
                after = page.next() == null ? null : CallQuery.Cursor.parse(page.next());
            } while (after != null);
            if (found != rareCalls) {
                throw new IllegalStateException("the store finds " + found + " calls with '" + RARE[0] + "', the fill wrote "
                        + rareCalls);
            }
            System.out.printf(Locale.ROOT, "%s: %,d calls stored in %.1f s (bulk), %,d with '%s'%n", backend, calls,
                    (System.nanoTime() - fill) / 1e9, rareCalls, RARE[0]);
            time(store, "newest calls (no filter)", q(null, null, null, null, null, null));
            time(store, "one common word: \"payment\"", q(List.of("payment"), null, null, null, null, null));
            time(store, "two words: \"hospital job\"", q(List.of("hospital", "job"), null, null, null, null, null));
            time(store, "phrase: \"call you back\"", q(null, List.of("call you back"), null, null, null, null));
            time(store, "rare word: \"bankruptcy\"", q(List.of("bankruptcy"), null, null, null, null, null));
            time(store, "agent", q(null, null, "agent-7", null, null, null));
            time(store, "account", q(null, null, null, "ACC-01234", null, null));
            time(store, "caller number", q(null, null, null, null, "+15550101234", null));
            time(store, "prompt kind: emotional-control", q(null, null, null, null, null, "emotional-control"));
            time(store, "kind + one week", new CallQuery(null, null, null, null, null, "dispute",
                    END.minus(Duration.ofDays(14)), END.minus(Duration.ofDays(7)), null, null, 25, null));
            time(store, "phrase + agent + kind", q(null, List.of("not my debt"), "agent-3", null, null, "dispute"));
            time(store, "duration over 10 min", new CallQuery(null, null, null, null, null, null, null, null, 600.0,
                    null, 25, null));
            CallQuery.Cursor deep = null;
            for (int page = 0; page < 40; page++) {
                CallSummary.Page result = store.search(new CallQuery(List.of("payment"), null, null, null, null, null,
                        null, null, null, null, 25, deep));
                deep = CallQuery.Cursor.parse(result.next());
            }
            time(store, "page 41 of \"payment\"", new CallQuery(List.of("payment"), null, null, null, null, null, null,
                    null, null, null, 25, deep));
        } finally {
            BenchStores.cleanUp(data);
        }
        System.exit(0);
    }

    private static CallQuery q(List<String> words, List<String> phrases, String agent, String account, String phone,
            String kind) {
        return new CallQuery(words, phrases, agent, account, phone, kind, null, null, null, null, 25, null);
    }

    private static void time(CallStore store, String what, CallQuery query) {
        int found = store.search(query).calls().size(); // warm up
        long[] nanos = new long[25];
        for (int i = 0; i < nanos.length; i++) {
            long start = System.nanoTime();
            store.search(query);
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        System.out.printf(Locale.ROOT, "  %-36s %3d found   p50 %7.2f ms   p95 %7.2f ms%n", what, found,
                nanos[nanos.length / 2] / 1e6, nanos[(int) (nanos.length * 0.95)] / 1e6);
    }

    /** The synthetic calls, made as needed (100 000 records do not all fit in memory at once comfortably). */
    static java.util.Iterator<CallRecord> generate(int calls) {
        Random random = new Random(42);
        return new java.util.Iterator<>() {
            int n;

            @Override
            public boolean hasNext() {
                return n < calls;
            }

            @Override
            public CallRecord next() {
                return call(random, n++, calls);
            }
        };
    }

    private static CallRecord call(Random random, int n, int calls) {
        long span = Duration.ofDays(90).toSeconds();
        {
            String id = String.format(Locale.ROOT, "bench-%07d", n);
            Instant started = END.minusSeconds(span).plusSeconds(span * n / calls + random.nextInt(60));
            int account = random.nextInt(20_000);
            double duration = 60 + random.nextInt(900);
            List<Utterance> utterances = new ArrayList<>();
            int turns = 6 + random.nextInt(8);
            double at = 1;
            for (int t = 0; t < turns; t++) {
                Speaker speaker = t % 2 == 0 ? Speaker.AGENT : Speaker.CALLER;
                String[] lines = speaker == Speaker.AGENT ? AGENT_LINES : CALLER_LINES;
                String text = lines[random.nextInt(lines.length)];
                if (random.nextInt(1000) == 0) {
                    text += " " + RARE[random.nextInt(RARE.length)];
                }
                utterances.add(said(speaker, at, text));
                at += 2 + text.split(" ").length * 0.35;
            }
            List<Prompt> prompts = new ArrayList<>();
            for (int p = random.nextInt(4); p > 0; p--) {
                prompts.add(new Prompt(KINDS[random.nextInt(KINDS.length)], "bench", random.nextDouble() * duration,
                        "message", "evidence", Speaker.CALLER, Prompt.Severity.WARN));
            }
            ObjectNode facts = JsonNodeFactory.instance.objectNode();
            facts.putObject("account").put("id", String.format(Locale.ROOT, "ACC-%05d", account));
            return new CallRecord(new CallInfo(id, started, String.format(Locale.ROOT, "+1555010%04d", account % 10_000),
                    "agent-" + random.nextInt(40), duration), utterances, prompts, facts);
        }
    }

    /** An utterance of {@code text} from {@code start}, a word every 0.35 s (the benchmarks' stored calls). */
    static Utterance said(Speaker speaker, double start, String text) {
        List<Word> words = new ArrayList<>();
        double at = start;
        for (String word : text.split(" ")) {
            words.add(new Word(word, at, at + 0.3, 0.9));
            at += 0.35;
        }
        return new Utterance(speaker, start, at, text, words);
    }
}
