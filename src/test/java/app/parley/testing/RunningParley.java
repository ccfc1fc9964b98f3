package app.parley.testing;

import app.parley.ParleyService;
import app.parley.config.ConfigLoader;
import app.parley.config.ParleyConfig;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/** The whole service on free loopback ports, a store in a temporary folder, and an HTTP client for its API. */
public final class RunningParley implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The account every test's requests are made as: a floor manager who also reviews and administers. */
    public static final String TESTER = "tester";
    public static final String TESTER_PASSWORD = "tester-password-1";

    private final ParleyService service;
    private HttpClient http;

    public RunningParley(Path data) throws IOException, InterruptedException {
        this(data, Map.of());
    }

    /** With {@code env} added to the test defaults (e.g. the AMI settings of a sandbox). */
    public RunningParley(Path data, Map<String, String> env) throws IOException, InterruptedException {
        Map<String, String> all = new java.util.HashMap<>(Map.of(
                "PARLEY_HTTP_HOST", "127.0.0.1", "PARLEY_HTTP_PORT", "0",
                "PARLEY_AUDIOSOCKET_HOST", "127.0.0.1", "PARLEY_AUDIOSOCKET_PORT", "0",
                "PARLEY_CALLS_END_AFTER", "300 ms", "PARLEY_DATA", data.toString(),
                "PARLEY_SPEECH_MODEL", TestAudio.model().toString()));
        all.putAll(env);
        ParleyConfig config = new ConfigLoader().load(null, all);
        service = ParleyService.start(config);
        // A second Parley on the same data (after a restart) finds the account there already.
        if (service.accounts().find(TESTER).isEmpty()) {
            addAccount(TESTER, TESTER_PASSWORD, java.util.Set.of(app.parley.access.Role.SUPERVISOR,
                    app.parley.access.Role.QA, app.parley.access.Role.ADMIN), null, java.util.Set.of("*"));
        }
        // Over HTTPS a test brings its own client (trusting its certificate).
        http = config.http().tls() ? null : signIn(TESTER, TESTER_PASSWORD);
    }

    /** Adds a local account to this Parley's store. */
    public void addAccount(String username, String password, java.util.Set<app.parley.access.Role> roles, String agentId,
            java.util.Set<String> teams) {
        service.accounts().add(new app.parley.access.Account(username, username, roles, agentId, teams, false, true),
                app.parley.access.Passwords.hash(password));
    }

    /**
     * An HTTP client signed in as {@code username}: its cookies hold the session, and it sends
     * the CSRF token on every state-changing request ({@link #send}).
     */
    public HttpClient signIn(String username, String password) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
        client.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/signin.html")).build(),
                HttpResponse.BodyHandlers.discarding());
        HttpResponse<String> signedIn = send(client, "POST", "/api/session",
                "{\"username\": \"" + username + "\", \"password\": \"" + password + "\"}");
        if (signedIn.statusCode() != 200) {
            throw new IOException("sign-in as " + username + " -> " + signedIn.statusCode() + ": " + signedIn.body());
        }
        // The session's new id invalidates the token: a GET brings the next one.
        client.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/api/session")).build(),
                HttpResponse.BodyHandlers.discarding());
        return client;
    }

    /** A request by {@code client} with a JSON body (or none), carrying the CSRF token from its cookies. */
    public HttpResponse<String> send(HttpClient client, String method, String path, String json)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path)).timeout(Duration.ofSeconds(10))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        String token = xsrf(client);
        if (token != null) {
            request.header("X-XSRF-TOKEN", token);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** {@link #send(HttpClient, String, String, String)} as the tester. */
    public HttpResponse<String> send(String method, String path, String json) throws IOException, InterruptedException {
        return send(http, method, path, json);
    }

    public HttpResponse<String> get(HttpClient client, String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The tester's signed-in client. */
    public HttpClient client() {
        return http;
    }

    /** The CSRF token in {@code client}'s cookies (null: none yet). */
    public static String xsrf(HttpClient client) {
        if (client.cookieHandler().isEmpty()) {
            return null;
        }
        java.net.CookieStore cookies = ((java.net.CookieManager) client.cookieHandler().get()).getCookieStore();
        return cookies.getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN")).map(java.net.HttpCookie::getValue)
                .findFirst().orElse(null);
    }

    /** Polls /api/health until the PBX link shows one of {@code statuses}, or fails after the timeout. */
    public JsonNode awaitPbxStatus(String status, Duration timeout) throws Exception {
        return awaitPbxStatus(java.util.Set.of(status), timeout);
    }

    public JsonNode awaitPbxStatus(java.util.Set<String> statuses, Duration timeout) throws Exception {
        String status = String.join(" or ", statuses);
        long deadline = System.nanoTime() + timeout.toNanos();
        JsonNode pbx = null;
        while (System.nanoTime() < deadline) {
            pbx = getJson("/api/health").get("pbx");
            if (pbx != null && statuses.contains(pbx.path("status").asText())) {
                return pbx;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("PBX status is not " + status + " after " + timeout + ": " + pbx);
    }

    public ParleyService service() {
        return service;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + service.httpPort();
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return get(http, path);
    }

    public JsonNode getJson(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = get(path);
        if (response.statusCode() != 200) {
            throw new IOException("GET " + path + " -> " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    /** Waits until no call is live any more, then returns the newest stored call's record. */
    public JsonNode awaitEndedCall(String callId, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode live = getJson("/api/live");
            boolean stillLive = false;
            for (JsonNode call : live) {
                stillLive |= call.get("call").get("id").asText().equals(callId);
            }
            if (!stillLive && get("/api/calls/" + callId).statusCode() == 200) {
                // The end of call is written by the store's writer just after the screen is told.
                Thread.sleep(200);
                return getJson("/api/calls/" + callId);
            }
            Thread.sleep(100);
        }
        throw new AssertionError("call " + callId + " did not end within " + timeout);
    }

    /**
     * Streams both legs of {@code call} into this Parley as a call of {@code agent} from
     * {@code number}, in real time over AudioSocket, in the background.
     */
    public java.util.concurrent.CompletableFuture<Void> playCall(String callId, String number, String agent,
            TestAudio.Call call) {
        return playCall(callId, number, agent, call, 2.0);
    }

    /** {@link #playCall(String, String, String, TestAudio.Call)} at {@code speed} (1: real time). */
    public java.util.concurrent.CompletableFuture<Void> playCall(String callId, String number, String agent,
            TestAudio.Call call, double speed) {
        java.util.UUID callerStream = java.util.UUID.randomUUID();
        java.util.UUID agentStream = java.util.UUID.randomUUID();
        service.taps().register(callerStream, new app.parley.live.Tap(callId, app.parley.call.Speaker.CALLER, number, agent));
        service.taps().register(agentStream, new app.parley.live.Tap(callId, app.parley.call.Speaker.AGENT, number, agent));
        return java.util.concurrent.CompletableFuture.allOf(
                java.util.concurrent.CompletableFuture.runAsync(() -> play(callerStream, call.caller(), speed)),
                java.util.concurrent.CompletableFuture.runAsync(() -> play(agentStream, call.agent(), speed)));
    }

    /**
     * Streams both legs of {@code call} into this Parley as fast as it takes them, as a call of
     * {@code agent} from {@code number} (null: unknown). Both streams are open, the caller's
     * first, before more audio flows than their first 40 ms (too little for a recogniser chunk or
     * a loudness window, but it tells Parley the audio has started, so a wait for the other
     * stream is not taken for silence), so both parties are on the call from its time 0. Blocks
     * until both legs are sent; no other stream may open meanwhile (the open streams are counted).
     */
    public void streamCallAtOnce(String callId, String number, String agent, TestAudio.Call call) throws Exception {
        try (OpenCall open = openCall(callId, number, agent, call, FIRST_FRAMES / 50.0)) {
            open.finish();
        }
    }

    /**
     * Opens both legs of {@code call} as {@link #streamCallAtOnce} does, sends their first
     * {@code seconds} of audio, and returns once both streams are open; {@link OpenCall#finish}
     * sends the rest as fast as Parley takes it and hangs up. Until then the call stays live.
     */
    public OpenCall openCall(String callId, String number, String agent, TestAudio.Call call, double seconds)
            throws Exception {
        java.util.UUID callerStream = java.util.UUID.randomUUID();
        java.util.UUID agentStream = java.util.UUID.randomUUID();
        service.taps().register(callerStream, new app.parley.live.Tap(callId, app.parley.call.Speaker.CALLER, number, agent));
        service.taps().register(agentStream, new app.parley.live.Tap(callId, app.parley.call.Speaker.AGENT, number, agent));
        app.parley.audio.PcmAudio callerAudio = app.parley.audio.WavFile.read(call.caller());
        app.parley.audio.PcmAudio agentAudio = app.parley.audio.WavFile.read(call.agent());
        int before = getJson("/api/health").get("live_streams").asInt();
        OpenCall open = new OpenCall(connect(), connect(), callerAudio, agentAudio,
                (int) Math.round(seconds * callerAudio.sampleRate()));
        try {
            open.caller.getOutputStream().write(join(app.parley.audio.AudioSocketFrames.uuid(callerStream),
                    frames(callerAudio, 0, open.head)));
            open.agent.getOutputStream().write(join(app.parley.audio.AudioSocketFrames.uuid(agentStream),
                    frames(agentAudio, 0, open.head)));
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (getJson("/api/health").get("live_streams").asInt() < before + 2) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("the streams of call " + callId + " did not open within 10 s");
                }
                Thread.sleep(2);
            }
            return open;
        } catch (Exception | AssertionError e) {
            open.close();
            throw e;
        }
    }

    /** A call whose two streams are open, the rest of its audio still to send. */
    public static final class OpenCall implements AutoCloseable {
        private final java.net.Socket caller;
        private final java.net.Socket agent;
        private final app.parley.audio.PcmAudio callerAudio;
        private final app.parley.audio.PcmAudio agentAudio;
        /** Samples of each leg sent already. */
        private final int head;

        private OpenCall(java.net.Socket caller, java.net.Socket agent, app.parley.audio.PcmAudio callerAudio,
                app.parley.audio.PcmAudio agentAudio, int head) {
            this.caller = caller;
            this.agent = agent;
            this.callerAudio = callerAudio;
            this.agentAudio = agentAudio;
            this.head = head;
        }

        /** The rest of both legs, unpaced, then each leg's hangup; blocks until both are sent. */
        public void finish() {
            sendRest(true);
        }

        /** The rest of both legs, unpaced, and no hangup: the call goes on until the connections close. */
        public void sendRestWithoutHangingUp() {
            sendRest(false);
        }

        private void sendRest(boolean hangUp) {
            java.util.concurrent.CompletableFuture<Void> agentSent = java.util.concurrent.CompletableFuture.runAsync(
                    () -> send(agent, agentAudio, head, hangUp));
            send(caller, callerAudio, head, hangUp);
            agentSent.join();
        }

        @Override
        public void close() throws IOException {
            try {
                caller.close();
            } finally {
                agent.close();
            }
        }
    }

    /** Audio frames sent with a stream's UUID, before it is known to be open: 40 ms. */
    private static final int FIRST_FRAMES = 2;

    private static byte[] join(byte[] a, byte[] b) {
        byte[] both = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    /** Samples [from, to) of {@code audio} as 20 ms AudioSocket frames. */
    private static byte[] frames(app.parley.audio.PcmAudio audio, int from, int to) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        int frame = audio.sampleRate() / 50;
        short[] samples = audio.samples();
        for (int at = from; at < Math.min(to, samples.length); at += frame) {
            out.writeBytes(app.parley.audio.AudioSocketFrames.audio(audio.sampleRate(), samples, at,
                    Math.min(frame, Math.min(to, samples.length) - at)));
        }
        return out.toByteArray();
    }

    private java.net.Socket connect() throws IOException {
        java.net.Socket socket = new java.net.Socket("127.0.0.1", service.audioSocketPort());
        socket.setTcpNoDelay(true);
        return socket;
    }

    /** A leg from sample {@code from} in 20 ms frames, unpaced, then the hangup. */
    private static void send(java.net.Socket socket, app.parley.audio.PcmAudio audio, int from, boolean hangUp) {
        try {
            java.io.OutputStream out = socket.getOutputStream();
            out.write(frames(audio, from, audio.samples().length));
            if (hangUp) {
                out.write(app.parley.audio.AudioSocketFrames.hangup());
            }
            out.flush();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Streams one WAV file as AudioSocket stream {@code stream}, in real time. */
    public void play(java.util.UUID stream, java.nio.file.Path wav) {
        play(stream, wav, 2.0);
    }

    private void play(java.util.UUID stream, java.nio.file.Path wav, double speed) {
        try {
            app.parley.audio.AudioSocketClient.stream("127.0.0.1", service.audioSocketPort(), stream,
                    app.parley.audio.WavFile.read(wav), speed);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        service.close();
    }
}
