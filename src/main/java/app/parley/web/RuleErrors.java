package app.parley.web;

import app.parley.coaching.RuleBookException;
import app.parley.coaching.RuleError;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * A rejected rules file as the API answers it: {@code {"valid": false, "errors": [{"line",
 * "rule", "concept", "field", "message", "text"}]}}, the shape of {@code POST /api/rules/validate}.
 */
final class RuleErrors {
    private RuleErrors() {
    }

    static JsonObject rejected(RuleBookException e) {
        JsonArray errors = new JsonArray();
        for (RuleError error : e.errors()) {
            errors.add(new JsonObject().put("line", error.line()).put("rule", error.rule())
                    .put("concept", error.concept()).put("field", error.field()).put("message", error.message())
                    .put("text", error.toString()));
        }
        return new JsonObject().put("valid", false).put("errors", errors);
    }
}
