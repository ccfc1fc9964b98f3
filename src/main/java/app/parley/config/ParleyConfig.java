package app.parley.config;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Parley's validated configuration. Load it with {@link ConfigLoader}. */
public record ParleyConfig(Path data, Http http, AudioSocket audiosocket, Speech speech, Calls calls, Ami ami,
        Telephony telephony, Coaching coaching, Ledger ledger, Store store, Recordings recordings, Access access,
        Redaction redaction, Metrics metrics, Cluster cluster) {

    /**
     * Several Parley nodes on one Vert.x cluster (docs/cluster.md): this node's cluster address
     * {@code host}:{@code port} (Hazelcast), the event bus's port ({@code busPort}, 0: any free
     * one), the {@code members} it looks for, each host:port (no multicast), and the {@code quorum}
     * as configured (0: the default, see {@link #followerQuorum}).
     */
    public record Cluster(boolean enabled, String host, int port, int busPort, List<String> members, int quorum) {
        /**
         * How many nodes must see each other for one of them to follow the PBX: the configured
         * quorum, or by default a majority of the members when three or more are listed, otherwise
         * 1 (two nodes cannot tell a network split from a dead peer, and one node is alone anyway).
         */
        public int followerQuorum() {
            if (quorum > 0) {
                return quorum;
            }
            return members.size() >= 3 ? members.size() / 2 + 1 : 1;
        }
    }

    /** {@code tlsCert} and {@code tlsKey}: PEM files for HTTPS, or both null for plain HTTP. */
    public record Http(String host, int port, Path tlsCert, Path tlsKey) {
        public boolean tls() {
            return tlsCert != null;
        }
    }

    /** Sign-in sessions and the audit trail. */
    public record Access(Duration sessionIdle, boolean secureCookies, Duration auditRetention, Oidc oidc) {
    }

    /**
     * What {@code GET /metrics} asks of a scraper: {@code scraperToken}, its bearer token (empty:
     * none, only signed-in admins read it). The token is never shown by {@link #toString()}.
     */
    public record Metrics(String scraperToken) {
        public boolean scraperAllowed() {
            return !scraperToken.isEmpty();
        }

        @Override
        public String toString() {
            return "Metrics[scraper token " + (scraperAllowed() ? "set" : "not set") + "]";
        }
    }

    /** Sign-in through an OpenID Connect provider; {@code roleMap}: group name to Parley role. */
    public record Oidc(boolean enabled, String issuer, String clientId, String clientSecret, String publicUrl,
            String audience, String rolesClaim, Map<String, String> roleMap, String agentIdClaim, String teamsClaim) {
    }

    /**
     * {@code allowedSources}: the addresses allowed to connect (IP addresses as written); empty:
     * any address.
     */
    public record AudioSocket(String host, int port, List<String> allowedSources, int maxConnectionsPerSource,
            Duration idleTimeout) {
    }

    /**
     * {@code gate}: which of a party's audio the recogniser hears (pauses are not decoded);
     * {@code decoding}: how hard the recogniser searches (the model's conf/model.conf options);
     * {@code maxLag}: how far decoding may fall behind a stream's audio before its call's screen
     * says coaching is delayed.
     */
    public record Speech(Path model, String language, int workers, int warmRecognizers,
            app.parley.speech.VoiceGate.Settings gate, app.parley.speech.Decoding decoding, Duration maxLag) {
    }

    /**
     * {@code maxLive}: calls transcribed live at once (0: no limit); a call beyond them is
     * recorded and stored as it happens and transcribed once it has ended. {@code stopWithin}:
     * how long a stop waits for the calls in progress to give their last words; a call still
     * being decoded then is stored as transcribed up to where it got, and finished from its
     * recordings at the next start.
     */
    public record Calls(Duration endAfter, Duration partialFlush, int maxLive, Duration stopWithin) {
    }

    /** The AMI account. The secret is never shown by {@link #toString()}. */
    public record Ami(boolean enabled, String host, int port, String username, String secret,
            Duration reconnectMin, Duration reconnectMax, Duration pingInterval) {
        @Override
        public String toString() {
            return "Ami[enabled=" + enabled + ", " + username + "@" + host + ":" + port + ", secret=****]";
        }
    }

    public record Telephony(String coachVariable, String agentVariable, String roleVariable,
            java.util.Set<String> coachedContexts, java.util.Set<String> coachedQueues, String tapHost, int tapPort,
            String tapFormat, Duration tapRetry) {
    }

    /** {@code rules}: the site's rules file as configured (see {@link #coachingRules()}). */
    public record Coaching(Path rules) {
    }

    /** The site's coaching rules file, a relative path taken from the data folder. */
    public Path coachingRules() {
        return data.resolve(coaching.rules());
    }

    /** The debt ledger: phone matching, the lookup cache and the offer policy. */
    public record Ledger(Phone phone, LedgerCache cache, Offers offers) {
    }

    /** How national numbers become E.164; {@code trunkPrefix} may be empty. */
    public record Phone(String countryCode, String internationalPrefix, String trunkPrefix) {
    }

    public record LedgerCache(int maxAccounts, Duration expireAfter, Duration recheckImports) {
    }

    /**
     * The three offers: discount bands by oldest days past due, the pay-in-full deadline in days,
     * the short plan's instalments, and the long plan's months, yearly rate (percent) and
     * smallest instalment.
     */
    public record Offers(List<DiscountBand> discountBands, int payInFullDays, int instalments, int planMonths,
            BigDecimal planRatePct, BigDecimal planMinInstalment) {
        public Offers {
            discountBands = List.copyOf(discountBands);
        }
    }

    /** Days past due from {@code fromDays} to {@code toDays} (null: no end): offer {@code minPct}, allow up to {@code maxPct}. */
    public record DiscountBand(int fromDays, Integer toDays, BigDecimal minPct, BigDecimal maxPct) {
        public boolean covers(long daysPastDue) {
            return daysPastDue >= fromDays && (toDays == null || daysPastDue <= toDays);
        }
    }

    /**
     * Where calls and the ledger are stored: {@code embedded} (H2 in the data folder) or
     * {@code postgresql} at {@code url}. Writes the store cannot take are retried for
     * {@code retryFor}; calls older than {@code retention} are deleted (zero: kept forever),
     * checked every {@code retentionCheck}. Searches and replays use up to
     * {@code readConnections} connections besides the writer's; the live path's writes queue for
     * it, {@code writeQueue} of them before the queue counts as full. The password is never shown
     * by {@link #toString()}.
     */
    public record Store(String backend, String url, String user, String password, Duration retryFor,
            Duration retention, Duration retentionCheck, int readConnections, int writeQueue) {
        public boolean embedded() {
            return backend.equals("embedded");
        }

        @Override
        public String toString() {
            return "Store[" + backend + (embedded() ? "" : " " + url + " as " + user + ", password=****")
                    + ", retention=" + retention + "]";
        }
    }

    /** Whether each party's audio is kept with the call, and in which folder (relative: to the data folder). */
    public record Recordings(boolean enabled, Path dir) {
    }

    /** The recordings folder, a relative path taken from the data folder. */
    public Path recordingsDir() {
        return data.resolve(recordings.dir());
    }

    /**
     * Card numbers, security codes, expiry dates and social security numbers said in calls:
     * which are replaced in the words and silenced in the recordings, how many of a card's last
     * digits the placeholder keeps, and how long a result ending in digits waits for more.
     */
    public record Redaction(boolean enabled, java.util.Set<app.parley.redaction.Category> categories,
            int cardLastDigits, Duration hold) {
        public Redaction {
            categories = java.util.Set.copyOf(categories);
        }

        /** What the live path and analyze apply: nothing at all when redaction is off. */
        public app.parley.redaction.RedactionPolicy policy() {
            return enabled ? new app.parley.redaction.RedactionPolicy(categories, cardLastDigits, hold.toMillis() / 1000.0)
                    : app.parley.redaction.RedactionPolicy.OFF;
        }
    }

    public ParleyConfig withData(Path dataDir) {
        return new ParleyConfig(dataDir, http, audiosocket, speech, calls, ami, telephony, coaching, ledger, store,
                recordings, access, redaction, metrics, cluster);
    }

    public ParleyConfig withStore(Store newStore) {
        return new ParleyConfig(data, http, audiosocket, speech, calls, ami, telephony, coaching, ledger, newStore,
                recordings, access, redaction, metrics, cluster);
    }

    public ParleyConfig withRecordings(Recordings newRecordings) {
        return new ParleyConfig(data, http, audiosocket, speech, calls, ami, telephony, coaching, ledger, store,
                newRecordings, access, redaction, metrics, cluster);
    }

    public ParleyConfig withModel(Path model) {
        return new ParleyConfig(data, http, audiosocket,
                new Speech(model, speech.language(), speech.workers(), speech.warmRecognizers(), speech.gate(),
                        speech.decoding(), speech.maxLag()), calls, ami,
                telephony, coaching, ledger, store, recordings, access, redaction, metrics, cluster);
    }
}
