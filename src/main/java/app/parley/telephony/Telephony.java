package app.parley.telephony;

import app.parley.call.Speaker;
import app.parley.config.ParleyConfig;
import app.parley.live.CallSignals;
import app.parley.live.LiveView;
import app.parley.live.Tap;
import app.parley.live.TapDirectory;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Parley's side of the PBX: keeps one AMI session up (login retried with backoff, a dead
 * connection noticed by Ping, calls resynchronised after every login), follows calls with
 * {@link CallTracker}, and keeps one AudioSocket tap per party of each coached call, asking
 * again while the call lasts when a tap fails or drops.
 *
 * <p>All state lives on the live path's event loop. AMI actions block, so they run on
 * {@code blocking} (one thread: AMI answers in order anyway); Asterisk-Java's event thread only
 * hands each event over. Each change of PBX status is logged once and published to the screens.
 */
public final class Telephony implements CallSignals.StreamListener {
    private static final Logger LOG = LoggerFactory.getLogger(Telephony.class);
    private static final Duration TAP_CONNECT_TIMEOUT = Duration.ofSeconds(5);

    /** What the screens show of the PBX connection. */
    public enum Status {
        OFF("PBX link off"), CONNECTING("Connecting to the PBX"), CONNECTED("PBX connected"),
        DISCONNECTED("PBX disconnected"), UNREACHABLE("PBX unreachable"), AUTH_FAILED("PBX refused Parley's login");

        final String label;

        Status(String label) {
            this.label = label;
        }
    }

    private final Vertx vertx;
    private final Context context;
    private final ParleyConfig.Ami ami;
    private final ParleyConfig.Telephony settings;
    private final TapRoutes routes;
    private final Executor blocking;
    private final CallTracker tracker;
    private final Map<String, EnumMap<Speaker, TapState>> tapsByCall = new HashMap<>();
    private final Map<UUID, TapState> tapsByStream = new HashMap<>();
    /** Calls answered whose node has not been told yet: told by the first tap that finds the node. */
    private final java.util.Set<String> unannounced = new java.util.HashSet<>();

    private AmiConnection session;
    private Status status;
    private String detail = "";
    private Instant since = Instant.now();
    private Duration backoff;
    private long retryTimer = -1;
    private long pingTimer = -1;
    private boolean stopped;
    /** Bumped with every session, so events of a session that died are dropped. */
    private int generation;

    /** Every tap to this node: {@code telephony.tap_host} and {@code tap_port} (0: {@code audioSocketPort}). */
    public Telephony(Vertx vertx, ParleyConfig.Ami ami, ParleyConfig.Telephony settings, int audioSocketPort,
            CallSignals live, TapDirectory directory, Executor blocking) {
        this(vertx, ami, settings, TapRoutes.local(live, directory, settings.tapHost(),
                settings.tapPort() == 0 ? audioSocketPort : settings.tapPort()), blocking);
    }

    /** Each call's taps to the node {@code routes} gives it. */
    public Telephony(Vertx vertx, ParleyConfig.Ami ami, ParleyConfig.Telephony settings, TapRoutes routes,
            Executor blocking) {
        this.vertx = vertx;
        this.context = vertx.getOrCreateContext();
        this.ami = ami;
        this.settings = settings;
        this.routes = routes;
        this.blocking = blocking;
        this.tracker = new CallTracker(new CallTracker.Rules(settings.coachVariable(), settings.agentVariable(),
                settings.roleVariable(), settings.coachedContexts(), settings.coachedQueues()));
        this.backoff = ami.reconnectMin();
        this.status = ami.enabled() ? Status.CONNECTING : Status.OFF;
    }

    public void start() {
        routes.followStreams(this);
        if (ami.enabled()) {
            LOG.info("PBX: following {}:{} as '{}'; taps to {} ({})", ami.host(), ami.port(), ami.username(),
                    routes, settings.tapFormat());
            connect();
        }
    }

    public void stop() {
        stopped = true;
        cancel(retryTimer);
        cancel(pingTimer);
        AmiConnection closing = session;
        session = null;
        if (closing != null) {
            blocking.execute(closing::close);
        }
    }

    /**
     * Stops following the PBX on purpose ({@code why}: this node paused below the cluster's quorum),
     * and tells the screens and the metrics that the link is off.
     */
    public void stop(String why) {
        stop();
        detail = why;
        status = Status.OFF;
        since = Instant.now();
        LOG.warn("PBX {}:{}: {}: {}", ami.host(), ami.port(), Status.OFF.label, why);
        vertx.eventBus().publish(LiveView.EVENTS, status());
    }

    /** The PBX link as the screens show it. */
    public JsonObject status() {
        return new JsonObject().put("type", "pbx-status").put("status", status.name().toLowerCase())
                .put("label", status.label).put("detail", detail).put("since", since.toString());
    }

    // --- the AMI session -------------------------------------------------------------------

    private void connect() {
        if (stopped) {
            return;
        }
        int attempt = ++generation;
        blocking.execute(() -> {
            try {
                AmiConnection opened = AmiConnection.open(ami,
                        event -> context.runOnContext(v -> onEvent(attempt, event)),
                        () -> context.runOnContext(v -> onDisconnected(attempt, "connection lost")));
                List<AmiEvent> snapshot = opened.snapshot(List.of(settings.coachVariable(), settings.agentVariable(),
                        settings.roleVariable()));
                context.runOnContext(v -> onConnected(attempt, opened, snapshot));
            } catch (AmiConnection.LoginException e) {
                context.runOnContext(v -> onLoginFailed(attempt, e));
            } catch (java.io.IOException | RuntimeException e) {
                context.runOnContext(v -> onLoginFailed(attempt,
                        new AmiConnection.LoginException(AmiConnection.Failure.PROTOCOL, e.getMessage(), e)));
            }
        });
    }

    private void onConnected(int attempt, AmiConnection opened, List<AmiEvent> snapshot) {
        if (attempt != generation || stopped) {
            blocking.execute(opened::close);
            return;
        }
        session = opened;
        backoff = ami.reconnectMin();
        long channels = snapshot.stream().filter(e -> e.is("coreshowchannel")).count();
        setStatus(Status.CONNECTED, channels + " channel(s) up");
        handle(tracker.resync(snapshot));
        startPinging(attempt);
    }

    private void onLoginFailed(int attempt, AmiConnection.LoginException e) {
        if (attempt != generation || stopped) {
            return;
        }
        Status failed = e.failure == AmiConnection.Failure.AUTHENTICATION ? Status.AUTH_FAILED
                : e.failure == AmiConnection.Failure.UNREACHABLE ? Status.UNREACHABLE : Status.DISCONNECTED;
        setStatus(failed, e.getMessage());
        scheduleReconnect();
    }

    private void onDisconnected(int attempt, String why) {
        if (attempt != generation || stopped) {
            return;
        }
        AmiConnection lost = session;
        session = null;
        generation++;
        cancel(pingTimer);
        if (lost != null) {
            blocking.execute(lost::close);
        }
        setStatus(Status.DISCONNECTED, why);
        backoff = ami.reconnectMin();
        scheduleReconnect();
    }

    private void scheduleReconnect() {
        cancel(retryTimer);
        long delay = backoff.toMillis();
        backoff = backoff.multipliedBy(2).compareTo(ami.reconnectMax()) > 0 ? ami.reconnectMax() : backoff.multipliedBy(2);
        retryTimer = vertx.setTimer(Math.max(1, delay), t -> {
            retryTimer = -1;
            connect();
        });
    }

    /** Asterisk-Java notices a dead TCP connection only through a failed read: ping it. */
    private void startPinging(int attempt) {
        long interval = ami.pingInterval().toMillis();
        pingTimer = vertx.setPeriodic(interval, t -> {
            AmiConnection current = session;
            if (current == null || attempt != generation) {
                cancel(t);
                return;
            }
            blocking.execute(() -> {
                boolean alive = current.ping(2 * interval);
                if (!alive) {
                    context.runOnContext(v -> onDisconnected(attempt, "no answer to Ping within " + 2 * interval + " ms"));
                }
            });
        });
    }

    private void setStatus(Status next, String why) {
        detail = why;
        if (next == status) {
            return; // the same state again: logged and shown once already
        }
        status = next;
        since = Instant.now();
        String where = ami.host() + ":" + ami.port();
        if (next == Status.CONNECTED) {
            LOG.info("PBX {} connected ({})", where, why);
        } else {
            LOG.warn("PBX {}: {}: {}; retrying up to every {} s", where, next.label, why, ami.reconnectMax().toSeconds());
        }
        vertx.eventBus().publish(LiveView.EVENTS, status());
    }

    // --- calls and taps --------------------------------------------------------------------

    private void onEvent(int attempt, AmiEvent event) {
        if (attempt == generation && !stopped) {
            handle(tracker.apply(event));
        }
    }

    private void handle(List<CallTracker.Update> updates) {
        for (CallTracker.Update update : updates) {
            if (update instanceof CallTracker.Answered answered) {
                answered(answered.call());
            } else if (update instanceof CallTracker.Ended ended) {
                ended(ended.callId());
            }
        }
    }

    private void answered(CoachedCall call) {
        LOG.info("call {} answered: caller {} ({}) with agent {} ({})", call.id(), call.callerNumber(),
                call.caller().channel(), call.agentId(), call.agent().channel());
        EnumMap<Speaker, TapState> taps = new EnumMap<>(Speaker.class);
        taps.put(Speaker.CALLER, new TapState(call, Speaker.CALLER, call.caller()));
        taps.put(Speaker.AGENT, new TapState(call, Speaker.AGENT, call.agent()));
        tapsByCall.put(call.id(), taps);
        // Told again at a resync: the call's node may not have heard it (a new follower, a new node).
        unannounced.add(call.id());
        taps.values().forEach(this::requestTap);
    }

    private void ended(String callId) {
        EnumMap<Speaker, TapState> taps = tapsByCall.remove(callId);
        if (taps != null) {
            taps.values().forEach(tap -> {
                tap.over = true;
                cancel(tap.timer);
                tapsByStream.remove(tap.stream);
                if (tap.node != null && !tap.streaming) {
                    // Asked for but never connected: the connect timeout that would forget it is cancelled.
                    tap.node.forget(tap.stream);
                }
            });
        }
        unannounced.remove(callId);
        routes.callHungUp(callId);
    }

    private void requestTap(TapState tap) {
        if (tap.over || stopped) {
            return;
        }
        routes.nodeOf(tap.call.id()).onComplete(placed -> {
            if (tap.over || stopped) {
                return;
            }
            if (placed.failed()) {
                tapFailed(tap, "no node to carry it (" + placed.cause().getMessage() + ")");
                return;
            }
            TapRoutes.TapNode node = placed.result();
            if (unannounced.remove(tap.call.id())) {
                node.callAnswered(tap.call.id(), tap.call.callerNumber(), tap.call.agentId());
            }
            node.openStream(tap.call.id(), tap.speaker).onComplete(open -> {
                if (tap.over || stopped) {
                    return;
                }
                if (open.failed()) {
                    tapFailed(tap, "its node did not answer (" + open.cause().getMessage() + ")");
                } else if (!open.result().open()) {
                    requestTapOn(node, tap);
                } else if (open.result().stream() != null && !tapsByStream.containsKey(open.result().stream())) {
                    // Opened for a follower before this one: followed from now on, asked for again if it drops.
                    tapsByStream.remove(tap.stream);
                    tap.stream = open.result().stream();
                    tap.node = node;
                    tap.streaming = true;
                    tapsByStream.put(tap.stream, tap);
                }
            });
        });
    }

    private void requestTapOn(TapRoutes.TapNode node, TapState tap) {
        AmiConnection current = session;
        if (current == null) {
            tapFailed(tap, "PBX not connected");
            return;
        }
        UUID stream = UUID.randomUUID();
        tapsByStream.remove(tap.stream);
        tap.stream = stream;
        tap.attempts++;
        tapsByStream.put(stream, tap);
        tap.node = node;
        node.register(stream, new Tap(tap.call.id(), tap.speaker, tap.call.callerNumber(), tap.call.agentId()))
                .onComplete(registered -> {
                    if (!tap.stream.equals(stream) || tap.over || stopped) {
                        node.forget(stream);
                    } else if (registered.failed()) {
                        tapFailed(tap, "its node did not take the stream (" + registered.cause().getMessage() + ")");
                    } else {
                        originate(current, node, tap, stream);
                    }
                });
    }

    private void originate(AmiConnection current, TapRoutes.TapNode node, TapState tap, UUID stream) {
        tap.timer = vertx.setTimer(TAP_CONNECT_TIMEOUT.toMillis(), t -> {
            tap.timer = -1;
            if (tap.stream.equals(stream) && !tap.streaming) {
                node.forget(stream);
                tapFailed(tap, "Asterisk opened no AudioSocket connection within " + TAP_CONNECT_TIMEOUT.toSeconds()
                        + " s (can the PBX reach " + node.host() + ":" + node.port() + "?)");
            }
        });
        blocking.execute(() -> {
            try {
                current.originateTap(node.host(), node.port(), settings.tapFormat(), stream.toString(),
                        tap.party.uniqueId());
            } catch (java.io.IOException | RuntimeException e) {
                context.runOnContext(v -> {
                    if (tap.stream.equals(stream)) {
                        cancel(tap.timer);
                        node.forget(stream);
                        tapFailed(tap, e.getMessage());
                    }
                });
            }
        });
    }

    private void tapFailed(TapState tap, String why) {
        tap.streaming = false;
        if (tap.over || stopped) {
            return;
        }
        if (!tracker.isUp(tap.party.uniqueId()) && session != null) {
            LOG.warn("call {}: {} tap ended: channel {} is gone ({})", tap.call.id(), tap.speaker.id(),
                    tap.party.channel(), why);
            tap.over = true;
            return;
        }
        if (!tap.failing) {
            tap.failing = true;
            LOG.warn("call {}: {} tap failed: {}; asking again every {} s while the call lasts", tap.call.id(),
                    tap.speaker.id(), why, settings.tapRetry().toSeconds());
        }
        cancel(tap.timer);
        tap.timer = vertx.setTimer(Math.max(1, settings.tapRetry().toMillis()), t -> {
            tap.timer = -1;
            requestTap(tap);
        });
    }

    @Override
    public void opened(UUID streamId) {
        TapState tap = tapsByStream.get(streamId);
        if (tap == null) {
            return;
        }
        cancel(tap.timer);
        tap.timer = -1;
        tap.streaming = true;
        if (tap.failing) {
            tap.failing = false;
            LOG.info("call {}: {} tap back after {} attempt(s)", tap.call.id(), tap.speaker.id(), tap.attempts);
        }
    }

    @Override
    public void ended(UUID streamId, String reason, double audioSeconds) {
        TapState tap = tapsByStream.remove(streamId);
        if (tap == null || tap.over) {
            return;
        }
        tapFailed(tap, audioSeconds == 0 ? "the tap ended at once (" + reason + ")" : "the tap dropped (" + reason + ")");
    }

    /**
     * A tap on a channel the tracker never saw, as when it vanished before the tap. Only this
     * package's tests ask for one: no PBX event can make that happen on purpose.
     */
    void requestTapForTest(String callId, Speaker speaker, String uniqueId) {
        CoachedCall call = new CoachedCall(callId, new CoachedCall.Party(uniqueId, uniqueId),
                new CoachedCall.Party(uniqueId, uniqueId), null, null);
        TapState tap = new TapState(call, speaker, call.caller());
        tapsByCall.computeIfAbsent(callId, id -> new EnumMap<>(Speaker.class)).put(speaker, tap);
        requestTap(tap);
    }

    private void cancel(long timer) {
        if (timer >= 0) {
            vertx.cancelTimer(timer);
        }
    }

    private static final class TapState {
        final CoachedCall call;
        final Speaker speaker;
        final CoachedCall.Party party;
        UUID stream = new UUID(0, 0);
        /** Where the last tap was asked for (null: none yet). */
        TapRoutes.TapNode node;
        int attempts;
        long timer = -1;
        boolean streaming;
        boolean failing;
        boolean over;

        TapState(CoachedCall call, Speaker speaker, CoachedCall.Party party) {
            this.call = call;
            this.speaker = speaker;
            this.party = party;
        }
    }
}
