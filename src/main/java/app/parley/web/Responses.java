package app.parley.web;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import org.slf4j.Logger;

/** How the API answers: JSON bodies, and errors as {@code {"error", "field"}}. */
final class Responses {
    private Responses() {
    }

    static void json(RoutingContext ctx, int status, String body) {
        ctx.response().setStatusCode(status).putHeader("Content-Type", "application/json").end(body);
    }

    /** {@code field}: the parameter or field at fault (null when none is). */
    static void error(RoutingContext ctx, int status, String field, String message) {
        JsonObject body = new JsonObject().put("error", message);
        if (field != null) {
            body.put("field", field);
        }
        json(ctx, status, body.encode());
    }

    /** A failure that is not the request's fault: logged in one line, reported without internals. */
    static void serverError(RoutingContext ctx, Logger log, Throwable e) {
        Throwable cause = e instanceof java.util.concurrent.CompletionException && e.getCause() != null ? e.getCause() : e;
        log.error("{} {} failed: {}", ctx.request().method(), ctx.request().path(), cause.getMessage());
        error(ctx, 500, null, cause instanceof com.fasterxml.jackson.core.JsonProcessingException
                ? "cannot encode the response" : String.valueOf(cause.getMessage()));
    }
}
