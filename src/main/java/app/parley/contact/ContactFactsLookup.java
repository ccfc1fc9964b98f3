package app.parley.contact;

import app.parley.coaching.FactsView;
import app.parley.live.FactsLookup;
import app.parley.store.CallStore;
import com.fasterxml.jackson.databind.node.NullNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;

/**
 * Adds to a call's account facts what the compliance rules judge as it connects: the time it
 * connected, where the debtor is (the account's time zone, or the zones the caller's number may
 * be in), and the earlier calls about the same
 * account (from the call store, read on {@code reader}, never on an event loop). An unknown
 * caller still gets the time and zones; without an account there is no history to count.
 */
public final class ContactFactsLookup implements FactsLookup {
    /** How far back earlier calls are read: the longest window a contact rule may look at. */
    static final Duration HISTORY = Duration.ofDays(90);

    private final FactsLookup accounts;
    private final CallStore store;
    private final CallerZones zones;
    private final Clock clock;
    private final Executor reader;

    public ContactFactsLookup(FactsLookup accounts, CallStore store, CallerZones zones, Clock clock, Executor reader) {
        this.accounts = accounts;
        this.store = store;
        this.zones = zones;
        this.clock = clock;
        this.reader = reader;
    }

    @Override
    public CompletionStage<CallFacts> lookup(String phone) {
        return lookup(phone, null);
    }

    @Override
    public CompletionStage<CallFacts> lookup(String phone, String callId) {
        Instant connected = clock.instant();
        return accounts.lookup(phone, callId).thenCompose(found -> {
            String account = found == null ? null : found.json().path("account").path("id").textValue();
            String accountZone = found == null ? null : found.json().path("account").path("time_zone").textValue();
            // Where the ledger says the debtor lives; else every zone their number may be in.
            List<java.time.ZoneId> where = accountZone != null ? List.of(java.time.ZoneId.of(accountZone)) : zones.of(phone);
            CompletionStage<List<CallStore.EarlierCall>> earlier = account == null
                    ? CompletableFuture.completedFuture(List.of())
                    : CompletableFuture.supplyAsync(() -> store.callsAbout(account, connected.minus(HISTORY), callId),
                            reader);
            return earlier.thenApply(calls -> {
                FactsView.Contact contact = new FactsView.Contact(connected, where,
                        calls.stream().map(CallStore.EarlierCall::startedAt).toList(),
                        calls.stream().filter(CallStore.EarlierCall::conversation).map(CallStore.EarlierCall::startedAt)
                                .toList());
                return found == null ? new CallFacts(NullNode.getInstance(), FactsView.NONE.withContact(contact))
                        : new CallFacts(found.json(), found.coaching().withContact(contact));
            });
        });
    }
}
