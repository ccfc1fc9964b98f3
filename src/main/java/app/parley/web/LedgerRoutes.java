package app.parley.web;

import app.parley.call.Json;
import app.parley.ledger.LedgerService;
import app.parley.ledger.PhoneNumbers;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import app.parley.access.Permission;
import io.vertx.ext.web.RoutingContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ledger's HTTP API:
 * <ul>
 * <li>{@code GET /api/accounts/{id}/facts?as_of=YYYY-MM-DD}: the account's facts, 404 if unknown;</li>
 * <li>{@code GET /api/lookup?phone=N&as_of=YYYY-MM-DD}: {@code {"phone", "accounts": [facts...]}} for
 * every account with the number, 404 for an unknown caller.</li>
 * </ul>
 * {@code as_of} defaults to today. Errors are JSON {@code {"error", "field"}} naming the bad
 * field. Lookups and JSON encoding run off the event loop; responses are sent from it.
 */
public final class LedgerRoutes {
    private static final Logger LOG = LoggerFactory.getLogger(LedgerRoutes.class);

    private final LedgerService ledger;
    private final Clock clock;

    /** {@code clock} gives today's date, the default as-of date. */
    public LedgerRoutes(LedgerService ledger, Clock clock) {
        this.ledger = ledger;
        this.clock = clock;
    }

    public void mount(Access access) {
        access.get("/api/accounts/:id/facts", Permission.LEDGER_READ).handler(this::accountFacts);
        access.get("/api/lookup", Permission.LEDGER_READ).handler(this::lookup);
    }

    private void accountFacts(RoutingContext ctx) {
        String id = ctx.pathParam("id");
        LocalDate asOf = asOf(ctx);
        if (asOf == null) {
            return;
        }
        Future.fromCompletionStage(ledger.factsForAccount(id, asOf).thenApply(facts -> facts.map(Json::encode)),
                ctx.vertx().getOrCreateContext()).onSuccess(body -> {
                    if (body.isEmpty()) {
                        Responses.error(ctx, 404, "id", "no account with id " + id);
                    } else {
                        Responses.json(ctx, 200, body.get());
                    }
                }).onFailure(e -> Responses.serverError(ctx, LOG, e));
    }

    private void lookup(RoutingContext ctx) {
        String phone = ctx.request().getParam("phone");
        if (phone == null || phone.isBlank()) {
            Responses.error(ctx, 400, "phone", "query parameter phone is required, such as ?phone=%2B15550100101");
            return;
        }
        LocalDate asOf = asOf(ctx);
        if (asOf == null) {
            return;
        }
        String e164;
        try {
            e164 = ledger.normalizePhone(phone);
        } catch (PhoneNumbers.InvalidPhoneException e) {
            Responses.error(ctx, 400, "phone", "query parameter phone: " + e.getMessage());
            return;
        }
        Future.fromCompletionStage(ledger.factsForPhone(e164, asOf)
                        .thenApply(found -> found.isUnknownCaller() ? null : Json.encode(found)),
                ctx.vertx().getOrCreateContext()).onSuccess(body -> {
                    if (body == null) {
                        Responses.json(ctx, 404, new JsonObject().put("error", "no account has the phone " + e164)
                                .put("field", "phone").put("phone", e164).encode());
                    } else {
                        Responses.json(ctx, 200, body);
                    }
                }).onFailure(e -> Responses.serverError(ctx, LOG, e));
    }

    /** The as_of parameter, today when absent; null after answering 400 when malformed. */
    private LocalDate asOf(RoutingContext ctx) {
        String value = ctx.request().getParam("as_of");
        if (value == null || value.isEmpty()) {
            return LocalDate.now(clock);
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            Responses.error(ctx, 400, "as_of", "query parameter as_of must be a date YYYY-MM-DD, got '" + value + "'");
            return null;
        }
    }
}
