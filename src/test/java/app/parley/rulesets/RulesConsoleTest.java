package app.parley.rulesets;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.parley.call.CoachedBy;
import app.parley.coaching.RuleBook;
import app.parley.coaching.RuleBookException;
import app.parley.coaching.RulesDiff;
import app.parley.coaching.RulesRepository;
import app.parley.rulesets.RuleVersions.Summary;
import app.parley.rulesets.RuleVersions.Version;
import app.parley.store.Database;
import app.parley.store.StoreException;
import app.parley.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Drafts, versions, publishing and rollback over a real store: this class on embedded H2,
 * {@link PostgresRulesConsoleTest} on PostgreSQL. Whatever fails, nothing is half-written.
 */
class RulesConsoleTest {
    static final String BUILT_IN = RuleBook.builtInText("en");
    static final String EDITED = BUILT_IN.replace("      - sleep on it\n", "      - mull it over\n");
    static final Instant NOW = Instant.parse("2026-12-07T09:00:00Z");

    @TempDir
    Path dir;
    Path siteFile;
    Database database;
    RuleVersions versions;
    RulesRepository rules;
    RulesConsole console;

    TestDatabase newDatabase() {
        return TestDatabase.embedded(dir.resolve("db"));
    }

    @BeforeEach
    void open() throws Exception {
        database = newDatabase().database();
        versions = RuleVersions.create(database);
        siteFile = dir.resolve("coaching-rules.yaml");
        rules = RulesRepository.load(siteFile, "en");
        console = RulesConsole.open(rules, versions, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterEach
    void close() {
        versions.close();
    }

    @Test
    void theFirstStartRecordsTheRulesInForceAsVersionOneAndOnlyOnce() throws Exception {
        List<Summary> list = console.versions();
        assertEquals(1, list.size());
        Summary first = list.get(0);
        assertEquals(1, first.number());
        assertEquals(RulesConsole.FOUND_AT_START, first.comment());
        assertEquals(RulesConsole.PARLEY, first.author());
        assertEquals(NOW, first.at());
        assertEquals(RuleBook.builtIn("en").ruleNames().size(), first.ruleCount());
        assertEquals(BUILT_IN, console.version(1).text());
        RulesConsole.open(rules, versions, Clock.systemUTC());
        assertEquals(1, console.versions().size(), "the same rules at the next start: nothing new");
    }

    @Test
    void aSiteFileChangedByHandBetweenStartsIsRecordedAsAVersion() throws Exception {
        Files.writeString(siteFile, EDITED);
        RulesConsole again = RulesConsole.open(RulesRepository.load(siteFile, "en"), versions, Clock.systemUTC());
        Version latest = again.latest().orElseThrow();
        assertEquals(2, latest.number());
        assertEquals(EDITED, latest.text());
        assertTrue(latest.comment().startsWith(RulesConsole.FOUND_AT_START) && latest.comment().contains("version 1"),
                latest.comment());
    }

    @Test
    void publishingKeepsTheVersionAndPutsItInForce() throws Exception {
        RulesConsole.Published published = console.publish(EDITED, "ada", "mull it over, not sleep on it");
        assertEquals(2, published.version().number());
        assertEquals(BUILT_IN, published.before());
        assertEquals(EDITED, rules.current().text());
        assertEquals(EDITED, Files.readString(siteFile));
        Version stored = console.version(2);
        assertEquals("ada", stored.author());
        assertEquals("mull it over, not sleep on it", stored.comment());
        assertEquals(EDITED, stored.text());
        assertNull(stored.restoredFrom());
        assertEquals(List.of(2, 1), console.versions().stream().map(Summary::number).toList());
    }

    @Test
    void anInvalidDraftIsSavedFlaggedAndPublishingItChangesNothing() throws Exception {
        String broken = BUILT_IN.replace("      - sleep on it\n", "      - think it over\n");
        RulesConsole.SavedDraft saved = console.saveDraft(broken, "ada", DraftBase.ANY);
        assertFalse(saved.draft().valid());
        assertTrue(saved.errors().errors().stream().anyMatch(e -> "deferral".equals(e.concept())
                && e.message().contains("listed twice")), saved.errors().getMessage());
        assertEquals(broken, console.draft().orElseThrow().text(), "kept, so the work is not lost");
        assertEquals(1, console.draft().orElseThrow().basedOn());

        assertThrows(RuleBookException.class, () -> console.publishDraft("ada", "try it", null, DraftBase.ANY));
        assertEquals(1, console.versions().size());
        assertEquals(BUILT_IN, rules.current().text());
        assertFalse(Files.exists(siteFile));
        assertTrue(console.draft().isPresent(), "the draft stays for fixing");
    }

    @Test
    void publishingTheDraftDiscardsItAndRestoringPublishesAnOldVersionAgain() throws Exception {
        assertTrue(console.saveDraft(EDITED, "ada", DraftBase.ANY).draft().valid());
        assertEquals(2, console.publishDraft("ada", "mull it over", null, DraftBase.ANY).version().number());
        assertTrue(console.draft().isEmpty());
        assertThrows(RulesConsole.Missing.class, () -> console.publishDraft("ada", "again", null, DraftBase.ANY));

        Version restored = console.restore(1, "bea", "back to the built-in pack").version();
        assertEquals(3, restored.number());
        assertEquals(1, restored.restoredFrom());
        assertEquals("bea", restored.author());
        assertEquals(BUILT_IN, restored.text());
        assertEquals(BUILT_IN, rules.current().text());
        assertEquals(BUILT_IN, Files.readString(siteFile));
        assertThrows(RulesConsole.Missing.class, () -> console.restore(9, "bea", "no such"));
    }

    @Test
    void aDraftPublishedToOneTeamCoachesOnlyThatTeamsAgentsAndTheHistorySaysSo() throws Exception {
        console.profiles().agents(java.util.Map.of("a-north", java.util.Set.of("north"),
                "a-south", java.util.Set.of("south")));
        console.saveDraft(EDITED, "ada", DraftBase.ANY);
        RulesConsole.Published published = console.publishDraft("ada", "try it on north first", "north", DraftBase.ANY);
        Version two = published.version();
        assertEquals(2, two.number());
        assertEquals("north", two.team());
        assertEquals(BUILT_IN, published.before(), "north followed the floor's rules before");
        assertTrue(console.draft().isEmpty());

        // The floor's rules, the site file and the version in force are the floor's: unchanged.
        assertEquals(BUILT_IN, rules.current().text());
        assertFalse(Files.exists(siteFile));
        assertEquals(1, console.latest().orElseThrow().number());
        assertEquals(java.util.Arrays.asList("north", null), console.versions().stream().map(Summary::team).toList());
        assertEquals(List.of(new RuleVersions.Profile("north", 2, "ada", NOW)), console.teamProfiles());

        // Each call by its agent's team.
        assertEquals(new CoachedBy(2, "north"), console.profiles().forAgent("a-north").coachedBy());
        assertEquals(EDITED, console.profiles().forAgent("a-north").book().text());
        assertEquals(CoachedBy.floor(1), console.profiles().forAgent("a-south").coachedBy());
        assertEquals(BUILT_IN, console.profiles().forAgent("a-south").book().text());
        assertEquals(CoachedBy.floor(1), console.profiles().forAgent(null).coachedBy());
        assertEquals(CoachedBy.floor(1), console.profiles().forAgent("nobody-knows").coachedBy());

        // A floor publish reaches everyone but a team with its own profile.
        String louder = BUILT_IN.replace("    severity: info\n    speaker: agent\n    said: soft-ask\n",
                "    severity: alert\n    speaker: agent\n    said: soft-ask\n");
        assertEquals(3, console.publish(louder, "bea", "louder soft-ask for all").version().number());
        assertEquals(CoachedBy.floor(3), console.profiles().forAgent("a-south").coachedBy());
        assertEquals(new CoachedBy(2, "north"), console.profiles().forAgent("a-north").coachedBy());

        // Rolled back for north: an old version restored to north only, as a version of its own.
        Version four = console.restore(1, "ada", "north back to the built-in pack", "north").version();
        assertEquals("north", four.team());
        assertEquals(1, four.restoredFrom());
        assertEquals(new CoachedBy(4, "north"), console.profiles().forAgent("a-north").coachedBy());
        assertEquals(BUILT_IN, console.profiles().forAgent("a-north").book().text());
        assertEquals(louder, rules.current().text());

        // Returned to the floor's rules: north's calls follow version 3 like everyone's.
        assertEquals(4, console.returnToFloor("north").orElseThrow().version());
        assertTrue(console.returnToFloor("north").isEmpty(), "once");
        assertEquals(CoachedBy.floor(3), console.profiles().forAgent("a-north").coachedBy());
        assertTrue(console.teamProfiles().isEmpty());
        assertEquals(4, console.versions().size(), "the history keeps every version, scoped or not");
    }

    @Test
    void theTeamsProfilesAreReadBackAtTheNextStart() throws Exception {
        console.publish(EDITED, "ada", "for everyone");
        console.saveDraft(EDITED, "ada", DraftBase.ANY);
        console.publishDraft("ada", "north first", "north", DraftBase.ANY);
        RulesConsole again = RulesConsole.open(RulesRepository.load(siteFile, "en"), versions, Clock.systemUTC());
        again.profiles().agents(java.util.Map.of("a-north", java.util.Set.of("north", "east")));
        assertEquals(new CoachedBy(3, "north"), again.profiles().forAgent("a-north").coachedBy());
        assertEquals(CoachedBy.floor(2), again.profiles().forAgent("a-east").coachedBy());
    }

    @Test
    void anotherNodeOnTheSameStoreFollowsItsPublishesToEveryoneAndToATeam() throws Exception {
        Path otherSite = dir.resolve("other-node-rules.yaml");
        RulesRepository otherRules = RulesRepository.load(otherSite, "en");
        try (RuleVersions otherVersions = RuleVersions.create(database)) {
            RulesConsole other = RulesConsole.open(otherRules, otherVersions, Clock.systemUTC());
            other.profiles().agents(java.util.Map.of("a-north", java.util.Set.of("north")));
            console.publish(EDITED, "ada", "for everyone");
            console.saveDraft(BUILT_IN, "ada", DraftBase.ANY);
            console.publishDraft("ada", "north keeps the old phrases", "north", DraftBase.ANY);
            assertEquals(CoachedBy.floor(1), other.profiles().forAgent("a-south").coachedBy(), "not yet followed");

            other.follow();
            assertEquals(EDITED, otherRules.current().text());
            assertEquals(EDITED, Files.readString(otherSite), "written to the other node's site file");
            assertEquals(CoachedBy.floor(2), other.profiles().forAgent("a-south").coachedBy());
            assertEquals(new CoachedBy(3, "north"), other.profiles().forAgent("a-north").coachedBy());
            assertEquals(BUILT_IN, other.profiles().forAgent("a-north").book().text());

            console.returnToFloor("north");
            other.follow();
            assertEquals(CoachedBy.floor(2), other.profiles().forAgent("a-north").coachedBy());
            assertEquals(3, console.versions().size(), "following stores nothing");
        }
    }

    @Test
    void aFailedTeamPublishLeavesEveryProfileAsItWas() throws Exception {
        console.profiles().agents(java.util.Map.of("a-north", java.util.Set.of("north")));
        try (Connection c = database.connect(); Statement s = c.createStatement()) {
            s.execute("ALTER TABLE team_profiles ADD CONSTRAINT no_profiles CHECK (version < 0)");
        }
        console.saveDraft(EDITED, "ada", DraftBase.ANY);
        assertThrows(StoreException.class, () -> console.publishDraft("ada", "refused", "north", DraftBase.ANY));
        assertEquals(1, console.versions().size());
        assertEquals(CoachedBy.floor(1), console.profiles().forAgent("a-north").coachedBy());
        assertTrue(console.draft().isPresent());
    }

    @Test
    void teamNamesAreCheckedBeforeAnythingIsPublished() {
        assertThrows(RulesConsole.BadTeam.class, () -> RulesConsole.team("*"));
        assertThrows(RulesConsole.BadTeam.class, () -> RulesConsole.team(" "));
        assertThrows(RulesConsole.BadTeam.class, () -> RulesConsole.team("north,south"));
        assertThrows(RulesConsole.BadTeam.class, () -> RulesConsole.team("x".repeat(65)));
        assertDoesNotThrow(() -> assertEquals("north", RulesConsole.team(" north ")));
    }

    @Test
    void aFailedStoreWriteLeavesTheVersionsAndTheRulesInForceAsTheyWere() throws Exception {
        try (Connection c = database.connect(); Statement s = c.createStatement()) {
            s.execute("ALTER TABLE rule_versions ADD CONSTRAINT only_one_version CHECK (version < 2)");
        }
        assertThrows(StoreException.class, () -> console.publish(EDITED, "ada", "refused by the store"));
        assertEquals(1, console.versions().size());
        assertEquals(BUILT_IN, rules.current().text());
        assertFalse(Files.exists(siteFile));
    }

    @Test
    void aSiteFileThatCannotBeWrittenStoresNoVersion() throws Exception {
        // A directory where the file should go: the rules cannot be saved, so they are not published.
        Files.createDirectories(siteFile.resolve("in-the-way"));
        assertThrows(RuleVersions.NotInForce.class, () -> console.publish(EDITED, "ada", "cannot be saved"));
        assertEquals(1, console.versions().size());
        assertEquals(BUILT_IN, rules.current().text());
    }

    @Test
    void aCommitThatFailsAfterTheRulesWentInForcePutsTheOldRulesBack() throws Exception {
        console.publish(EDITED, "ada", "first");
        RuleVersions failingCommit = new Delegating(versions) {
            @Override
            public Version append(RuleVersions.NewVersion version, String draftRevision, InForce putInForce) {
                try {
                    putInForce.run(99);
                } catch (Exception e) {
                    throw new AssertionError(e);
                }
                throw new StoreException("cannot store a rule version: the commit failed", null);
            }
        };
        RulesConsole failing = new RulesConsole(rules, failingCommit, Clock.systemUTC());
        assertThrows(StoreException.class, () -> failing.publish(BUILT_IN, "ada", "lost"));
        assertEquals(EDITED, rules.current().text());
        assertEquals(EDITED, Files.readString(siteFile));
        assertEquals(2, console.versions().size());
    }

    @Test
    void aPublishRunTwiceAfterALostConnectionIsStoredOnce() {
        RuleVersions.NewVersion v = new RuleVersions.NewVersion("same-publish", EDITED, "ada", NOW, "twice", 20, null,
                null);
        int[] inForce = {0};
        Version first = versions.append(v, null, number -> inForce[0]++);
        Version again = versions.append(v, null, number -> inForce[0]++);
        assertEquals(first.number(), again.number());
        assertEquals(2, versions.list().size());
        assertEquals(1, inForce[0]);
    }

    @Test
    void theDraftIsComparedWithAnyVersionRuleByRule() throws Exception {
        console.publish(EDITED.replace("    severity: info\n    speaker: agent\n    said: soft-ask\n",
                "    severity: alert\n    speaker: agent\n    said: soft-ask\n"), "ada", "louder soft-ask");
        console.saveDraft(BUILT_IN.replace("      - call you back\n", ""), "ada", DraftBase.ANY);

        RulesDiff.Result oneToTwo = console.diff(new RulesConsole.Side(1), new RulesConsole.Side(2));
        // every rule that says the edited concept 'deferral', and the rule edited
        assertEquals(List.of("client-defers", "time-given-to-a-put-off", "soft-ask"),
                oneToTwo.rules().stream().map(RulesDiff.RuleChange::name).toList());
        RulesDiff.Result twoToDraft = console.diff(new RulesConsole.Side(2), RulesConsole.Side.DRAFT);
        RulesDiff.FieldChange phrases = twoToDraft.concepts().get(0).fields().get(0);
        assertEquals(List.of("sleep on it"), phrases.added());
        assertEquals(List.of("call you back", "mull it over"), phrases.removed());
        assertThrows(RulesConsole.Missing.class, () -> console.diff(new RulesConsole.Side(7), RulesConsole.Side.DRAFT));
        console.discardDraft("ada", DraftBase.ANY);
        assertThrows(RulesConsole.Missing.class, () -> console.diff(new RulesConsole.Side(1), RulesConsole.Side.DRAFT));
    }

    @Test
    void aSaveBasedOnADraftSavedOverSinceIsRefusedAndTheStoredDraftStays() throws Exception {
        String ada = console.saveDraft(EDITED, "ada", DraftBase.NONE).draft().revision();
        String bea = console.saveDraft(BUILT_IN.replace("      - call you back\n", ""), "bea", DraftBase.revision(ada))
                .draft().revision();
        assertFalse(ada.equals(bea), "each save is a new revision");

        RulesConsole.DraftChanged refused = assertThrows(RulesConsole.DraftChanged.class,
                () -> console.saveDraft(EDITED + "# ada's second thoughts\n", "ada", DraftBase.revision(ada)));
        assertTrue(refused.getMessage().contains("saved by bea at " + NOW), refused.getMessage());
        assertEquals(bea, refused.now().draft().orElseThrow().revision());
        assertEquals("bea", console.draft().orElseThrow().savedBy(), "bea's draft is left as she saved it");
        assertEquals(bea, console.draft().orElseThrow().revision());

        // A draft made while ada still edited the rules in force is not overwritten either.
        assertThrows(RulesConsole.DraftChanged.class, () -> console.saveDraft(EDITED, "ada", DraftBase.NONE));
        // Seen, and saved over deliberately: based on bea's revision, it goes through.
        String again = console.saveDraft(EDITED + "# ada's second thoughts\n", "ada", DraftBase.revision(bea))
                .draft().revision();
        assertEquals(again, console.draft().orElseThrow().revision());
        assertEquals("ada", console.draft().orElseThrow().savedBy());
        // A script that says no base saves whatever is there, as before.
        assertEquals("script", console.saveDraft(EDITED, "script", DraftBase.ANY).draft().savedBy());
    }

    @Test
    void aDraftChangedSinceIsNeitherPublishedNorDiscardedAndALateSaveIsToldWhatBecameOfIt() throws Exception {
        String ada = console.saveDraft(EDITED, "ada", DraftBase.NONE).draft().revision();
        String bea = console.saveDraft(BUILT_IN.replace("      - call you back\n", ""), "bea", DraftBase.revision(ada))
                .draft().revision();

        // Ada publishes what she loaded: refused, nobody publishes a text they have not seen.
        RulesConsole.DraftChanged publish = assertThrows(RulesConsole.DraftChanged.class,
                () -> console.publishDraft("ada", "mull it over", null, DraftBase.revision(ada)));
        assertTrue(publish.getMessage().contains("bea"), publish.getMessage());
        assertEquals(1, console.versions().size());
        assertEquals(BUILT_IN, rules.current().text());
        assertThrows(RulesConsole.DraftChanged.class, () -> console.discardDraft("ada", DraftBase.revision(ada)));
        assertEquals(bea, console.draft().orElseThrow().revision(), "bea's draft neither published nor discarded");

        // Bea publishes hers; Ada's save of the draft she had is told so.
        assertEquals(2, console.publishDraft("bea", "fewer call-backs", null, DraftBase.revision(bea)).version().number());
        RulesConsole.DraftChanged published = assertThrows(RulesConsole.DraftChanged.class,
                () -> console.saveDraft(EDITED, "ada", DraftBase.revision(bea)));
        assertEquals(new RuleVersions.Ended("bea", NOW, 2), published.now().ended().orElseThrow());
        assertTrue(published.getMessage().contains("published as version 2 by bea"), published.getMessage());
        assertTrue(console.draft().isEmpty());

        // With no draft, a new one may be started; discarded by bea, ada's next save is told that.
        String next = console.saveDraft(EDITED, "ada", DraftBase.NONE).draft().revision();
        assertTrue(console.discardDraft("bea", DraftBase.revision(next)));
        RulesConsole.DraftChanged discarded = assertThrows(RulesConsole.DraftChanged.class,
                () -> console.publishDraft("ada", "mine", null, DraftBase.revision(next)));
        assertEquals(new RuleVersions.Ended("bea", NOW, null), discarded.now().ended().orElseThrow());
        assertTrue(discarded.getMessage().contains("discarded by bea"), discarded.getMessage());
        assertFalse(console.discardDraft("ada", DraftBase.NONE), "nothing to discard");
        assertEquals(2, console.versions().size());
    }

    @Test
    void aDraftSavedWhileAPublishWasUnderWayIsNeitherPublishedNorEnded() throws Exception {
        String loaded = console.saveDraft(EDITED, "ada", DraftBase.NONE).draft().revision();
        String[] meanwhile = new String[1];
        // Bea saves between the publish's reading of the draft and its transaction.
        RuleVersions racing = new Delegating(versions) {
            @Override
            public Version append(NewVersion version, String draftRevision, InForce putInForce) {
                RuleVersions.Draft bea = new RuleVersions.Draft(BUILT_IN, "bea", NOW, true, 1, "bea-revision");
                assertTrue(versions.saveDraft(bea, DraftBase.revision(loaded)));
                meanwhile[0] = bea.revision();
                return super.append(version, draftRevision, putInForce);
            }
        };
        RulesConsole publishing = new RulesConsole(rules, racing, Clock.fixed(NOW, ZoneOffset.UTC));
        RulesConsole.DraftChanged refused = assertThrows(RulesConsole.DraftChanged.class,
                () -> publishing.publishDraft("ada", "mull it over", null, DraftBase.ANY));
        assertTrue(refused.getMessage().contains("saved by bea"), refused.getMessage());
        assertEquals(1, console.versions().size(), "no version stored");
        assertEquals(BUILT_IN, rules.current().text(), "nothing put in force");
        assertFalse(Files.exists(siteFile));
        assertEquals(meanwhile[0], console.draft().orElseThrow().revision(), "bea's draft stays the draft");
    }

    @Test
    void aSaveRunAgainAfterALostConnectionFindsItselfStored() {
        RuleVersions.Draft first = new RuleVersions.Draft(EDITED, "ada", NOW, true, 1, "first");
        assertTrue(versions.saveDraft(first, DraftBase.NONE));
        assertTrue(versions.saveDraft(first, DraftBase.NONE), "its own save, not another's");
        RuleVersions.Draft second = new RuleVersions.Draft(BUILT_IN, "ada", NOW, true, 1, "second");
        assertTrue(versions.saveDraft(second, DraftBase.revision("first")));
        assertTrue(versions.saveDraft(second, DraftBase.revision("first")));
        assertFalse(versions.saveDraft(new RuleVersions.Draft(EDITED, "bea", NOW, true, 1, "third"),
                DraftBase.revision("first")));
        assertEquals("second", versions.draft().orElseThrow().revision());
        assertTrue(versions.endDraft("second", new RuleVersions.Ended("ada", NOW, null)));
        assertTrue(versions.endDraft("second", new RuleVersions.Ended("ada", NOW, null)), "its own discard");
        assertFalse(versions.endDraft("second", new RuleVersions.Ended("bea", NOW, null)));
        assertTrue(versions.draft().isEmpty());
    }

    /** Passes everything to another {@link RuleVersions}, for a test to override one method. */
    static class Delegating implements RuleVersions {
        private final RuleVersions to;

        Delegating(RuleVersions to) {
            this.to = to;
        }

        @Override
        public List<Summary> list() {
            return to.list();
        }

        @Override
        public java.util.Optional<Version> get(int number) {
            return to.get(number);
        }

        @Override
        public java.util.Optional<Version> latest() {
            return to.latest();
        }

        @Override
        public Version append(NewVersion version, String draftRevision, InForce putInForce) {
            return to.append(version, draftRevision, putInForce);
        }

        @Override
        public java.util.Optional<Draft> draft() {
            return to.draft();
        }

        @Override
        public DraftState draftState() {
            return to.draftState();
        }

        @Override
        public boolean saveDraft(Draft draft, DraftBase base) {
            return to.saveDraft(draft, base);
        }

        @Override
        public boolean endDraft(String revision, Ended ended) {
            return to.endDraft(revision, ended);
        }

        @Override
        public List<Profile> profiles() {
            return to.profiles();
        }

        @Override
        public boolean removeProfile(String team, InForce putInForce) {
            return to.removeProfile(team, putInForce);
        }

        @Override
        public void close() {
        }
    }
}
