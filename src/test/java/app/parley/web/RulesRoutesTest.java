package app.parley.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.parley.coaching.CoachingEngine;
import app.parley.coaching.RuleBook;
import app.parley.coaching.RulesRepository;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The rules API on a real HTTP server, mounted as WebServer will mount it. */
@ExtendWith(VertxExtension.class)
class RulesRoutesTest {
    @TempDir
    Path dir;

    private Path siteFile;
    private RulesRepository rules;
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
        Router router = Router.router(vertx);
        new RulesRoutes(vertx, rules).mount(app.parley.testing.TestAccess.mount(vertx, router));
        router.route("/api/*").handler(r -> r.response().setStatusCode(404).end());
        vertx.createHttpServer().requestHandler(router).listen(0).map(HttpServer::actualPort)
                .onComplete(ctx.succeeding(p -> {
                    port = p;
                    client = vertx.createHttpClient();
                    ctx.completeNow();
                }));
    }

    private Future<Reply> send(HttpMethod method, String path, String body) {
        return client.request(method, port, "localhost", path)
                .compose(request -> {
                    request.putHeader("Authorization", app.parley.testing.TestAccess.bearer(app.parley.access.Role.ADMIN));
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
