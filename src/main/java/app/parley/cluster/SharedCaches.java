package app.parley.cluster;

import app.parley.ledger.LedgerService;
import app.parley.rulesets.RulesConsole;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.eventbus.EventBus;
import io.vertx.core.eventbus.MessageConsumer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Each node's caches follow what the others change: the accounts an import on one node touched
 * are dropped from every node's facts cache, and a rules publish (or rollback, or a team returned
 * to the floor's rules) makes every node read the rules from the store at once, as its periodic
 * follow would within 15 s. What the store holds stays the truth; a message lost (a node joining
 * at that moment) is made good by the ledger's import recheck and the rules' periodic follow.
 */
final class SharedCaches {
    private static final Logger LOG = LoggerFactory.getLogger(SharedCaches.class);
    static final String IMPORTED = "parley.cluster.ledger.imported";
    static final String RULES_CHANGED = "parley.cluster.rules.changed";
    /** Over this many accounts an import tells the others to drop everything, not a list. */
    private static final int MAX_LISTED = 10_000;
    private static final String FROM = "parley-node";

    private final Vertx vertx;
    private final String self;
    private final LedgerService ledger;
    private final RulesConsole rules;

    SharedCaches(Vertx vertx, String self, LedgerService ledger, RulesConsole rules) {
        this.vertx = vertx;
        this.self = self;
        this.ledger = ledger;
        this.rules = rules;
    }

    Future<Void> start() {
        EventBus bus = vertx.eventBus();
        DeliveryOptions fromHere = new DeliveryOptions().addHeader(FROM, self);
        ledger.whenImported(touched -> bus.publish(IMPORTED, touched.size() > MAX_LISTED
                ? new JsonObject().put("all", true)
                : new JsonObject().put("accounts", new JsonArray(new ArrayList<>(touched))), fromHere));
        rules.whenChanged(() -> bus.publish(RULES_CHANGED, new JsonObject(), fromHere));
        MessageConsumer<JsonObject> imported = bus.consumer(IMPORTED, message -> {
            if (self.equals(message.headers().get(FROM))) {
                return;
            }
            JsonObject body = message.body();
            if (body.getBoolean("all", false)) {
                ledger.invalidateAll();
                LOG.info("ledger: an import on another node: every cached account dropped");
            } else {
                List<String> accounts = body.getJsonArray("accounts", new JsonArray()).stream()
                        .map(String::valueOf).toList();
                ledger.forget(accounts);
                LOG.info("ledger: an import on another node touched {} account(s): dropped from the cache",
                        accounts.size());
            }
        });
        MessageConsumer<JsonObject> changed = bus.consumer(RULES_CHANGED, message -> {
            if (!self.equals(message.headers().get(FROM))) {
                vertx.executeBlocking(() -> {
                    rules.follow();
                    return null;
                }, false).onFailure(e -> LOG.error("coaching rules: following another node's publish failed "
                        + "(the periodic follow tries again): {}", e.getMessage()));
            }
        });
        return Future.all(imported.completion(), changed.completion()).mapEmpty();
    }
}
