package app.parley;

import app.parley.access.AuditTrail;
import app.parley.config.ParleyConfig;
import app.parley.rulesets.RulesConsole;
import app.parley.store.CallStore;
import app.parley.store.Recordings;
import app.parley.store.RecordingsSweep;
import app.parley.store.Retention;
import io.vertx.core.Vertx;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The service's periodic chores, each on a Vert.x worker: retention of calls and audit, following the rules' store. */
final class Housekeeping {
    private static final Logger LOG = LoggerFactory.getLogger(Housekeeping.class);
    /** How soon an account moved to another team, or another node's publish, reaches the calls here. */
    private static final Duration FOLLOW_RULES = Duration.ofSeconds(15);

    private final Vertx vertx;

    Housekeeping(Vertx vertx) {
        this.vertx = vertx;
    }

    /**
     * Deletes calls older than store.retention now and every store.retention_check, with their
     * audio in each of {@code folders} (the recordings, what a stop left to transcribe), telling
     * {@code deleted} the ids of each batch (in a cluster: the other nodes, which delete their
     * files of them); then deletes the call folders here that outlived their calls (a deletion
     * this node missed while it was down: {@link RecordingsSweep}).
     */
    void keepCallsOnlyAsLongAsConfigured(CallStore store, ParleyConfig config, List<Recordings> folders,
            Consumer<List<String>> deleted) {
        Retention retention = new Retention(store, folders, config.store().retention(), Clock.systemUTC(), deleted);
        if (!retention.enabled()) {
            return;
        }
        List<RecordingsSweep> leftBehind = folders.stream().map(folder -> new RecordingsSweep(store, folder,
                config.store().retention(), Clock.systemUTC())).toList();
        Runnable sweep = () -> vertx.executeBlocking(retention::run, false)
                .onFailure(e -> LOG.error("retention: deleting old calls failed: {}", e.getMessage()))
                .transform(done -> vertx.executeBlocking(() -> {
                    for (RecordingsSweep folder : leftBehind) {
                        try {
                            folder.run();
                        } catch (RuntimeException e) {
                            LOG.error("retention: sweeping a folder of calls' audio failed: {}", e.getMessage());
                        }
                    }
                    return null;
                }, false));
        sweep.run();
        vertx.setPeriodic(config.store().retentionCheck().toMillis(), id -> sweep.run());
    }

    /**
     * Every {@link #FOLLOW_RULES}: who is in which team, from the accounts (a publish to a team
     * reads it too), and the rules versions and teams' profiles another node on the same store
     * published, for the rules each call's agent is coached with. In a cluster a publish is
     * followed at once (cluster.SharedCaches); this is the fallback.
     */
    void followRules(RulesConsole rules) {
        vertx.setPeriodic(FOLLOW_RULES.toMillis(), id -> vertx.executeBlocking(() -> {
            rules.follow();
            return null;
        }, false).onFailure(e -> LOG.error("coaching rules: following the store failed: {}", e.getMessage())));
    }

    /** Deletes audit events older than access.audit_retention, daily. */
    void keepAuditOnlyAsLongAsConfigured(AuditTrail audit, ParleyConfig config) {
        Runnable sweep = () -> vertx.executeBlocking(() -> audit.forgetBefore(
                Instant.now().minus(config.access().auditRetention())), false)
                .onFailure(e -> LOG.error("retention: ageing out the audit trail failed: {}", e.getMessage()));
        sweep.run();
        vertx.setPeriodic(TimeUnit.HOURS.toMillis(24), id -> sweep.run());
    }
}
