package app.parley.store;

import app.parley.call.Speaker;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import java.util.List;
import java.util.Optional;

/**
 * Recordings kept on another node's disk, for a cluster whose nodes do not share one recordings
 * folder: the replay route asks here for what {@link Recordings} does not have on this node.
 * Its futures complete on the caller's context.
 */
public interface RecordingsElsewhere {
    /** A single node: there is nowhere else to look. */
    RecordingsElsewhere NONE = (callId, speaker) -> Future.succeededFuture(new Lookup(Optional.empty(), List.of(), 0));

    /** Which other node holds the party's recording of the call, asking each node up now. */
    Future<Lookup> find(String callId, Speaker speaker);

    /**
     * {@code found}: the recording, when a node has it; {@code silent}: the nodes that did not
     * answer in time (one of them may have it); {@code asked}: how many nodes were asked.
     */
    record Lookup(Optional<Remote> found, List<String> silent, int asked) {
    }

    /** A recording on another node, read a piece at a time. */
    interface Remote {
        /** The node that has it. */
        String node();

        /** Its size in bytes when it was found. */
        long size();

        /** The most bytes one {@link #read} gives. */
        int largestRead();

        /**
         * Exactly {@code length} bytes from {@code start} (at most {@link #largestRead}); fails when
         * the node is gone, does not answer in time or has fewer bytes there.
         */
        Future<Buffer> read(long start, int length);
    }
}
