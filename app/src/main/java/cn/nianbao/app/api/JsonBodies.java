package cn.nianbao.app.api;

import java.io.IOException;

import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.nianbao.domain.i18n.Messages;
import cn.nianbao.domain.interchange.JsonLimits;
import cn.nianbao.domain.refusal.Refusal;

/**
 * Request bodies read as JSON within {@link JsonLimits}; every way a body can fail to be JSON (bad syntax, bad
 * UTF-8, too deep, a number no BigDecimal holds) is a 400 with the reason, never an exception further up.
 * Decimals stay exact (0.00004 is not a double).
 */
final class JsonBodies {

    private static final Messages TEXT = Messages.of("api");
    static final ObjectMapper JSON = JsonLimits.mapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private JsonBodies() {
    }

    /** The body as one JSON object. */
    static JsonNode object(byte[] body) {
        return object(body, TEXT.get("body.not_object"));
    }

    /** As above; {@code notAnObject} says what the endpoint expects instead. */
    static JsonNode object(byte[] body, String notAnObject) {
        JsonNode node = tree(body);
        if (node == null || node.isMissingNode() || !node.isObject()) {
            throw Refusal.invalid("BAD_REQUEST", notAnObject);
        }
        return node;
    }

    /** The body as one JSON object; an empty body is the empty object. */
    static JsonNode objectOrEmpty(byte[] body) {
        return body.length == 0 ? JSON.createObjectNode() : object(body);
    }

    private static JsonNode tree(byte[] body) {
        try {
            return JSON.readTree(body);
        } catch (StreamConstraintsException e) {
            throw Refusal.invalid("BAD_REQUEST", TEXT.get("body.limits", JsonLimits.MAX_DEPTH, JsonLimits.MAX_STRING,
                    JsonLimits.MAX_NUMBER));
        } catch (IOException | RuntimeException e) {
            // a number BigDecimal cannot hold (1e-2147483648) surfaces as a NumberFormatException, not as bad JSON
            throw Refusal.invalid("BAD_REQUEST", TEXT.get("body.not_json"));
        }
    }
}
