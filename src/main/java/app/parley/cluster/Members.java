package app.parley.cluster;

import java.util.List;
import java.util.function.Consumer;

/** The nodes of the cluster as the tap placement sees them: a fake in tests. */
interface Members {
    String self();

    /** The ids of the nodes up now, this one's included. */
    List<String> up();

    /** {@code listener} is told the id of each node that leaves or is lost, on any thread. */
    void whenLost(Consumer<String> listener);
}
