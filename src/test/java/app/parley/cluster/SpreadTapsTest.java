package app.parley.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.parley.call.Speaker;
import app.parley.live.CallSignals;
import app.parley.live.Tap;
import app.parley.live.TapDirectory;
import app.parley.telephony.TapRoutes;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The follower's side and the nodes' side of the spread taps, talking over one Vert.x's event
 * bus and shared maps as they do over the cluster's (the nodes' addresses are their ids): where
 * calls go, and that what each side needs reaches the other.
 */
class SpreadTapsTest {
    private Vertx vertx;
    private Context context;
    private final FakeMembers members = new FakeMembers();
    private final Node n1 = new Node("n1", 9201);
    private final Node n2 = new Node("n2", 9202);

    @BeforeEach
    void start() throws Exception {
        vertx = Vertx.vertx();
        context = vertx.getOrCreateContext();
        on(() -> Future.all(n1.carry(), n2.carry()).mapEmpty());
    }

    @AfterEach
    void stop() throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @Test
    void twoCallsGoToTwoNodesAndEachCallKeepsItsNode() throws Exception {
        SpreadTaps follower = follower();
        TapRoutes.TapNode first = on(() -> follower.nodeOf("call-1"));
        TapRoutes.TapNode second = on(() -> follower.nodeOf("call-2"));
        assertNotEquals(first.port(), second.port());
        assertEquals(first.port(), on(() -> follower.nodeOf("call-1")).port(), "both parties, and a tap asked again");
        // A follower elected later finds the placements in the cluster map.
        SpreadTaps next = follower();
        assertEquals(second.port(), on(() -> next.nodeOf("call-2")).port());
    }

    @Test
    void whatTheFollowerSaysReachesTheCallsNodeAndItsAnswersComeBack() throws Exception {
        SpreadTaps follower = follower();
        List<String> heard = new CopyOnWriteArrayList<>();
        on(() -> {
            follower.followStreams(listener(heard));
            return Future.succeededFuture();
        });
        TapRoutes.TapNode node = on(() -> follower.nodeOf("call-1"));
        Node carrier = node.port() == n1.port ? n1 : n2;
        Node other = carrier == n1 ? n2 : n1;
        UUID stream = UUID.randomUUID();
        on(() -> {
            node.callAnswered("call-1", "5550100", "agent-7");
            return node.register(stream, new Tap("call-1", Speaker.CALLER, "5550100", "agent-7"));
        });
        assertEquals(new Tap("call-1", Speaker.CALLER, "5550100", "agent-7"), carrier.directory.resolve(stream));
        assertNull(other.directory.resolve(stream), "a node only accepts the streams placed on it");
        waitFor(() -> carrier.signals.said.contains("answered call-1 5550100 agent-7"));
        assertFalse(on(() -> node.openStream("call-1", Speaker.CALLER)).open());

        on(() -> {
            carrier.signals.open(stream, "call-1", Speaker.CALLER);
            return Future.succeededFuture();
        });
        waitFor(() -> heard.contains("opened " + stream));
        assertEquals(new TapRoutes.Streaming(true, stream), on(() -> node.openStream("call-1", Speaker.CALLER)),
                "open, and which stream, for a follower elected later");

        on(() -> {
            carrier.signals.end(stream);
            follower.callHungUp("call-1");
            return Future.succeededFuture();
        });
        waitFor(() -> heard.contains("ended " + stream + " (hung up)") && carrier.signals.said.contains("hung up call-1"));
        assertTrue(other.signals.said.isEmpty(), "the other node hears nothing of the call");
    }

    @Test
    void aLostNodesStreamsEndAndItsCallsComeToTheFollower() throws Exception {
        members.self = "n1";
        SpreadTaps follower = follower();
        List<String> heard = new CopyOnWriteArrayList<>();
        on(() -> {
            follower.followStreams(listener(heard));
            return Future.succeededFuture();
        });
        on(() -> follower.nodeOf("call-1"));
        TapRoutes.TapNode onTwo = on(() -> follower.nodeOf("call-2"));
        assertEquals(n2.port, onTwo.port());
        UUID stream = UUID.randomUUID();
        on(() -> onTwo.register(stream, new Tap("call-2", Speaker.AGENT, null, null)));

        members.up = List.of("n1");
        members.lose("n2");
        waitFor(() -> heard.stream().anyMatch(line -> line.startsWith("ended " + stream)));
        assertEquals(n1.port, on(() -> follower.nodeOf("call-2")).port());
    }

    private SpreadTaps follower() throws Exception {
        SpreadTaps routes = new SpreadTaps(vertx, members, new TapChoice(Duration.ofSeconds(15)),
                Clock.fixed(Instant.parse("2026-12-03T07:00:00Z"), ZoneOffset.UTC));
        return on(routes::start);
    }

    private static CallSignals.StreamListener listener(List<String> heard) {
        return new CallSignals.StreamListener() {
            @Override
            public void opened(UUID streamId) {
                heard.add("opened " + streamId);
            }

            @Override
            public void ended(UUID streamId, String reason, double audioSeconds) {
                heard.add("ended " + streamId + " (" + reason + ")");
            }
        };
    }

    /** Runs {@code action} on the test's context, as the live path would, and waits for its result. */
    private <T> T on(Supplier<Future<T>> action) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        context.runOnContext(v -> action.get().onSuccess(result::complete).onFailure(result::completeExceptionally));
        return result.get(10, TimeUnit.SECONDS);
    }

    private static void waitFor(Supplier<Boolean> condition) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.get()) {
            if (System.nanoTime() > until) {
                throw new AssertionError("not within 10 s");
            }
            Thread.sleep(20);
        }
    }

    private final class Node {
        final String id;
        final int port;
        final FakeSignals signals = new FakeSignals();
        final TapDirectory directory = new TapDirectory(true);

        Node(String id, int port) {
            this.id = id;
            this.port = port;
        }

        Future<Void> carry() {
            return new TapsHere(vertx, id, signals, directory, "127.0.0.1", port, 0).start();
        }
    }

    private static final class FakeMembers implements Members {
        volatile String self = "n1";
        volatile List<String> up = List.of("n1", "n2");
        final List<Consumer<String>> listeners = new CopyOnWriteArrayList<>();

        @Override
        public String self() {
            return self;
        }

        @Override
        public List<String> up() {
            return up;
        }

        @Override
        public void whenLost(Consumer<String> listener) {
            listeners.add(listener);
        }

        void lose(String node) {
            listeners.forEach(listener -> listener.accept(node));
        }
    }

    /** A node's live calls: what they were told, and their streams. */
    private static final class FakeSignals implements CallSignals {
        final List<String> said = new CopyOnWriteArrayList<>();
        final Set<String> open = new HashSet<>();
        final List<UUID> streams = new ArrayList<>();
        StreamListener listener;

        @Override
        public void callAnswered(String callId, String callerNumber, String agent) {
            said.add("answered " + callId + " " + callerNumber + " " + agent);
        }

        @Override
        public void callHungUp(String callId) {
            said.add("hung up " + callId);
        }

        @Override
        public boolean hasOpenStream(String callId, Speaker speaker) {
            return open.contains(callId + speaker);
        }

        @Override
        public void followStreams(StreamListener listener) {
            this.listener = listener;
        }

        void open(UUID stream, String callId, Speaker speaker) {
            open.add(callId + speaker);
            streams.add(stream);
            listener.opened(stream);
        }

        void end(UUID stream) {
            open.clear();
            listener.ended(stream, "hung up", 3.5);
        }
    }
}
