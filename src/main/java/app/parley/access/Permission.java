package app.parley.access;

import java.util.Locale;

/** What a route, page, feed or file asks of the one who asks for it; roles grant them ({@link Role}). */
public enum Permission {
    /** The live screen of the signed-in agent's own calls. */
    LIVE_OWN,
    /** The live screens of the agents of one's teams. */
    LIVE_TEAM,
    /** One's own past calls: transcript, prompts, recording, scorecard. */
    CALLS_OWN,
    /** The past calls of the agents of one's teams. */
    CALLS_TEAM,
    /** Every past call: search, replay, recordings, scorecards. */
    CALLS_ALL,
    /** Mark a prompt helpful or dismissed. */
    PROMPT_FEEDBACK,
    /** Override a scorecard row, signed with one's own name. */
    SCORECARD_OVERRIDE,
    /** Read the coaching rules. */
    RULES_READ,
    /** Change the coaching rules. */
    RULES_EDIT,
    /** Import the ledger. */
    LEDGER_IMPORT,
    /** Read a caller's reconciled facts outside a call. */
    LEDGER_READ,
    /** Add, change and disable accounts; create and revoke API tokens. */
    USERS_ADMIN,
    /** Read the audit trail. */
    AUDIT_READ,
    /** Read the service's health and figures (an operator or a metrics scraper). */
    HEALTH;

    /** The name shown in a 403 and used in the docs. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
