package app.parley.cluster;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.shareddata.Lock;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One node of the cluster follows the PBX: the one holding the cluster-wide lock {@link #LOCK}
 * while it sees a quorum of the nodes. Every other node waits for the lock, one try of
 * {@link #TRY_MS} after another (each try waits on a Vert.x worker inside Hazelcast, never on an
 * event loop). The lock is freed when its node leaves the cluster, or is taken for dead
 * ({@link HazelcastSettings#DEAD_AFTER_SECONDS} without a heartbeat); the next node's waiting try
 * then takes it and starts following: it logs in to AMI, resynchronises the calls up from the PBX
 * and asks for their taps again (telephony's own work after any reconnection).
 *
 * <p>A network split must not leave a follower on each side. Below the quorum Hazelcast refuses
 * the lock ({@link HazelcastSettings#FOLLOWER_QUORUM}), so the smaller side elects nobody; and the
 * holder, checking at every try, pauses while it sees fewer nodes than the quorum (the other side
 * has taken it for dead and elected its own) and follows again once enough are back. It keeps the
 * lock meanwhile (every member keeps a copy of it, {@link HazelcastSettings}): when the nodes it
 * lost come back as new members, it is still the holder. When its side merges back into a larger
 * one instead, Hazelcast clears the smaller side's locks as the merge begins: it holds nothing any
 * more, and waits like any other node ({@link #merging}).
 *
 * <p>A node that holds the lock but cannot start following (its {@code follow} fails: the
 * cluster's maps unreadable, say) does not keep it: it pauses, lets the lock go and waits for it
 * again like any other node, so that the cluster is never left with a follower in name only.
 */
final class PbxFollower {
    private static final Logger LOG = LoggerFactory.getLogger(PbxFollower.class);
    static final String LOCK = "parley.pbx.follower";
    static final long TRY_MS = 2_000;

    private final Vertx vertx;
    private final BooleanSupplier quorate;
    private final Supplier<Future<?>> follow;
    private final Runnable pause;
    private volatile Lock held;
    private volatile boolean following;
    private volatile boolean stopped;
    private boolean toldWaiting;
    private boolean toldFailing;
    private int spell;
    private long watch = -1;

    /**
     * {@code quorate}: whether this node sees a quorum of the nodes now; {@code follow} starts
     * following the PBX (failed if it cannot), {@code pause} stops it (both on the context that
     * called {@link #start}).
     */
    PbxFollower(Vertx vertx, BooleanSupplier quorate, Supplier<Future<?>> follow, Runnable pause) {
        this.vertx = vertx;
        this.quorate = quorate;
        this.follow = follow;
        this.pause = pause;
    }

    void start() {
        tryOnce();
    }

    /** Whether this node follows the PBX for the cluster now. */
    boolean elected() {
        return following;
    }

    void stop() {
        stopped = true;
        cancelWatch();
        following = false;
        releaseLock();
    }

    private void releaseLock() {
        Lock lock = held;
        held = null;
        if (lock != null) {
            lock.release();
        }
    }

    /**
     * This node's side of a split is merging into a larger one: the locks of the smaller side are
     * cleared, this node's too, so it stops following (if it still was) and waits for the lock again.
     * On the context that called {@link #start}.
     */
    void merging() {
        if (stopped || held == null) {
            return;
        }
        LOG.warn("cluster: this node's side of a split is merging into the larger one; it no longer holds the PBX "
                + "follower's lock and waits for it again");
        cancelWatch();
        held = null;
        if (following) {
            following = false;
            pause.run();
        }
        toldWaiting = false;
        tryOnce();
    }

    private void tryOnce() {
        if (stopped) {
            return;
        }
        long asked = System.nanoTime();
        vertx.sharedData().getLockWithTimeout(LOCK, TRY_MS).onSuccess(lock -> {
            if (stopped) {
                lock.release();
                return;
            }
            held = lock;
            watch = vertx.setPeriodic(TRY_MS, id -> checkQuorum());
            checkQuorum();
        }).onFailure(e -> {
            if (stopped) {
                return;
            }
            if (!toldWaiting) {
                toldWaiting = true;
                LOG.info("cluster: another node follows the PBX, or too few nodes are up to elect one ({}); this one "
                        + "takes over if that node goes", e.getMessage());
            }
            // A try that timed out has waited already; a refusal below the quorum comes at once, and
            // the next waits out what is left of a try's time.
            long waitedMs = (System.nanoTime() - asked) / 1_000_000;
            if (waitedMs >= TRY_MS) {
                tryOnce();
            } else {
                vertx.setTimer(TRY_MS - waitedMs, id -> tryOnce());
            }
        });
    }

    /** Follows while a quorum is seen, pauses while it is not (the lock kept). */
    private void checkQuorum() {
        if (stopped || held == null) {
            return;
        }
        boolean quorum = quorate.getAsBoolean();
        if (quorum && !following) {
            following = true;
            int thisSpell = ++spell;
            LOG.info("cluster: this node follows the PBX for the cluster");
            follow.get().onSuccess(started -> toldFailing = false).onFailure(e -> {
                if (thisSpell == spell) {
                    cannotFollow(e);
                }
            });
        } else if (!quorum && following) {
            following = false;
            LOG.warn("cluster: this node sees fewer nodes than the quorum; it stops following the PBX until enough "
                    + "are back (on the other side of a split, another node may follow it now)");
            pause.run();
        }
    }

    /** This spell of following could not start: the lock goes back to the cluster, and this node waits for it again. */
    private void cannotFollow(Throwable e) {
        if (stopped || held == null || !following) {
            return;
        }
        if (!toldFailing) {
            toldFailing = true;
            LOG.error("cluster: this node holds the PBX follower's lock but cannot follow the PBX ({}); it lets the "
                    + "lock go for another node and tries again", e.getMessage());
        } else {
            LOG.debug("cluster: still cannot follow the PBX ({})", e.getMessage());
        }
        cancelWatch();
        following = false;
        pause.run();
        releaseLock();
        toldWaiting = false;
        vertx.setTimer(TRY_MS, id -> tryOnce());
    }

    private void cancelWatch() {
        if (watch >= 0) {
            vertx.cancelTimer(watch);
            watch = -1;
        }
    }
}
