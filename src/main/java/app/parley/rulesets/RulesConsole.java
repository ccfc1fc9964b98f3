package app.parley.rulesets;

import app.parley.coaching.RuleBook;
import app.parley.coaching.RuleBookException;
import app.parley.coaching.RulesDiff;
import app.parley.coaching.RulesRepository;
import app.parley.rulesets.RuleVersions.Draft;
import app.parley.rulesets.RuleVersions.NewVersion;
import app.parley.rulesets.RuleVersions.Summary;
import app.parley.rulesets.RuleVersions.Version;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How admins change the coaching rules: a shared draft that reaches no call, publishing (which
 * validates, keeps the file as a new version and puts it in force through
 * {@link RulesRepository}), rollback (an old version's text published again, as a new version),
 * and the difference between any two versions or a version and the draft, rule by rule. A
 * publish or a rollback may reach one team only: its version becomes that team's profile, which
 * {@link Profiles} gives that team's agents' calls instead of the floor's rules until the team is
 * returned to the floor's ({@link #returnToFloor}).
 * A rejected file, or a store or site file that fails, leaves the versions and the rules in
 * force as they were. Blocking (the store): call it from a worker.
 */
public final class RulesConsole implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RulesConsole.class);
    /** The comment of the version recorded when the history is empty at start. */
    public static final String FOUND_AT_START = "as found at start";
    /** Who recorded what Parley found at start. */
    public static final String PARLEY = "parley";

    private final RulesRepository rules;
    private final RuleVersions versions;
    private final Clock clock;
    private final Profiles profiles;
    /** The floor's version {@link #follow} could not put in force (said once, not every time). */
    private int refused;
    /** Told of each publish or return to the floor made here (other nodes follow the store at once). */
    private volatile Runnable changed = () -> { };

    public RulesConsole(RulesRepository rules, RuleVersions versions, Clock clock) {
        this.rules = rules;
        this.versions = versions;
        this.clock = clock;
        this.profiles = new Profiles(new Profiles.Rules(0, rules.current()));
    }

    /**
     * The console over {@code versions}, having recorded the rules in force as a version when
     * they are not the latest one (the first start, an empty history, or a site file changed by
     * hand since), and read the teams' profiles.
     */
    public static RulesConsole open(RulesRepository rules, RuleVersions versions, Clock clock) {
        RulesConsole console = new RulesConsole(rules, versions, clock);
        console.recordRulesInForce();
        console.follow();
        return console;
    }

    /** A team name as profiles take it: 1 to 64 characters, no comma, not {@code *} (every team). */
    public static String team(String team) throws BadTeam {
        String name = team == null ? "" : team.strip();
        if (name.isEmpty() || name.length() > 64 || name.contains(",") || name.equals("*")) {
            throw new BadTeam("a team is 1 to 64 characters, without commas, and not '*'; got "
                    + (team == null ? "nothing" : "'" + team + "'"));
        }
        return name;
    }

    /** A team name that cannot be one. */
    public static final class BadTeam extends Exception {
        public BadTeam(String message) {
            super(message);
        }
    }

    /**
     * {@code listener} runs after each publish, rollback or return to the floor made through this
     * console, on the thread that made it (a worker): it must not block.
     */
    public void whenChanged(Runnable listener) {
        changed = listener;
    }

    /** Which rules each live call is coached with (its agent's team's profile, else the floor's). */
    public Profiles profiles() {
        return profiles;
    }

    /**
     * Brings this Parley up to the store, for several nodes on one database: the floor's latest
     * version, when another node published it, is put in force here (and written to the site
     * file), the teams' profiles become those stored, and who is in which team is read again.
     * Blocking: call it from a worker (every few seconds).
     */
    public synchronized void follow() {
        profiles.refreshAgents();
        Profiles.State now = profiles.state();
        versions.latest().filter(v -> v.number() != now.floor().version()).ifPresent(v -> {
            try {
                RuleBook book = v.text().equals(rules.current().text()) ? rules.current() : rules.replace(v.text());
                profiles.update(s -> s.withFloor(new Profiles.Rules(v.number(), book)));
                if (now.floor().version() != 0) {
                    LOG.info("coaching rules: version {} (published by {}) in force from the store", v.number(), v.author());
                }
            } catch (RuleBookException | java.io.IOException e) {
                if (refused != v.number()) {
                    LOG.error("coaching rules: version {} in the store cannot be put in force here, the rules stay: {}",
                            v.number(), e.getMessage());
                }
                refused = v.number();
            }
        });
        java.util.Map<String, Integer> stored = new java.util.HashMap<>();
        versions.profiles().forEach(p -> stored.put(p.team(), p.version()));
        for (String team : now.teams().keySet()) {
            if (!stored.containsKey(team)) {
                profiles.update(s -> s.withTeam(team, null));
                LOG.info("coaching rules: team {} follows the floor's rules (from the store)", team);
            }
        }
        stored.forEach((team, number) -> {
            Profiles.Rules had = now.teams().get(team);
            if (had != null && had.version() == number) {
                return;
            }
            try {
                Version v = version(number);
                RuleBook book = rules.validate(v.text());
                profiles.update(s -> s.withTeam(team, new Profiles.Rules(number, book)));
            } catch (RuleBookException | Missing e) {
                LOG.error("team {}'s coaching rules (version {}) cannot be used, its calls follow the floor's rules: {}",
                        team, number, e.getMessage());
            }
        });
    }

    /**
     * A publish, and the text in force before it for those it reaches (for the audit trail's
     * diff): the floor's, or for a publish to a team, that team's.
     */
    public record Published(Version version, RuleBook book, String before) {
    }

    /** A draft as saved, and what validation found: {@code book} when valid, else the errors. */
    public record SavedDraft(Draft draft, RuleBook book, RuleBookException errors) {
    }

    /**
     * A change to the shared draft based on a draft that is no longer the one being edited (someone
     * saved, published or discarded it since): nothing was saved, published or discarded.
     * {@link #now} is the draft as it is now, for telling the admin who changed it and when.
     */
    public static final class DraftChanged extends Exception {
        private final RuleVersions.DraftState now;

        public DraftChanged(DraftBase base, RuleVersions.DraftState now) {
            super(describe(base, now));
            this.now = now;
        }

        public RuleVersions.DraftState now() {
            return now;
        }

        private static String describe(DraftBase base, RuleVersions.DraftState now) {
            String since = base.none() ? " since you loaded the rules in force (no draft then)"
                    : " since you loaded it (" + base + ")";
            if (now.draft().isPresent()) {
                Draft d = now.draft().get();
                return (base.none() ? "a draft was saved by " : "the draft was saved by ") + d.savedBy() + " at "
                        + d.savedAt() + since + ": it is revision " + d.revision();
            }
            if (now.ended().isPresent()) {
                RuleVersions.Ended e = now.ended().get();
                return "the draft was " + (e.published() ? "published as version " + e.publishedAs() : "discarded")
                        + " by " + e.by() + " at " + e.at() + since + ": there is no draft now";
            }
            return "there is no draft, and there has been none of " + base;
        }
    }

    /** A version or a draft asked for that is not there; the message says which. */
    public static final class Missing extends Exception {
        public Missing(String message) {
            super(message);
        }
    }

    /** One side of a comparison: a version's number, or the draft (null). */
    public record Side(Integer version) {
        public static final Side DRAFT = new Side(null);

        public boolean isDraft() {
            return version == null;
        }

        @Override
        public String toString() {
            return isDraft() ? "draft" : Integer.toString(version);
        }
    }

    public RulesRepository rules() {
        return rules;
    }

    /** Closes the store of versions it was opened over. */
    @Override
    public void close() {
        versions.close();
    }

    synchronized Optional<Version> recordRulesInForce() {
        RuleBook inForce = rules.current();
        Optional<Version> latest = versions.latest();
        if (latest.isPresent() && latest.get().text().equals(inForce.text())) {
            return Optional.empty();
        }
        String comment = latest.isEmpty() ? FOUND_AT_START
                : FOUND_AT_START + ": " + inForce.source() + " differed from version " + latest.get().number();
        Version recorded = versions.append(newVersion(inForce.text(), PARLEY, comment, inForce, null, null), null,
                number -> profiles.update(s -> s.withFloor(new Profiles.Rules(number, inForce))));
        LOG.info("coaching rules in force recorded as version {} ({})", recorded.number(), comment);
        return Optional.of(recorded);
    }

    /** Validates {@code text}, keeps it as the next version and puts it in force. */
    public Published publish(String text, String author, String comment) throws RuleBookException {
        return publish(text, author, comment, null, null, null);
    }

    /**
     * Publishes the draft to {@code team} (null: everyone) and ends it, in one step: to a team, the
     * version becomes that team's profile and every other call keeps the rules it had. An invalid
     * draft changes nothing; so does a draft other than {@code base} (its publisher has not seen
     * it), even one saved while this publish was being validated.
     */
    public Published publishDraft(String author, String comment, String team, DraftBase base)
            throws RuleBookException, Missing, DraftChanged {
        RuleVersions.DraftState now = versions.draftState();
        if (!base.matches(now.draft())) {
            throw new DraftChanged(base, now);
        }
        Draft draft = now.draft().orElseThrow(() -> new Missing("there is no draft to publish"));
        try {
            return publish(draft.text(), author, comment, null, draft.revision(), team);
        } catch (RuleVersions.StaleDraft e) {
            throw new DraftChanged(DraftBase.revision(draft.revision()), versions.draftState());
        }
    }

    /** Publishes version {@code number}'s text again, as a new version: a rollback. */
    public Published restore(int number, String author, String comment) throws RuleBookException, Missing {
        return restore(number, author, comment, null);
    }

    /** {@link #restore(int, String, String)} for {@code team} only (null: everyone). */
    public Published restore(int number, String author, String comment, String team) throws RuleBookException, Missing {
        Version old = version(number);
        return publish(old.text(), author, comment, number, null, team);
    }

    /**
     * {@code team}'s calls follow the floor's rules again, from the next call on; the profile
     * removed, or empty when the team had none.
     */
    public synchronized Optional<RuleVersions.Profile> returnToFloor(String team) {
        Optional<RuleVersions.Profile> had = teamProfiles().stream().filter(p -> p.team().equals(team)).findFirst();
        if (had.isEmpty()) {
            return had;
        }
        Profiles.State before = profiles.state();
        try {
            boolean removed = versions.removeProfile(team, ignored -> profiles.update(s -> s.withTeam(team, null)));
            if (removed) {
                changed.run();
            }
            return removed ? had : Optional.empty();
        } catch (RuntimeException e) {
            profiles.restore(before);
            throw e;
        }
    }

    /** Every team's profile, by team name. */
    public List<RuleVersions.Profile> teamProfiles() {
        return versions.profiles();
    }

    /** {@code draftRevision}: the draft this publishes, ended with it (null: the draft is left alone). */
    private synchronized Published publish(String text, String author, String comment, Integer restoredFrom,
            String draftRevision, String team) throws RuleBookException {
        RuleBook book = rules.validate(text);
        RuleBook before = rules.current();
        if (team != null) {
            profiles.refreshAgents(); // an account just put in the team is coached with its profile at once
        }
        Profiles.State profilesBefore = profiles.state();
        String textBefore = team != null && profilesBefore.teams().containsKey(team)
                ? profilesBefore.teams().get(team).book().text() : before.text();
        try {
            Version stored = versions.append(newVersion(text, author, comment, book, restoredFrom, team), draftRevision,
                    number -> {
                        if (team == null) {
                            RuleBook replaced = rules.replace(text);
                            profiles.update(s -> s.withFloor(new Profiles.Rules(number, replaced)));
                        } else {
                            profiles.update(s -> s.withTeam(team, new Profiles.Rules(number, book)));
                        }
                    });
            changed.run();
            return new Published(stored, team == null ? rules.current() : book, textBefore);
        } catch (RuntimeException e) {
            // The store refused after the rules were put in force (its commit failed): put back what was.
            profiles.restore(profilesBefore);
            if (rules.current() != before) {
                putBack(before);
            }
            if (e instanceof RuleVersions.NotInForce notInForce
                    && notInForce.getCause() instanceof RuleBookException invalid) {
                throw invalid;
            }
            throw e;
        }
    }

    private void putBack(RuleBook before) {
        try {
            rules.replace(before.text());
        } catch (Exception again) {
            LOG.error("coaching rules: the version was not stored and the rules before it could not be put back: {}",
                    again.getMessage());
        }
    }

    private NewVersion newVersion(String text, String author, String comment, RuleBook book, Integer restoredFrom,
            String team) {
        return new NewVersion(UUID.randomUUID().toString(), text, author, clock.instant(), comment,
                book.ruleNames().size(), restoredFrom, team);
    }

    /**
     * Saves the draft, valid or not (work is not lost), flagged by what validation found, as a new
     * revision; refused when the draft is not {@code base} any longer, the stored one untouched.
     */
    public SavedDraft saveDraft(String text, String author, DraftBase base) throws DraftChanged {
        RuleBook book = null;
        RuleBookException errors = null;
        try {
            book = rules.validate(text);
        } catch (RuleBookException e) {
            errors = e;
        }
        Integer basedOn = versions.latest().map(Version::number).orElse(null);
        Draft draft = new Draft(text, author, clock.instant(), book != null, basedOn, UUID.randomUUID().toString());
        if (!versions.saveDraft(draft, base)) {
            throw new DraftChanged(base, versions.draftState());
        }
        return new SavedDraft(draft, book, errors);
    }

    public Optional<Draft> draft() {
        return versions.draft();
    }

    /**
     * Discards the draft, by {@code who}; false when there is none. Refused when the draft is not
     * {@code base} any longer (someone saved over it since: their work is not thrown away unseen).
     */
    public boolean discardDraft(String who, DraftBase base) throws DraftChanged {
        RuleVersions.DraftState now = versions.draftState();
        if (!base.matches(now.draft())) {
            throw new DraftChanged(base, now);
        }
        if (now.draft().isEmpty()) {
            return false;
        }
        String revision = now.draft().get().revision();
        if (!versions.endDraft(revision, new RuleVersions.Ended(who, clock.instant(), null))) {
            throw new DraftChanged(DraftBase.revision(revision), versions.draftState());
        }
        return true;
    }

    public List<Summary> versions() {
        return versions.list();
    }

    public Version version(int number) throws Missing {
        return versions.get(number).orElseThrow(() -> new Missing("there is no version " + number));
    }

    /** The floor's version in force: the latest published to everyone. */
    public Optional<Version> latest() {
        return versions.latest();
    }

    /**
     * What changed from {@code from} to {@code to}, rule by rule.
     *
     * @throws RuleBookException when the draft is not YAML at all
     */
    public RulesDiff.Result diff(Side from, Side to) throws RuleBookException, Missing {
        return RulesDiff.between(text(from), text(to));
    }

    /**
     * What changed from {@code from} to {@code text} (an editor's text not saved, say), rule by rule.
     *
     * @throws RuleBookException when either is not YAML at all
     */
    public RulesDiff.Result diff(Side from, String text) throws RuleBookException, Missing {
        return RulesDiff.between(text(from), text);
    }

    private String text(Side side) throws Missing {
        if (side.isDraft()) {
            return versions.draft().orElseThrow(() -> new Missing("there is no draft")).text();
        }
        return version(side.version()).text();
    }
}
