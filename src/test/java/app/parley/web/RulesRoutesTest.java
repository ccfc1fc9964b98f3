package app.parley.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.parley.coaching.CoachingEngine;
import app.parley.coaching.RuleBook;
import app.parley.coaching.RulesRepository;
import app.parley.access.Role;
import app.parley.rulesets.DraftBase;
import app.parley.rulesets.RuleVersions;
import app.parley.rulesets.RulesConsole;
import app.parley.store.Database;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rules API on a real HTTP server, mounted as WebServer will mount it, over a real store
 * (embedded H2): validation, drafts, publishing, versions, diff and rollback, by role.
 */
@ExtendWith(VertxExtension.class)
class RulesRoutesTest {
    @TempDir
    Path dir;

    private Path siteFile;
    private RulesRepository rules;
    private RulesConsole console;
    private HttpClient client;
    private int port;

    record Reply(int status, String contentType, String source, String body) {
        JsonObject json() {
            return new JsonObject(body);
        }
    }

    @BeforeEach
    void start(Vertx vertx, VertxTestContext ctx) throws Exception {
        siteFile = dir.resolve("coaching-rules.yaml");
        rules = RulesRepository.load(siteFile, "en");
        console = RulesConsole.open(rules, RuleVersions.create(Database.embedded(dir.resolve("db"))), Clock.systemUTC());
        Router router = Router.router(vertx);
        new RulesRoutes(vertx, console).mount(app.parley.testing.TestAccess.mount(vertx, router));
        router.route("/api/*").handler(r -> r.response().setStatusCode(404).end());
        vertx.createHttpServer().requestHandler(router).listen(0).map(HttpServer::actualPort)
                .onComplete(ctx.succeeding(p -> {
                    port = p;
                    client = vertx.createHttpClient();
                    ctx.completeNow();
                }));
    }

    @AfterEach
    void closeStore() {
        console.close();
    }

    private Future<Reply> send(HttpMethod method, String path, String body) {
        return send(Role.ADMIN, method, path, body);
    }

    private Future<Reply> send(Role role, HttpMethod method, String path, String body) {
        return client.request(method, port, "localhost", path)
                .compose(request -> {
                    request.putHeader("Authorization", app.parley.testing.TestAccess.bearer(role));
                    return body == null ? request.send() : request.send(Buffer.buffer(body));
                })
                .compose(response -> response.body().map(buffer -> reply(response, buffer)));
    }

    private static Reply reply(HttpClientResponse response, Buffer body) {
        return new Reply(response.statusCode(), response.getHeader("Content-Type"),
                response.getHeader("X-Parley-Rules-Source"), body.toString());
    }

    @Test
    void getShowsTheRulesInForceAsYaml(VertxTestContext ctx) {
        send(HttpMethod.GET, "/api/rules", null).onComplete(ctx.succeeding(reply -> ctx.verify(() -> {
            assertEquals(200, reply.status());
            assertTrue(reply.contentType().startsWith("application/yaml"));
            assertEquals("built-in en rules", reply.source());
            assertEquals(RuleBook.builtInText("en"), reply.body());
            ctx.completeNow();
        })));
    }

    @Test
    void validateReportsEveryErrorWithLineRuleAndFieldAndChangesNothing(VertxTestContext ctx) {
        String broken = RuleBook.builtInText("en")
                .replace("    kind: dispute\n", "    kind: disput\n")
                .replace("    cooldown: 120 s\n", "    cooldown: two minutes\n");
        send(HttpMethod.POST, "/api/rules/validate", broken).onComplete(ctx.succeeding(reply -> ctx.verify(() -> {
            assertEquals(200, reply.status());
            JsonObject json = reply.json();
            assertFalse(json.getBoolean("valid"));
            JsonArray errors = json.getJsonArray("errors");
            assertEquals(2, errors.size(), errors.encodePrettily());
            JsonObject first = errors.getJsonObject(0);
            assertEquals("client-says-paid", first.getString("rule"));
            assertEquals("kind", first.getString("field"));
            assertEquals(lineOf(broken, "kind: disput"), first.getInteger("line"));
            assertEquals("cooldown", errors.getJsonObject(1).getString("field"));
            assertEquals(lineOf(broken, "cooldown: two minutes"), errors.getJsonObject(1).getInteger("line"));
            assertEquals(RuleBook.builtInText("en"), rules.current().text());
            ctx.completeNow();
        })));
    }

    @Test
    void rejectedPutKeepsTheRulesInForce(VertxTestContext ctx) {
        send(HttpMethod.PUT, "/api/rules", "concepts: {}\nrules: 12\n")
                .compose(reply -> {
                    ctx.verify(() -> {
                        assertEquals(422, reply.status());
                        assertFalse(reply.json().getBoolean("valid"));
                        assertTrue(reply.json().getJsonArray("errors").size() >= 2);
                    });
                    return send(HttpMethod.GET, "/api/rules", null);
                })
                .onComplete(ctx.succeeding(reply -> ctx.verify(() -> {
                    assertEquals(RuleBook.builtInText("en"), reply.body());
                    assertFalse(Files.exists(siteFile));
                    ctx.completeNow();
                })));
    }

    @Test
    void acceptedPutIsSavedAndGovernsTheNextCall(VertxTestContext ctx) {
        CoachingEngine engine = new CoachingEngine(rules);
        String edited = RuleBook.builtInText("en").replace("  - name: soft-ask\n", "  - name: soft-ask\n    enabled: false\n");
        send(HttpMethod.PUT, "/api/rules", edited)
                .compose(reply -> {
                    ctx.verify(() -> {
                        assertEquals(200, reply.status(), reply.body());
                        assertTrue(reply.json().getBoolean("valid"));
                        assertFalse(reply.json().getJsonArray("rules").contains("soft-ask"));
                    });
                    return send(HttpMethod.GET, "/api/rules", null);
                })
                .onComplete(ctx.succeeding(reply -> ctx.verify(() -> {
                    assertEquals(edited, reply.body());
                    assertEquals(siteFile.toString(), reply.source());
                    assertEquals(edited, Files.readString(siteFile));
                    assertFalse(engine.open(null, java.time.LocalDate.of(2026, 11, 9)).rules().ruleNames().contains("soft-ask"));
                    ctx.completeNow();
                })));
    }

    @Test
    void builtInPackStaysAvailableToStartOver(VertxTestContext ctx) throws Exception {
        rules.replace(RuleBook.builtInText("en").replace("max_per_minute: 3", "max_per_minute: 2"));
        send(HttpMethod.GET, "/api/rules?builtin=true", null).onComplete(ctx.succeeding(reply -> ctx.verify(() -> {
            assertEquals(RuleBook.builtInText("en"), reply.body());
            assertEquals("built-in en rules", reply.source());
            ctx.completeNow();
        })));
    }

    @Test
    void emptyBodyIsABadRequest(VertxTestContext ctx) {
        send(HttpMethod.PUT, "/api/rules", "").onComplete(ctx.succeeding(reply -> ctx.verify(() -> {
            assertEquals(400, reply.status());
            assertTrue(reply.json().getString("error").contains("rules file"));
            ctx.completeNow();
        })));
    }

    @Test
    void putKeepsEachFileAsANewVersionWithItsComment(VertxTestContext ctx) {
        String edited = RuleBook.builtInText("en").replace("max_per_minute: 3", "max_per_minute: 2");
        send(HttpMethod.PUT, "/api/rules?comment=fewer%20prompts", edited)
                .compose(reply -> {
                    ctx.verify(() -> {
                        assertEquals(200, reply.status(), reply.body());
                        assertEquals(2, reply.json().getJsonObject("version").getInteger("version"));
                    });
                    return send(HttpMethod.GET, "/api/rules/versions", null);
                })
                .onComplete(ctx.succeeding(reply -> ctx.verify(() -> {
                    JsonArray versions = reply.json().getJsonArray("versions");
                    assertEquals(2, versions.size());
                    JsonObject latest = versions.getJsonObject(0);
                    assertEquals(2, latest.getInteger("version"));
                    assertEquals("fewer prompts", latest.getString("comment"));
                    assertEquals("token:test-admin", latest.getString("author"));
                    assertEquals(RulesConsole.FOUND_AT_START, versions.getJsonObject(1).getString("comment"));
                    assertEquals(2, reply.json().getInteger("in_force"));
                    ctx.completeNow();
                })));
    }

    @Test
    void aDraftIsSavedEvenWhenInvalidAndPublishingItIsRefusedWithNothingChanged(VertxTestContext ctx) {
        String broken = RuleBook.builtInText("en").replace("      - sleep on it\n", "      - think it over\n");
        send(HttpMethod.PUT, "/api/rules/draft", broken)
                .compose(reply -> {
                    ctx.verify(() -> {
                        assertEquals(200, reply.status(), reply.body());
                        assertFalse(reply.json().getBoolean("valid"));
                        JsonObject error = reply.json().getJsonArray("errors").getJsonObject(0);
                        assertEquals("deferral", error.getString("concept"));
                        assertEquals(lineOf(broken, "      - think it over") + 1, error.getInteger("line"),
                                "the second 'think it over', where it was put");
                        assertFalse(reply.json().getJsonObject("draft").getBoolean("valid"));
                        assertEquals("client-defers", reply.json().getJsonArray("outline").getJsonObject(0).getString("name"));
                    });
                    return send(HttpMethod.POST, "/api/rules/publish", "{\"comment\": \"try it\"}");
                })
                .compose(reply -> {
                    ctx.verify(() -> {
                        assertEquals(422, reply.status(), reply.body());
                        assertFalse(reply.json().getBoolean("valid"));
                    });
                    return send(HttpMethod.GET, "/api/rules/draft", null);
                })
                .compose(reply -> {
                    ctx.verify(() -> {
                        assertEquals(200, reply.status());
                        assertEquals(broken, reply.json().getString("text"));
                        assertEquals("token:test-admin", reply.json().getString("saved_by"));
                    });
                    return send(HttpMethod.GET, "/api/rules/versions", null);
                })
                .onComplete(ctx.succeeding(reply -> ctx.verify(() -> {
                    assertEquals(1, reply.json().getJsonArray("versions").size());
                    assertEquals(RuleBook.builtInText("en"), rules.current().text());
                    assertFalse(Files.exists(siteFile));
                    ctx.completeNow();
                })));
    }

    @Test
    void publishDiffAndRestoreThroughTheApi(VertxTestContext ctx) {
        String edited = RuleBook.builtInText("en").replace("      - sleep on it\n", "      - mull it over\n");
        send(HttpMethod.PUT, "/api/rules/draft", edited)
                .compose(reply -> send(HttpMethod.GET, "/api/rules/diff?from=1&to=draft", null))
                .compose(reply -> {
                    ctx.verify(() -> {
                        assertEquals(200, reply.status(), reply.body());
                        JsonObject rule = reply.json().getJsonArray("rules").getJsonObject(0);
                        assertEquals("client-defers", rule.getString("name"));
                        assertEquals("changed", rule.getString("change"));
                        JsonObject phrases = rule.getJsonArray("concepts").getJsonObject(0).getJsonArray("fields").getJsonObject(0);
                        assertEquals(new JsonArray().add("mull it over"), phrases.getJsonArray("added"));
                        assertEquals(new JsonArray().add("sleep on it"), phrases.getJsonArray("removed"));
                    });
                    return send(HttpMethod.POST, "/api/rules/publish", "{\"comment\": \"mull it over\"}");
                })
                .compose(reply -> {
                    ctx.verify(() -> {
                        assertEquals(200, reply.status(), reply.body());
                        assertEquals(2, reply.json().getJsonObject("version").getInteger("version"));
                        assertEquals(edited, rules.current().text());
                    });
                    return send(HttpMethod.GET, "/api/rules/draft", null);
                })
                .compose(reply -> {
                    ctx.verify(() -> assertEquals(404, reply.status(), "published, the draft is gone"));
                    return send(HttpMethod.GET, "/api/rules/versions/2", null);
                })
                .compose(reply -> {
                    ctx.verify(() -> {
                        assertEquals(edited, reply.json().getString("text"));
                        assertEquals("mull it over", reply.json().getString("comment"));
                    });
                    return send(HttpMethod.POST, "/api/rules/versions/1/restore", "{\"comment\": \"back\"}");
                })
                .compose(reply -> {
                    ctx.verify(() -> {
                        assertEquals(200, reply.status(), reply.body());
                        assertEquals(3, reply.json().getJsonObject("version").getInteger("version"));
                        assertEquals(1, reply.json().getJsonObject("version").getInteger("restored_from"));
                    });
                    return send(HttpMethod.GET, "/api/rules", null);
                })
                .onComplete(ctx.succeeding(reply -> ctx.verify(() -> {
                    assertEquals(RuleBook.builtInText("en"), reply.body());
                    assertEquals(RuleBook.builtInText("en"), Files.readString(siteFile));
                    ctx.completeNow();
                })));
    }

    @Test
    void aDraftPublishedToOneTeamIsThatTeamsProfileUntilItIsReturnedToTheFloor(VertxTestContext ctx) {
        String edited = RuleBook.builtInText("en").replace("      - sleep on it\n", "      - mull it over\n");
        console.profiles().agents(java.util.Map.of("a-north", java.util.Set.of("north"), "a-south", java.util.Set.of("south")));
        send(HttpMethod.PUT, "/api/rules/draft", edited)
                .compose(reply -> send(HttpMethod.POST, "/api/rules/publish", "{\"comment\": \"north first\", \"team\": \"north\"}"))
                .compose(reply -> {
                    ctx.verify(() -> {
                        assertEquals(200, reply.status(), reply.body());
                        assertEquals(2, reply.json().getJsonObject("version").getInteger("version"));
                        assertEquals("north", reply.json().getJsonObject("version").getString("team"));
                        assertEquals(RuleBook.builtInText("en"), rules.current().text(), "the floor's rules stay");
                        assertEquals(new app.parley.call.CoachedBy(2, "north"),
                                console.profiles().forAgent("a-north").coachedBy());
                        assertEquals(app.parley.call.CoachedBy.floor(1), console.profiles().forAgent("a-south").coachedBy());
                    });
                    return send(HttpMethod.GET, "/api/rules/versions", null);
                })
                .compose(reply -> {
                    ctx.verify(() -> {
                        JsonArray versions = reply.json().getJsonArray("versions");
                        assertEquals("north", versions.getJsonObject(0).getString("team"));
                        assertTrue(versions.getJsonObject(1).containsKey("team"));
                        assertEquals(null, versions.getJsonObject(1).getString("team"));
                        assertEquals(1, reply.json().getInteger("in_force"), "the floor's version");
                    });
                    return send(HttpMethod.GET, "/api/rules/profiles", null);
                })
                .compose(reply -> {
                    ctx.verify(() -> {
                        assertEquals(200, reply.status(), reply.body());
                        JsonObject north = reply.json().getJsonArray("profiles").getJsonObject(0);
                        assertEquals("north", north.getString("team"));
                        assertEquals(2, north.getInteger("version"));
                        assertEquals(new JsonArray().add("north").add("south"), reply.json().getJsonArray("teams"));
                        assertEquals(1, reply.json().getInteger("floor"));
                    });
                    return send(HttpMethod.POST, "/api/rules/versions/1/restore",
                            "{\"comment\": \"north back\", \"team\": \"north\"}");
                })
                .compose(reply -> {
                    ctx.verify(() -> {
                        assertEquals(200, reply.status(), reply.body());
                        assertEquals("north", reply.json().getJsonObject("version").getString("team"));
                        assertEquals(1, reply.json().getJsonObject("version").getInteger("restored_from"));
                        assertEquals(new app.parley.call.CoachedBy(3, "north"),
                                console.profiles().forAgent("a-north").coachedBy());
                    });
                    return send(HttpMethod.DELETE, "/api/rules/profiles/north", null);
                })
                .compose(reply -> {
                    ctx.verify(() -> {
                        assertEquals(204, reply.status(), reply.body());
                        assertEquals(app.parley.call.CoachedBy.floor(1), console.profiles().forAgent("a-north").coachedBy());
                    });
                    return send(HttpMethod.DELETE, "/api/rules/profiles/north", null);
                })
                .compose(reply -> {
                    ctx.verify(() -> assertEquals(404, reply.status(), "north follows the floor already"));
                    return send(HttpMethod.POST, "/api/rules/versions/1/restore", "{\"comment\": \"x\", \"team\": \"*\"}");
                })
                .compose(reply -> {
                    ctx.verify(() -> {
                        assertEquals(400, reply.status(), reply.body());
                        assertEquals("team", reply.json().getString("field"));
                    });
                    return send(HttpMethod.POST, "/api/rules/versions/1/restore", "{\"comment\": \"x\", \"team\": 7}");
                })
                .compose(reply -> {
                    ctx.verify(() -> assertEquals(400, reply.status(), reply.body()));
                    return send(Role.SUPERVISOR, HttpMethod.DELETE, "/api/rules/profiles/north", null);
                })
                .onComplete(ctx.succeeding(reply -> ctx.verify(() -> {
                    assertEquals(403, reply.status(), reply.body());
                    assertEquals(3, console.versions().size());
                    ctx.completeNow();
                })));
    }

    @Test
    void badParametersAreRefusedNamingTheField(VertxTestContext ctx) {
        send(HttpMethod.GET, "/api/rules/diff?from=one&to=1", null)
                .compose(reply -> {
                    ctx.verify(() -> {
                        assertEquals(400, reply.status());
                        assertEquals("from", reply.json().getString("field"));
                    });
                    return send(HttpMethod.GET, "/api/rules/diff?from=1", null);
                })
                .compose(reply -> {
                    ctx.verify(() -> {
                        assertEquals(400, reply.status());
                        assertEquals("to", reply.json().getString("field"));
                        assertTrue(reply.json().getString("error").contains("'draft'"), reply.body());
                    });
                    return send(HttpMethod.GET, "/api/rules/versions/0", null);
                })
                .compose(reply -> {
                    ctx.verify(() -> assertEquals("number", reply.json().getString("field")));
                    return send(HttpMethod.POST, "/api/rules/versions/1/restore", "{\"comment\": \"  \"}");
                })
                .compose(reply -> {
                    ctx.verify(() -> {
                        assertEquals(400, reply.status());
                        assertEquals("comment", reply.json().getString("field"));
                    });
                    return send(HttpMethod.POST, "/api/rules/publish", "not json");
                })
                .compose(reply -> {
                    ctx.verify(() -> assertEquals(400, reply.status()));
                    return send(HttpMethod.GET, "/api/rules/versions/9", null);
                })
                .compose(reply -> {
                    ctx.verify(() -> assertEquals(404, reply.status()));
                    return send(HttpMethod.POST, "/api/rules/publish", "{\"comment\": \"nothing to publish\"}");
                })
                .onComplete(ctx.succeeding(reply -> ctx.verify(() -> {
                    assertEquals(404, reply.status());
                    assertTrue(reply.json().getString("error").contains("no draft"), reply.body());
                    assertEquals(1, console.versions().size());
                    ctx.completeNow();
                })));
    }

    @Test
    void anAgentMayNeitherReadNorChangeTheRules(VertxTestContext ctx) {
        send(Role.AGENT, HttpMethod.GET, "/api/rules/versions", null)
                .compose(reply -> {
                    ctx.verify(() -> assertEquals(403, reply.status()));
                    return send(Role.AGENT, HttpMethod.PUT, "/api/rules/draft", RuleBook.builtInText("en"));
                })
                .compose(reply -> {
                    ctx.verify(() -> {
                        assertEquals(403, reply.status());
                        assertTrue(reply.body().contains("rules-edit"), reply.body());
                    });
                    return send(Role.AGENT, HttpMethod.POST, "/api/rules/versions/1/restore", "{\"comment\": \"x\"}");
                })
                .onComplete(ctx.succeeding(reply -> ctx.verify(() -> {
                    assertEquals(403, reply.status());
                    assertTrue(console.draft().isEmpty());
                    assertEquals(1, console.versions().size());
                    ctx.completeNow();
                })));
    }

    /** Grace, another admin, saves the draft (as her page would, based on {@code base}): her revision. */
    private Future<String> gracesSave(Vertx vertx, String text, DraftBase base) {
        return vertx.executeBlocking(() -> console.saveDraft(text, "grace", base).draft().revision(), false);
    }

    @Test
    void aSaveBasedOnADraftSavedOverSinceIs409NamingWhoAndTheStoredDraftIsUntouched(Vertx vertx, VertxTestContext ctx) {
        String mine = RuleBook.builtInText("en").replace("      - sleep on it\n", "      - mull it over\n");
        String graces = RuleBook.builtInText("en").replace("      - call you back\n", "");
        String[] revisions = new String[2];
        send(HttpMethod.PUT, "/api/rules/draft?base=none", mine)
                .compose(reply -> {
                    ctx.verify(() -> assertEquals(200, reply.status(), reply.body()));
                    revisions[0] = reply.json().getJsonObject("draft").getString("revision");
                    return gracesSave(vertx, graces, DraftBase.revision(revisions[0]));
                })
                .compose(graceRevision -> {
                    revisions[1] = graceRevision;
                    return send(HttpMethod.PUT, "/api/rules/draft?base=" + revisions[0], mine + "# and more\n");
                })
                .compose(reply -> {
                    ctx.verify(() -> {
                        assertEquals(409, reply.status(), reply.body());
                        assertTrue(reply.json().getString("error").contains("saved by grace at "), reply.body());
                        JsonObject now = reply.json().getJsonObject("draft");
                        assertEquals("grace", now.getString("saved_by"));
                        assertEquals(revisions[1], now.getString("revision"));
                        assertTrue(now.getString("saved_at").matches("\\d{4}-\\d\\d-\\d\\dT.*Z"), now.encode());
                        assertEquals(graces, console.draft().orElseThrow().text(), "grace's draft as she saved it");
                    });
                    return send(HttpMethod.GET, "/api/rules/draft", null);
                })
                .compose(reply -> {
                    ctx.verify(() -> {
                        assertEquals(revisions[1], reply.json().getString("revision"));
                        assertEquals(graces, reply.json().getString("text"));
                    });
                    // What the refused text would change in hers, rule by rule.
                    return send(HttpMethod.POST, "/api/rules/diff?from=draft", mine + "# and more\n");
                })
                .compose(reply -> {
                    ctx.verify(() -> {
                        assertEquals(200, reply.status(), reply.body());
                        assertEquals("draft", reply.json().getString("from"));
                        assertEquals(List.of("client-defers", "time-given-to-a-put-off"), reply.json()
                                .getJsonArray("rules").stream().map(r -> ((JsonObject) r).getString("name")).toList());
                    });
                    // A draft made while there was none is refused too.
                    return send(HttpMethod.PUT, "/api/rules/draft?base=none", mine);
                })
                .compose(reply -> {
                    ctx.verify(() -> assertEquals(409, reply.status(), reply.body()));
                    // Seen, and saved over deliberately.
                    return send(HttpMethod.PUT, "/api/rules/draft?base=" + revisions[1], mine);
                })
                .compose(reply -> {
                    ctx.verify(() -> {
                        assertEquals(200, reply.status(), reply.body());
                        String revision = reply.json().getJsonObject("draft").getString("revision");
                        assertFalse(revision.equals(revisions[1]) || revision.equals(revisions[0]), revision);
                        assertEquals(mine, console.draft().orElseThrow().text());
                    });
                    // A script that states no base saves whatever the draft is, as before.
                    return send(HttpMethod.PUT, "/api/rules/draft", graces);
                })
                .compose(reply -> {
                    ctx.verify(() -> assertEquals(200, reply.status(), reply.body()));
                    return send(HttpMethod.PUT, "/api/rules/draft?base=not%20a%20revision", mine);
                })
                .onComplete(ctx.succeeding(reply -> ctx.verify(() -> {
                    assertEquals(400, reply.status(), reply.body());
                    assertEquals("base", reply.json().getString("field"));
                    assertEquals(graces, console.draft().orElseThrow().text());
                    ctx.completeNow();
                })));
    }

    @Test
    void aPublishOrDiscardOfADraftChangedSinceIs409AndALateSaveIsToldItWasPublished(Vertx vertx, VertxTestContext ctx) {
        String mine = RuleBook.builtInText("en").replace("      - sleep on it\n", "      - mull it over\n");
        String graces = RuleBook.builtInText("en").replace("      - call you back\n", "");
        String[] revisions = new String[2];
        send(HttpMethod.PUT, "/api/rules/draft?base=none", mine)
                .compose(reply -> {
                    revisions[0] = reply.json().getJsonObject("draft").getString("revision");
                    return gracesSave(vertx, graces, DraftBase.revision(revisions[0]));
                })
                .compose(graceRevision -> {
                    revisions[1] = graceRevision;
                    return send(HttpMethod.POST, "/api/rules/publish",
                            new JsonObject().put("comment", "mine").put("base", revisions[0]).encode());
                })
                .compose(reply -> {
                    ctx.verify(() -> {
                        assertEquals(409, reply.status(), reply.body());
                        assertTrue(reply.json().getString("error").contains("grace"), reply.body());
                        assertEquals(1, console.versions().size(), "nothing published");
                        assertEquals(RuleBook.builtInText("en"), rules.current().text());
                    });
                    return send(HttpMethod.DELETE, "/api/rules/draft?base=" + revisions[0], null);
                })
                .compose(reply -> {
                    ctx.verify(() -> {
                        assertEquals(409, reply.status(), reply.body());
                        assertEquals(revisions[1], console.draft().orElseThrow().revision(), "grace's draft kept");
                    });
                    return send(HttpMethod.POST, "/api/rules/publish", "{\"comment\": \"x\", \"base\": 7}");
                })
                .compose(reply -> {
                    ctx.verify(() -> {
                        assertEquals(400, reply.status(), reply.body());
                        assertEquals("base", reply.json().getString("field"));
                    });
                    return send(HttpMethod.POST, "/api/rules/publish",
                            new JsonObject().put("comment", "grace's, seen").put("base", revisions[1]).encode());
                })
                .compose(reply -> {
                    ctx.verify(() -> {
                        assertEquals(200, reply.status(), reply.body());
                        assertEquals(graces, rules.current().text());
                    });
                    return send(HttpMethod.PUT, "/api/rules/draft?base=" + revisions[1], mine);
                })
                .onComplete(ctx.succeeding(reply -> ctx.verify(() -> {
                    assertEquals(409, reply.status(), reply.body());
                    assertEquals(null, reply.json().getValue("draft"));
                    JsonObject ended = reply.json().getJsonObject("ended");
                    assertEquals("published", ended.getString("how"));
                    assertEquals(2, ended.getInteger("version"));
                    assertEquals("token:test-admin", ended.getString("by"));
                    assertTrue(console.draft().isEmpty());
                    ctx.completeNow();
                })));
    }

    private static int lineOf(String text, String fragment) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(fragment)) {
                return i + 1;
            }
        }
        throw new AssertionError(fragment + " not in the text");
    }
}
