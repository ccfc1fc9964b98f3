package app.parley.access;

import java.time.Instant;
import java.util.List;

/**
 * The record of sensitive actions: sign-ins (and failures), rule changes, scorecard overrides,
 * recording plays and downloads, exports, ledger imports, account and token changes. Append
 * only; kept for {@code access.audit_retention}.
 */
public interface AuditTrail {

    /** One action: who, from where, what, on what, how it ended, and details (a rules diff). */
    record Event(long id, Instant at, String actor, String source, String action, String target, String outcome,
            String detail) {
    }

    /** What an admin searches for: any field may be null (no filter); newest first. */
    record Query(String actor, String action, String text, Instant from, Instant to, int limit) {
    }

    void record(String actor, String source, String action, String target, String outcome, String detail);

    List<Event> search(Query query);

    /** Deletes events older than {@code before}; returns how many. */
    int forgetBefore(Instant before);

    /** For tests and tools that need no trail. */
    AuditTrail NONE = new AuditTrail() {
        @Override
        public void record(String actor, String source, String action, String target, String outcome, String detail) {
        }

        @Override
        public List<Event> search(Query query) {
            return List.of();
        }

        @Override
        public int forgetBefore(Instant before) {
            return 0;
        }
    };
}
