package app.parley.testing;

import app.parley.store.CallStore;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;

/** A store whose reading of one call fails, as a damaged row would; everything else goes through. */
public final class BreakingStore {
    private BreakingStore() {
    }

    /** {@code store}, but {@code find(broken)} throws. */
    public static CallStore failingToRead(CallStore store, String broken) {
        return (CallStore) Proxy.newProxyInstance(CallStore.class.getClassLoader(), new Class<?>[] {CallStore.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("find") && broken.equals(args[0])) {
                        throw new IllegalStateException("call " + broken + " has words that cannot be read");
                    }
                    try {
                        return method.invoke(store, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
