package cn.nianbao.app.api;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;

import com.fasterxml.jackson.databind.JsonNode;

import cn.nianbao.domain.i18n.Messages;
import cn.nianbao.domain.refusal.Refusal;

/** A JSON object sent to the administration API (units, users), read field by field with a Chinese refusal. */
final class JsonObjectBody {

    private static final Messages TEXT = Messages.of("onboarding");

    private final JsonNode body;

    private JsonObjectBody(JsonNode body) {
        this.body = body;
    }

    /**
     * Read within the API's JSON limits ({@link JsonBodies}): too deep, too long or a number past the parser's
     * bounds is a 400 naming the limits, like any other body, never a failure of a parser of its own.
     */
    static JsonObjectBody read(HttpServletRequest request) throws IOException {
        return new JsonObjectBody(JsonBodies.object(RequestBodies.read(request), TEXT.get("refuse.bad_json")));
    }

    boolean has(String field) {
        return body.has(field);
    }

    /** The field as text; "" when absent or not a plain value. */
    String text(String field) {
        return body.path(field).isValueNode() ? body.path(field).asText("") : "";
    }

    /** The field as text, null when absent or JSON null ("keep as it is"). */
    String nullable(String field) {
        return body.has(field) && !body.get(field).isNull() ? text(field) : null;
    }

    /** A true/false field, null when absent; anything but a boolean is refused. */
    Boolean bool(String field) {
        if (!body.has(field) || body.get(field).isNull()) {
            return null;
        }
        if (!body.get(field).isBoolean()) {
            throw Refusal.invalid("BAD_REQUEST", TEXT.get("refuse.not_boolean", field));
        }
        return body.get(field).asBoolean();
    }
}
