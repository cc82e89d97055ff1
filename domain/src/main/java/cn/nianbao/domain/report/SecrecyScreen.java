package cn.nianbao.domain.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import cn.nianbao.domain.rule.Finding;
import cn.nianbao.domain.rule.Severity;

/**
 * The REVIEW findings of a submission as stored with the report while it waits in 保密审查: screened when the clerk
 * submits (the same validation that lets the submission through) and again when a word list that applies to the
 * report changes, so the reviewer's decision checks the clearing against them without validating the report again.
 * Their only inputs are the submitted content, which cannot change in 保密审查, and the word lists.
 * A screen written by another version of the rules reads as absent, and the caller validates afresh.
 */
final class SecrecyScreen {

    /** Raised whenever a REVIEW rule finds something different from what it found before. */
    static final int RULES_VERSION = 1;

    private static final ObjectMapper JSON = new ObjectMapper();

    private SecrecyScreen() {
    }

    static String write(List<Finding> review) {
        ObjectNode root = JSON.createObjectNode().put("v", RULES_VERSION);
        ArrayNode list = root.putArray("findings");
        for (Finding f : review) {
            ObjectNode n = list.addObject().put("rule", f.rule()).put("at", f.at()).put("message", f.message())
                    .put("match", f.match()).put("offset", f.offset());
            f.cells().forEach(n.putArray("cells")::add);
        }
        return root.toString();
    }

    /** The findings of a screen, empty when there is none or it was written by other rules. */
    static Optional<List<Finding>> read(String screen) {
        if (screen == null) {
            return Optional.empty();
        }
        try {
            JsonNode root = JSON.readTree(screen);
            if (root.path("v").asInt() != RULES_VERSION) {
                return Optional.empty();
            }
            List<Finding> out = new ArrayList<>();
            for (JsonNode n : root.path("findings")) {
                List<String> cells = new ArrayList<>();
                n.path("cells").forEach(c -> cells.add(c.asText()));
                Integer offset = n.path("offset").isNumber() ? n.path("offset").asInt() : null;
                out.add(new Finding(n.path("rule").asText(), Severity.REVIEW, text(n, "at"), text(n, "message"),
                        null, null, text(n, "match"), offset, cells));
            }
            return Optional.of(out);
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
