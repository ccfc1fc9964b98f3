package app.parley.store;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A database whose connections hold the first query whose SQL starts with {@code prefix} just
 * before it runs, until {@link #release}: a search made to take as long as a test needs, holding
 * the connection it was given meanwhile. Everything else passes straight through.
 */
final class HoldingDatabase implements Database {
    private final Database database;
    private final String prefix;
    private final CountDownLatch holding = new CountDownLatch(1);
    private final CountDownLatch released = new CountDownLatch(1);

    HoldingDatabase(Database database, String prefix) {
        this.database = database;
        this.prefix = prefix;
    }

    /** Waits until a query is being held; false if none came within a minute. */
    boolean awaitHolding() throws InterruptedException {
        return holding.await(60, TimeUnit.SECONDS);
    }

    void release() {
        released.countDown();
    }

    @Override
    public Connection connect() {
        Connection connection = database.connect();
        return proxy(Connection.class, connection, (self, method, args) -> {
            Object result = invoke(method, connection, args);
            if (method.getName().equals("prepareStatement") && ((String) args[0]).startsWith(prefix)) {
                PreparedStatement statement = (PreparedStatement) result;
                return proxy(PreparedStatement.class, statement, (s, m, a) -> {
                    if (m.getName().equals("executeQuery") && holding.getCount() > 0) {
                        holding.countDown();
                        released.await();
                    }
                    return invoke(m, statement, a);
                });
            }
            return result;
        });
    }

    @Override
    public String describe() {
        return database.describe();
    }

    @Override
    public Duration retryFor() {
        return database.retryFor();
    }

    private static <T> T proxy(Class<T> type, T target, InvocationHandler handler) {
        return type.cast(Proxy.newProxyInstance(HoldingDatabase.class.getClassLoader(), new Class<?>[] {type}, handler));
    }

    private static Object invoke(java.lang.reflect.Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
