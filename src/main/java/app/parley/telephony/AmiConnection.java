package app.parley.telephony;

import app.parley.config.ParleyConfig;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.asteriskjava.manager.AuthenticationFailedException;
import org.asteriskjava.manager.ManagerConnection;
import org.asteriskjava.manager.ManagerConnectionFactory;
import org.asteriskjava.manager.ManagerConnectionState;
import org.asteriskjava.manager.ResponseEvents;
import org.asteriskjava.manager.action.CoreShowChannelsAction;
import org.asteriskjava.manager.action.GetVarAction;
import org.asteriskjava.manager.action.OriginateAction;
import org.asteriskjava.manager.action.PingAction;
import org.asteriskjava.manager.event.DisconnectEvent;
import org.asteriskjava.manager.event.ManagerEvent;
import org.asteriskjava.manager.event.ResponseEvent;
import org.asteriskjava.manager.response.GetVarResponse;
import org.asteriskjava.manager.response.ManagerError;
import org.asteriskjava.manager.response.ManagerResponse;

/**
 * One AMI login session over Asterisk-Java. Every method blocks (call from a worker) except
 * the event hand-off, which runs on Asterisk-Java's single dispatch thread and must only pass
 * the event on. A session that drops is not revived here: Asterisk-Java's own reconnect loop is
 * stopped, and {@link Telephony} opens a new session with its own backoff, status and logging.
 */
final class AmiConnection implements AutoCloseable {
    private static final long ACTION_TIMEOUT_MS = 10_000;

    /** Why a login failed, in words an admin acts on. */
    enum Failure { UNREACHABLE, AUTHENTICATION, PROTOCOL }

    static final class LoginException extends Exception {
        final Failure failure;

        LoginException(Failure failure, String message, Throwable cause) {
            super(message, cause);
            this.failure = failure;
        }
    }

    private final ManagerConnection connection;
    private volatile boolean closed;

    private AmiConnection(ManagerConnection connection) {
        this.connection = connection;
    }

    /**
     * Logs in. {@code events} receives every event (as plain fields) on Asterisk-Java's dispatch
     * thread; {@code disconnected} runs once if the session drops.
     */
    static AmiConnection open(ParleyConfig.Ami settings, Consumer<AmiEvent> events, Runnable disconnected)
            throws LoginException {
        ManagerConnection connection = new ManagerConnectionFactory(settings.host(), settings.port(),
                settings.username(), settings.secret()).createManagerConnection();
        connection.setSocketTimeout((int) Math.min(ACTION_TIMEOUT_MS, Integer.MAX_VALUE));
        AmiConnection session = new AmiConnection(connection);
        connection.addEventListener(event -> session.dispatch(event, events, disconnected));
        try {
            connection.login();
            return session;
        } catch (AuthenticationFailedException e) {
            session.close();
            throw new LoginException(Failure.AUTHENTICATION, "login as '" + settings.username()
                    + "' refused: wrong username or secret, or this host is not permitted", e);
        } catch (ConnectException | UnknownHostException | SocketTimeoutException e) {
            session.close();
            throw new LoginException(Failure.UNREACHABLE, e.getMessage(), e);
        } catch (IOException e) {
            session.close();
            throw new LoginException(Failure.UNREACHABLE, "connection failed: " + e.getMessage(), e);
        } catch (org.asteriskjava.manager.TimeoutException | IllegalStateException e) {
            session.close();
            throw new LoginException(Failure.PROTOCOL, "no proper AMI answer: " + e.getMessage(), e);
        }
    }

    private void dispatch(ManagerEvent event, Consumer<AmiEvent> events, Runnable disconnected) {
        if (event instanceof DisconnectEvent) {
            if (!closed) {
                closed = true;
                // Stops Asterisk-Java's reconnect thread: reconnection is Telephony's job.
                new Thread(this::logoffQuietly, "parley-ami-logoff").start();
                disconnected.run();
            }
            return;
        }
        if (event instanceof ResponseEvent) {
            return;
        }
        events.accept(toAmiEvent(event));
    }

    /** Whether the PBX answers a Ping within {@code timeoutMs}. */
    boolean ping(long timeoutMs) {
        try {
            ManagerResponse response = connection.sendAction(new PingAction(), timeoutMs);
            return response != null && !(response instanceof ManagerError);
        } catch (Exception e) {
            return false;
        }
    }

    /**
     * What is up now: a CoreShowChannel event per channel and, for each, VarSet events for the
     * dialplan marks it carries, so the tracker rebuilds its state as if it had seen them happen.
     */
    List<AmiEvent> snapshot(List<String> variables) throws IOException {
        List<AmiEvent> snapshot = new ArrayList<>();
        try {
            ResponseEvents listing = connection.sendEventGeneratingAction(new CoreShowChannelsAction(), ACTION_TIMEOUT_MS);
            if (listing.getResponse() instanceof ManagerError error) {
                throw new IOException("CoreShowChannels refused: " + error.getMessage()
                        + " (the AMI account needs write=reporting)");
            }
            for (ResponseEvent event : listing.getEvents()) {
                AmiEvent channel = toAmiEvent(event);
                if (!channel.is("coreshowchannel")) {
                    continue;
                }
                snapshot.add(channel);
                for (String variable : variables) {
                    ManagerResponse response = connection.sendAction(
                            new GetVarAction(channel.get("channel"), variable), ACTION_TIMEOUT_MS);
                    if (response instanceof GetVarResponse value && value.getValue() != null
                            && !value.getValue().isEmpty()) {
                        snapshot.add(AmiEvent.of("VarSet", "Channel", channel.get("channel"),
                                "Uniqueid", channel.get("uniqueid"), "Variable", variable, "Value", value.getValue()));
                    }
                }
            }
        } catch (org.asteriskjava.manager.TimeoutException e) {
            throw new IOException("the PBX did not finish listing its channels in time", e);
        }
        return snapshot;
    }

    /**
     * Asks Asterisk to stream what {@code uniqueId}'s channel hears from its own party to
     * Parley's AudioSocket server. ChanSpy's {@code u} option matches that one channel exactly
     * (a name would match any channel it is a prefix of); {@code o} keeps only that party,
     * {@code E} ends the tap with the channel, {@code q} spares the beep.
     */
    void originateTap(String tapHost, int tapPort, String format, String streamUuid, String uniqueId)
            throws IOException {
        OriginateAction originate = new OriginateAction();
        String codec = "slin16".equals(format) ? "/c(slin16)" : "";
        originate.setChannel("AudioSocket/" + tapHost + ":" + tapPort + "/" + streamUuid + codec);
        originate.setApplication("ChanSpy");
        originate.setData(uniqueId + ",qEou");
        originate.setAsync(true);
        try {
            ManagerResponse response = connection.sendAction(originate, ACTION_TIMEOUT_MS);
            if (response instanceof ManagerError error) {
                throw new IOException("Originate refused: " + error.getMessage());
            }
        } catch (org.asteriskjava.manager.TimeoutException e) {
            throw new IOException("Originate got no answer in time", e);
        }
    }

    @Override
    public void close() {
        closed = true;
        logoffQuietly();
    }

    private void logoffQuietly() {
        try {
            if (connection.getState() != ManagerConnectionState.DISCONNECTED
                    && connection.getState() != ManagerConnectionState.INITIAL) {
                connection.logoff();
            }
        } catch (RuntimeException e) {
            // Already gone: nothing to release.
        }
    }

    private static final Map<Class<?>, List<Method>> GETTERS = new ConcurrentHashMap<>();

    /** An Asterisk-Java event as plain fields, named after its getters (getUniqueId -> "uniqueid"). */
    static AmiEvent toAmiEvent(ManagerEvent event) {
        Map<String, String> fields = new HashMap<>();
        for (Method getter : GETTERS.computeIfAbsent(event.getClass(), AmiConnection::getters)) {
            try {
                Object value = getter.invoke(event);
                if (value != null) {
                    fields.putIfAbsent(getter.getName().substring(3).toLowerCase(Locale.ROOT), value.toString());
                }
            } catch (ReflectiveOperationException | RuntimeException e) {
                // A getter that fails carries nothing the tracker needs.
            }
        }
        String name = event.getClass().getSimpleName().replaceFirst("Event$", "");
        return new AmiEvent(name, fields);
    }

    private static List<Method> getters(Class<?> type) {
        List<Method> getters = new ArrayList<>();
        for (Method method : type.getMethods()) {
            boolean simple = method.getReturnType() == String.class || Number.class.isAssignableFrom(method.getReturnType())
                    || method.getReturnType() == Boolean.class;
            if (method.getName().startsWith("get") && method.getName().length() > 3 && method.getParameterCount() == 0
                    && simple && !Modifier.isStatic(method.getModifiers())) {
                getters.add(method);
            }
        }
        return getters;
    }
}
