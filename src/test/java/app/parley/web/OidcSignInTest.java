package app.parley.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.parley.testing.RunningParley;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sign-in through a real OpenID provider started here (mock-oauth2-server, in-process): the
 * authorization code flow with PKCE, groups mapped to roles, the agent id and teams from claims,
 * and refusals for an expired token, a wrong audience and no Parley role.
 */
class OidcSignInTest {
    @TempDir
    static Path dir;
    static MockOAuth2Server provider;
    static RunningParley parley;
    static final ObjectMapper JSON = new ObjectMapper();
    static final String AUDIENCE = "parley-api";

    @BeforeAll
    static void start() throws Exception {
        provider = new MockOAuth2Server();
        provider.start();
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        parley = new RunningParley(dir.resolve("data"), Map.of("PARLEY_HTTP_PORT", Integer.toString(port),
                "PARLEY_ACCESS_OIDC_ENABLED", "true",
                "PARLEY_ACCESS_OIDC_ISSUER", provider.issuerUrl("default").toString(),
                "PARLEY_ACCESS_OIDC_CLIENT_ID", "parley",
                "PARLEY_ACCESS_OIDC_CLIENT_SECRET", "provider-secret",
                "PARLEY_ACCESS_OIDC_PUBLIC_URL", "http://127.0.0.1:" + port,
                "PARLEY_ACCESS_OIDC_AUDIENCE", AUDIENCE));
    }

    @AfterAll
    static void stop() {
        if (parley != null) {
            parley.close();
        }
        if (provider != null) {
            provider.shutdown();
        }
    }

    /** The provider's next sign-in: {@code subject} with these claims, for {@code audience}, valid {@code seconds}. */
    private static void next(String subject, List<String> audience, Map<String, Object> claims, long seconds) {
        provider.enqueueCallback(new DefaultOAuth2TokenCallback("default", subject, "JWT", audience, claims, seconds));
    }

    /** A browser's cookies, following redirects hop by hop across Parley and the provider. */
    private static HttpResponse<String> signIn(HttpClient browser) throws Exception {
        String url = parley.baseUrl() + "/signin/oidc";
        HttpResponse<String> reply = browser.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
        for (int hops = 0; reply.statusCode() / 100 == 3 && hops < 10; hops++) {
            url = URI.create(url).resolve(reply.headers().firstValue("Location").orElseThrow()).toString();
            reply = browser.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
        }
        return reply;
    }

    private static HttpClient browser() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Test
    void groupsBecomeRolesAndTheAgentIdAndTeamsComeFromClaims() throws Exception {
        HttpClient browser = browser();
        next("u-1001", List.of(AUDIENCE), Map.of("preferred_username", "olivia", "name", "Olivia Quinn",
                "groups", List.of("staff", "parley-qa", "parley-supervisors"), "agent_id", "4711", "teams", List.of("north")),
                3600);
        HttpResponse<String> landed = signIn(browser);
        assertEquals(200, landed.statusCode(), landed.body());
        JsonNode me = JSON.readTree(parley.get(browser, "/api/session").body());
        assertEquals("olivia", me.get("username").asText());
        assertEquals("Olivia Quinn", me.get("display_name").asText());
        assertEquals("[\"qa\",\"supervisor\"]", me.get("roles").toString());
        assertEquals("4711", me.get("agent_id").asText());
        assertEquals("[\"north\"]", me.get("teams").toString());
        assertEquals("oidc", me.get("via").asText());
        assertEquals(200, parley.get(browser, "/api/calls").statusCode());
        assertEquals(403, parley.get(browser, "/api/rules").statusCode());
        // Recorded as a provider's account (no password), and audited.
        assertTrue(parley.service().accounts().passwordHash("olivia").isEmpty());
        assertTrue(parley.service().audit().search(new app.parley.access.AuditTrail.Query("olivia", "sign-in", null,
                null, null, 5)).stream().anyMatch(e -> e.outcome().equals("ok") && e.detail().contains("qa")));
    }

    @Test
    void anExpiredTokenIsRefused() throws Exception {
        HttpClient browser = browser();
        next("u-1002", List.of(AUDIENCE), Map.of("preferred_username", "late", "groups", List.of("parley-qa")), -120);
        HttpResponse<String> refused = signIn(browser);
        assertEquals(401, refused.statusCode(), refused.body());
        assertEquals(401, parley.get(browser, "/api/calls").statusCode());
    }

    @Test
    void aTokenForAnotherAudienceIsRefused() throws Exception {
        HttpClient browser = browser();
        next("u-1003", List.of("some-other-api"), Map.of("preferred_username", "elsewhere", "groups",
                List.of("parley-admins")), 3600);
        HttpResponse<String> refused = signIn(browser);
        assertEquals(401, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("not valid for Parley"), refused.body());
        assertEquals(401, parley.get(browser, "/api/rules").statusCode());
    }

    @Test
    void someoneWithNoParleyGroupIsRefused() throws Exception {
        HttpClient browser = browser();
        next("u-1004", List.of(AUDIENCE), Map.of("preferred_username", "marketer", "groups", List.of("marketing")), 3600);
        HttpResponse<String> refused = signIn(browser);
        assertEquals(403, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("no Parley role"), refused.body());
        assertEquals(401, parley.get(browser, "/api/session").statusCode());
    }

    @Test
    void theSignInPageOffersTheProvider() throws Exception {
        JsonNode methods = JSON.readTree(parley.get(browser(), "/api/session/methods").body());
        assertEquals("/signin/oidc", methods.get("oidc").asText());
    }
}
