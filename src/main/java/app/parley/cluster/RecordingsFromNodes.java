package app.parley.cluster;

import app.parley.call.Speaker;
import app.parley.store.Recordings;
import app.parley.store.RecordingsElsewhere;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.eventbus.Message;
import io.vertx.core.eventbus.MessageConsumer;
import io.vertx.core.eventbus.ReplyException;
import io.vertx.core.eventbus.ReplyFailure;
import io.vertx.core.file.OpenOptions;
import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Recordings across nodes that do not share a recordings folder. Each node answers, at
 * {@link #ADDRESS} + its id, for the recordings on its own disk: a file's size, or a piece of it
 * of at most {@link #PIECE} bytes. A node asked for a recording it does not have asks every other
 * node up; the one with the file (the largest, when two have one) serves it piece by piece.
 * <p>
 * Every node is asked rather than the one the store names for the party's stream: a node gets a
 * new id each time it starts, so the store's id no longer reaches a node that restarted with
 * the recordings still on its disk, and a call that went on after its node was lost has a
 * recording on each node it ran on. One small question per node per request is the price.
 * <p>
 * Pieces, not the whole file: the clustered event bus sends each message whole over the one
 * connection between two nodes, which also carries the live events, so a 20 MB WAV in one message
 * would be held whole in memory on both sides and hold up the screens' events behind it.
 * <p>
 * The requests come only from other nodes (nothing bridges the event bus to browsers); who may
 * hear a call is decided by the node the browser talks to, before it asks. A request's call id
 * and party are checked here all the same, and {@link Recordings} keeps any id inside the folder.
 */
final class RecordingsFromNodes implements RecordingsElsewhere {
    private static final Logger LOG = LoggerFactory.getLogger(RecordingsFromNodes.class);
    /** Each node answers here, + its id, for the recordings on its disk. */
    static final String ADDRESS = "parley.cluster.recordings.";
    /** The most bytes one answer carries. */
    static final int PIECE = 256 * 1024;
    /** A node that has not said whether it has a recording by then is taken as not answering. */
    static final long ASK_WITHIN_MS = 3_000;
    /** A piece not come by then fails the transfer. */
    static final long READ_WITHIN_MS = 10_000;

    private final Vertx vertx;
    private final Members members;
    private final Recordings local;

    RecordingsFromNodes(Vertx vertx, Members members, Recordings local) {
        this.vertx = vertx;
        this.members = members;
        this.local = local;
    }

    /** Starts answering the other nodes for this node's recordings. */
    Future<Void> start() {
        MessageConsumer<JsonObject> consumer = vertx.eventBus().consumer(ADDRESS + members.self(), this::answer);
        return consumer.completion();
    }

    /** Requests: {@code {"call", "speaker"}} for the size, with {@code "start", "length"} for those bytes. */
    private void answer(Message<JsonObject> request) {
        JsonObject body = request.body();
        Object call = body == null ? null : body.getValue("call");
        Object party = body == null ? null : body.getValue("speaker");
        if (!CallIds.valid(call)) {
            request.fail(400, "not a call id: " + (call == null ? "none" : "'" + call + "'"));
            return;
        }
        String id = (String) call;
        Speaker speaker;
        try {
            speaker = Speaker.of(String.valueOf(party));
        } catch (IllegalArgumentException e) {
            request.fail(400, e.getMessage());
            return;
        }
        Path file = local.file(id, speaker);
        if (!file.normalize().startsWith(local.dir())) {
            request.fail(400, "call id '" + id + "' leads outside the recordings folder");
            return;
        }
        boolean read = body.containsKey("length");
        long start;
        int length;
        try {
            start = read ? body.getLong("start", -1L) : 0;
            length = read ? body.getInteger("length", -1) : 0;
        } catch (ClassCastException e) {
            start = -1;
            length = -1;
        }
        if (read && (start < 0 || length < 1 || length > PIECE)) {
            request.fail(400, "bytes " + start + " + " + length + ": start from 0, 1 to " + PIECE + " bytes");
            return;
        }
        long from = start;
        int bytes = length;
        String what = "no " + speaker.id() + " recording of call " + id + " on node " + members.self();
        vertx.fileSystem().props(file.toString()).onComplete(props -> {
            if (props.failed() || !props.result().isRegularFile()) {
                request.fail(404, what);
            } else if (!read) {
                request.reply(new JsonObject().put("size", props.result().size()));
            } else {
                vertx.fileSystem().open(file.toString(), new OpenOptions().setRead(true).setWrite(false).setCreate(false))
                        .compose(opened -> opened.read(Buffer.buffer(bytes), 0, from, bytes)
                                .eventually(opened::close))
                        .onSuccess(request::reply)
                        .onFailure(e -> request.fail(500, "cannot read " + what.substring(3) + ": " + e.getMessage()));
            }
        });
    }

    @Override
    public Future<Lookup> find(String callId, Speaker speaker) {
        JsonObject question = new JsonObject().put("call", callId).put("speaker", speaker.id());
        List<String> others = members.up().stream().filter(node -> !node.equals(members.self())).toList();
        List<Future<Optional<Held>>> answers = new ArrayList<>();
        List<String> silent = java.util.Collections.synchronizedList(new ArrayList<>());
        for (String node : others) {
            answers.add(vertx.eventBus().<JsonObject>request(ADDRESS + node, question,
                    new DeliveryOptions().setSendTimeout(ASK_WITHIN_MS)).map(reply ->
                            Optional.of(new Held(node, reply.body().getLong("size"))))
                    .recover(e -> {
                        if (!(e instanceof ReplyException reply && reply.failureType() == ReplyFailure.RECIPIENT_FAILURE
                                && reply.failureCode() == 404)) {
                            silent.add(node);
                            LOG.warn("cluster: node {} did not say whether it has the {} recording of call {} ({})",
                                    node, speaker.id(), callId, e.getMessage());
                        }
                        return Future.succeededFuture(Optional.empty());
                    }));
        }
        return Future.join(answers).map(all -> {
            Optional<Held> best = answers.stream().map(Future::result).flatMap(Optional::stream)
                    .max(Comparator.comparingLong(Held::size).thenComparing(Held::node, Comparator.reverseOrder()));
            return new Lookup(best.map(held -> new Piecewise(held, question)), List.copyOf(silent), others.size());
        });
    }

    private record Held(String node, long size) {
    }

    /** A recording on another node, read a piece per request. */
    private final class Piecewise implements Remote {
        private final Held held;
        private final JsonObject question;

        Piecewise(Held held, JsonObject question) {
            this.held = held;
            this.question = question;
        }

        @Override
        public String node() {
            return held.node();
        }

        @Override
        public long size() {
            return held.size();
        }

        @Override
        public int largestRead() {
            return PIECE;
        }

        @Override
        public Future<Buffer> read(long start, int length) {
            return vertx.eventBus().<Buffer>request(ADDRESS + held.node(),
                    question.copy().put("start", start).put("length", length),
                    new DeliveryOptions().setSendTimeout(READ_WITHIN_MS)).compose(reply -> reply.body().length() == length
                            ? Future.succeededFuture(reply.body())
                            : Future.failedFuture("node " + held.node() + " had " + reply.body().length() + " bytes at "
                                    + start + ", not " + length));
        }
    }
}
