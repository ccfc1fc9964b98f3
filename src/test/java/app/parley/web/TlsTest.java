package app.parley.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.parley.config.ConfigException;
import app.parley.config.ConfigLoader;
import app.parley.testing.RunningParley;
import app.parley.testing.TestAudio;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** HTTPS on Parley's own port from PEM files, with Secure session cookies; bad TLS settings are refused naming the field. */
class TlsTest {
    @TempDir
    Path dir;

    /** A self-signed certificate for localhost made by the JDK's keytool, written out as PEM. */
    private KeyStore selfSigned() throws Exception {
        Path store = dir.resolve("tls.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "parley", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
                "-dname", "CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-storetype", "PKCS12",
                "-keystore", store.toString(), "-storepass", "changeit", "-keypass", "changeit")
                .redirectErrorStream(true).start();
        assertTrue(keytool.waitFor(60, TimeUnit.SECONDS) && keytool.exitValue() == 0,
                new String(keytool.getInputStream().readAllBytes()));
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            keys.load(in, "changeit".toCharArray());
        }
        Certificate cert = keys.getCertificate("parley");
        PrivateKey key = (PrivateKey) keys.getKey("parley", "changeit".toCharArray());
        Files.writeString(dir.resolve("cert.pem"), pem("CERTIFICATE", cert.getEncoded()));
        Files.writeString(dir.resolve("key.pem"), pem("PRIVATE KEY", key.getEncoded()));
        return keys;
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    @Test
    void parleyServesHttpsAndItsSessionCookieIsSecure() throws Exception {
        KeyStore keys = selfSigned();
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(keys);
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, trust.getTrustManagers(), null);
        try (RunningParley parley = new RunningParley(dir.resolve("data"), Map.of(
                "PARLEY_HTTP_TLS_CERT_FILE", dir.resolve("cert.pem").toString(),
                "PARLEY_HTTP_TLS_KEY_FILE", dir.resolve("key.pem").toString()))) {
            java.net.CookieManager cookies = new java.net.CookieManager();
            HttpClient https = HttpClient.newBuilder().sslContext(tls).cookieHandler(cookies).build();
            String base = "https://localhost:" + parley.service().httpPort();
            HttpResponse<String> page = https.send(HttpRequest.newBuilder(URI.create(base + "/signin.html")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("signin-form"));
            String token = RunningParley.xsrf(https);
            HttpResponse<String> signedIn = https.send(HttpRequest.newBuilder(URI.create(base + "/api/session"))
                    .header("Content-Type", "application/json").header("X-XSRF-TOKEN", token)
                    .POST(HttpRequest.BodyPublishers.ofString("{\"username\": \"" + RunningParley.TESTER
                            + "\", \"password\": \"" + RunningParley.TESTER_PASSWORD + "\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, signedIn.statusCode(), signedIn.body());
            String session = signedIn.headers().allValues("set-cookie").stream()
                    .filter(c -> c.startsWith("parley.session=")).findFirst().orElseThrow();
            assertTrue(session.contains("Secure") && session.contains("HTTPOnly") && session.contains("SameSite=Lax"),
                    session);
        }
    }

    @Test
    void aCertificateWithoutItsKeyOrAMissingFileIsRefusedNamingTheSetting() {
        ConfigException half = assertThrows(ConfigException.class, () -> new ConfigLoader().load(null, Map.of(
                "PARLEY_HTTP_TLS_CERT_FILE", "/etc/hosts", "PARLEY_SPEECH_MODEL", TestAudio.model().toString())));
        assertTrue(half.getMessage().contains("http.tls_key_file") && half.getMessage().contains("both"),
                half.getMessage());
        ConfigException missing = assertThrows(ConfigException.class, () -> new ConfigLoader().load(null, Map.of(
                "PARLEY_HTTP_TLS_CERT_FILE", "/nonexistent/cert.pem", "PARLEY_HTTP_TLS_KEY_FILE", "/etc/hosts")));
        assertTrue(missing.getMessage().contains("http.tls_cert_file") && missing.getMessage().contains("cannot be read"),
                missing.getMessage());
    }
}
