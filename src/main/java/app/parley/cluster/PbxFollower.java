package app.parley.cluster;

import io.vertx.core.Vertx;
import io.vertx.core.shareddata.Lock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One node of the cluster follows the PBX: the one holding the cluster-wide lock {@link #LOCK}.
 * Every other node waits for it, one try of {@link #TRY_MS} after another (each try waits on a
 * Vert.x worker inside Hazelcast, never on an event loop). The lock is freed when its node leaves
 * the cluster, or is taken for dead ({@link HazelcastSettings#DEAD_AFTER_SECONDS} without a
 * heartbeat); the next node's waiting try then takes it and starts following: it logs in to AMI,
 * resynchronises the calls up from the PBX and asks for their taps again (telephony's own work
 * after any reconnection).
 */
final class PbxFollower {
    private static final Logger LOG = LoggerFactory.getLogger(PbxFollower.class);
    static final String LOCK = "parley.pbx.follower";
    private static final long TRY_MS = 2_000;

    private final Vertx vertx;
    private final Runnable follow;
    private volatile Lock held;
    private volatile boolean stopped;
    private boolean toldWaiting;

    PbxFollower(Vertx vertx, Runnable follow) {
        this.vertx = vertx;
        this.follow = follow;
    }

    void start() {
        tryOnce();
    }

    boolean elected() {
        return held != null;
    }

    void stop() {
        stopped = true;
        Lock lock = held;
        held = null;
        if (lock != null) {
            lock.release();
        }
    }

    private void tryOnce() {
        if (stopped) {
            return;
        }
        vertx.sharedData().getLockWithTimeout(LOCK, TRY_MS).onSuccess(lock -> {
            if (stopped) {
                lock.release();
                return;
            }
            held = lock;
            LOG.info("cluster: this node follows the PBX for the cluster");
            follow.run();
        }).onFailure(e -> {
            if (stopped) {
                return;
            }
            if (!toldWaiting) {
                toldWaiting = true;
                LOG.info("cluster: another node follows the PBX; this one takes over if that node goes");
            }
            tryOnce();
        });
    }
}
