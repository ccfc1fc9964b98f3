package app.parley.web;

import app.parley.call.CallRecord;
import app.parley.call.Json;
import app.parley.call.Speaker;
import app.parley.call.TranscriptText;
import app.parley.store.CallStore;
import app.parley.store.Recordings;
import app.parley.store.RecordingsElsewhere;
import io.vertx.core.Future;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import app.parley.access.Permission;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stored calls, for quality review:
 * <ul>
 * <li>{@code GET /api/calls?q=&agent=&account=&phone=&kind=&from=&to=&min_duration=&max_duration=&limit=&after=}:
 * {@code {"calls": [summary...], "next"}}, newest first (see {@link CallSearchParams});</li>
 * <li>{@code GET /api/calls/{id}}: the call record; with {@code ?download=1}, as a file;</li>
 * <li>{@code GET /api/calls/{id}/transcript.txt}: the record as a readable transcript;</li>
 * <li>{@code GET /api/calls/{id}/loudness}: each party's loudness track;</li>
 * <li>{@code GET /api/calls/{id}/recordings/{agent|caller}}: the party's recording (WAV, byte
 * ranges for seeking), 404 when none was kept. In a cluster without a shared recordings folder,
 * a recording not on this node's disk is relayed from the node that has it (the same answers,
 * ranges included); 503 when it is on none of the nodes that answered and some node did not
 * answer in time, or when the node that has it stops sending before the headers are out (after
 * them, the connection is reset).</li>
 * </ul>
 * Errors are JSON {@code {"error", "field"}}. Store reads run on workers.
 */
public final class CallRoutes {
    private static final Logger LOG = LoggerFactory.getLogger(CallRoutes.class);

    private final Vertx vertx;
    private final CallStore store;
    private final Recordings recordings;
    private final RecordingsElsewhere elsewhere;
    private Access access;

    /** {@code recordings}: where recordings are (looked for even when the site no longer keeps new ones). */
    public CallRoutes(Vertx vertx, CallStore store, Recordings recordings) {
        this(vertx, store, recordings, RecordingsElsewhere.NONE);
    }

    /** {@code elsewhere}: the recordings on other nodes' disks, looked for when {@code recordings} has none. */
    public CallRoutes(Vertx vertx, CallStore store, Recordings recordings, RecordingsElsewhere elsewhere) {
        this.vertx = vertx;
        this.store = store;
        this.recordings = recordings;
        this.elsewhere = elsewhere;
    }

    public void mount(Access access) {
        this.access = access;
        access.get("/api/calls", Permission.CALLS_OWN).handler(this::search);
        access.get("/api/calls/:id", Permission.CALLS_OWN).handler(ctx -> seen(ctx, this::record));
        access.get("/api/calls/:id/transcript.txt", Permission.CALLS_OWN).handler(ctx -> seen(ctx, this::transcript));
        access.get("/api/calls/:id/loudness", Permission.CALLS_OWN).handler(ctx -> seen(ctx, this::loudness));
        access.get("/api/calls/:id/recordings/:speaker", Permission.CALLS_OWN).handler(ctx -> seen(ctx, this::recording));
    }

    /**
     * Runs {@code then} when the caller may see the call of the path's {@code :id}; otherwise
     * 404, as for a call that does not exist (an agent is not told another's call exists).
     */
    static void seen(RoutingContext ctx, Vertx vertx, CallStore store, Access access, Handler<RoutingContext> then) {
        String id = ctx.pathParam("id");
        access.visibility(ctx, Permission.CALLS_OWN, Permission.CALLS_TEAM, Permission.CALLS_ALL)
                .compose(visible -> vertx.executeBlocking(() -> store.agentOf(id)
                        .map(agent -> visible.test(agent.orElse(null))).orElse(false), false))
                .onSuccess(ok -> {
                    if (ok) {
                        then.handle(ctx);
                    } else {
                        Responses.error(ctx, 404, "id", "no call with id " + id);
                    }
                }).onFailure(e -> Responses.serverError(ctx, LOG, e));
    }

    private void seen(RoutingContext ctx, Handler<RoutingContext> then) {
        seen(ctx, vertx, store, access, then);
    }

    private void search(RoutingContext ctx) {
        app.parley.store.CallQuery query;
        try {
            query = CallSearchParams.parse(ctx.request()::getParam);
        } catch (BadParameter e) {
            Responses.error(ctx, 400, e.field(), e.getMessage());
            return;
        }
        access.visibility(ctx, Permission.CALLS_OWN, Permission.CALLS_TEAM, Permission.CALLS_ALL)
                .compose(visible -> vertx.<String>executeBlocking(() -> Json.MAPPER.writeValueAsString(store.search(
                        visible.all() ? query : query.seenBy(visible.agents(), visible.unassigned()))), false))
                .onSuccess(body -> Responses.json(ctx, 200, body))
                .onFailure(e -> Responses.serverError(ctx, LOG, e));
    }

    private void record(RoutingContext ctx) {
        String id = ctx.pathParam("id");
        if ("1".equals(ctx.request().getParam("download"))) {
            access.record(ctx, "call-export", id, "ok", null);
        }
        withRecord(ctx, record -> {
            String body = Json.MAPPER.writeValueAsString(record);
            if ("1".equals(ctx.request().getParam("download"))) {
                ctx.response().putHeader("Content-Disposition", "attachment; filename=\"" + fileName(id) + ".json\"");
            }
            return body;
        }, "application/json");
    }

    private void transcript(RoutingContext ctx) {
        String id = ctx.pathParam("id");
        access.record(ctx, "transcript-export", id, "ok", null);
        withRecord(ctx, record -> {
            if ("1".equals(ctx.request().getParam("download"))) {
                ctx.response().putHeader("Content-Disposition", "attachment; filename=\"" + fileName(id) + ".txt\"");
            }
            return TranscriptText.of(record);
        }, "text/plain; charset=utf-8");
    }

    private interface Render {
        String apply(CallRecord record) throws Exception;
    }

    private void withRecord(RoutingContext ctx, Render render, String contentType) {
        String id = ctx.pathParam("id");
        vertx.<Optional<CallRecord>>executeBlocking(() -> store.find(id), false).onSuccess(found -> {
            if (found.isEmpty()) {
                Responses.error(ctx, 404, "id", "no call with id " + id);
                return;
            }
            try {
                ctx.response().setStatusCode(200).putHeader("Content-Type", contentType).end(render.apply(found.get()));
            } catch (Exception e) {
                Responses.serverError(ctx, LOG, e);
            }
        }).onFailure(e -> Responses.serverError(ctx, LOG, e));
    }

    private void loudness(RoutingContext ctx) {
        String id = ctx.pathParam("id");
        vertx.<String>executeBlocking(() -> store.exists(id) ? Json.MAPPER.writeValueAsString(store.loudness(id))
                : null, false).onSuccess(body -> {
                    if (body == null) {
                        Responses.error(ctx, 404, "id", "no call with id " + id);
                    } else {
                        Responses.json(ctx, 200, body);
                    }
                }).onFailure(e -> Responses.serverError(ctx, LOG, e));
    }

    /**
     * The WAV file, whole or the byte range asked for: a media element seeks with ranges. A file
     * not on this node's disk is looked for on the other nodes and relayed from the one that has it.
     */
    private void recording(RoutingContext ctx) {
        String id = ctx.pathParam("id");
        Speaker speaker;
        try {
            speaker = Speaker.of(ctx.pathParam("speaker"));
        } catch (IllegalArgumentException e) {
            Responses.error(ctx, 404, "speaker", "no such party: '" + ctx.pathParam("speaker") + "' (agent or caller)");
            return;
        }
        vertx.<Optional<Recording>>executeBlocking(() -> {
            Optional<Path> file = recordings.find(id, speaker);
            return file.isEmpty() ? Optional.empty() : Optional.of(new Recording(file.get(), Files.size(file.get())));
        }, false).onSuccess(found -> {
                    if (found.isPresent()) {
                        played(ctx, id, speaker, sendFile(ctx, found.get()));
                    } else {
                        fromAnotherNode(ctx, id, speaker);
                    }
                }).onFailure(e -> Responses.serverError(ctx, LOG, e));
    }

    private void fromAnotherNode(RoutingContext ctx, String id, Speaker speaker) {
        elsewhere.find(id, speaker).onSuccess(lookup -> {
            if (lookup.found().isPresent()) {
                RecordingsElsewhere.Remote remote = lookup.found().get();
                ByteRange range = ByteRange.of(ctx.request().getHeader("Range"), remote.size());
                played(ctx, id, speaker, range);
                relay(ctx, remote, range).onFailure(e -> {
                    LOG.warn("the {} recording of call {} from node {} stopped: {}", speaker.id(), id, remote.node(),
                            e.getMessage());
                    if (!ctx.response().headWritten()) {
                        ctx.response().headers().remove("Content-Length").remove("Content-Range");
                        Responses.error(ctx, 503, "speaker", "the " + speaker.id() + " recording of call " + id
                                + " is on node " + remote.node() + ", which did not send it: " + e.getMessage());
                    } else if (!ctx.response().ended()) {
                        // Part sent under a 200 or 206: a cut connection, not a short file taken as whole.
                        ctx.response().reset();
                    }
                });
            } else if (!lookup.silent().isEmpty()) {
                Responses.error(ctx, 503, "speaker", "no " + speaker.id() + " recording of call " + id
                        + " on this node or the nodes that answered; " + lookup.silent().size() + " node(s) did not "
                        + "answer in time (" + String.join(", ", lookup.silent()) + "): try again");
            } else {
                Responses.error(ctx, 404, "speaker", "no " + speaker.id() + " recording kept for call " + id
                        + (lookup.asked() == 0 ? "" : " (on this node or the " + lookup.asked() + " other node(s) up)"));
            }
        }).onFailure(e -> Responses.serverError(ctx, LOG, e));
    }

    /**
     * A play is recorded once, when what is sent starts at the beginning and holds more than the
     * header: a player asks for many ranges, and a 1-byte probe is no play.
     */
    private void played(RoutingContext ctx, String id, Speaker speaker, ByteRange sent) {
        if (sent.kind() != ByteRange.Kind.UNSATISFIABLE && sent.start() == 0 && sent.length() > WAV_HEADER_BYTES) {
            access.record(ctx, "recording-play", id + "/" + speaker.id(), "ok", ctx.request().getHeader("Range"));
        }
    }

    private record Recording(Path file, long size) {
    }

    /** The bytes of a WAV file's header, before any audio. */
    private static final long WAV_HEADER_BYTES = 44;

    /** Sends the whole file or the range asked for; returns what was asked. */
    private static ByteRange sendFile(RoutingContext ctx, Recording recording) {
        ByteRange range = ByteRange.of(ctx.request().getHeader("Range"), recording.size());
        String file = recording.file().toString();
        var response = ctx.response().putHeader("Content-Type", "audio/wav").putHeader("Accept-Ranges", "bytes");
        switch (range.kind()) {
            case WHOLE -> response.sendFile(file);
            case PART -> response.setStatusCode(206).putHeader("Content-Range", range.contentRange())
                    .sendFile(file, range.start(), range.length());
            case UNSATISFIABLE -> response.setStatusCode(416).putHeader("Content-Range", range.contentRange()).end();
        }
        return range;
    }

    /** Sends what {@code range} asks of a file on another node, a piece at a time, each after the last is written. */
    private static Future<Void> relay(RoutingContext ctx, RecordingsElsewhere.Remote remote, ByteRange range) {
        HttpServerResponse response = ctx.response().putHeader("Content-Type", "audio/wav")
                .putHeader("Accept-Ranges", "bytes").setStatusCode(range.status());
        if (range.contentRange() != null) {
            response.putHeader("Content-Range", range.contentRange());
        }
        if (range.kind() == ByteRange.Kind.UNSATISFIABLE) {
            return response.end();
        }
        response.putHeader("Content-Length", String.valueOf(range.length()));
        return relayFrom(response, remote, range.start(), range.end() + 1);
    }

    private static Future<Void> relayFrom(HttpServerResponse response, RecordingsElsewhere.Remote remote, long from,
            long until) {
        if (from >= until) {
            return response.end();
        }
        int length = (int) Math.min(remote.largestRead(), until - from);
        return remote.read(from, length).compose(response::write)
                .compose(written -> relayFrom(response, remote, from + length, until));
    }

    private static String fileName(String callId) {
        return "call-" + callId.replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
