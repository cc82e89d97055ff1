package cn.nianbao.app.api;

import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.nianbao.app.security.CurrentActor;
import cn.nianbao.domain.interchange.ReportJsonCodec;
import cn.nianbao.domain.i18n.Messages;
import cn.nianbao.domain.refusal.Refusal;
import cn.nianbao.domain.report.HistoryEntry;
import cn.nianbao.domain.report.ReportChange;
import cn.nianbao.domain.report.ReviewStage;
import cn.nianbao.domain.report.SecrecyRecord;
import cn.nianbao.domain.report.ReportDrafting;
import cn.nianbao.domain.report.ReportReading;
import cn.nianbao.domain.report.ReportReview;
import cn.nianbao.domain.report.ReportStatus;
import cn.nianbao.domain.report.ReportSummary;
import cn.nianbao.domain.report.ReportView;
import cn.nianbao.workflow.ReportApprovalWorkflow;

/** The report endpoints of api.md: list, create, read, replace, submit, publish, correct, history. */
@RestController
@RequestMapping(value = "/api/v1/reports", produces = "application/json")
class ReportsController {

    private static final Messages TEXT = Messages.of("api");

    private final ReportDrafting drafting;

    private final ReportReading reading;

    private final ReportReview reportReview;
    private final ReportApprovalWorkflow workflow;
    private final ReportJsonCodec codec;
    private final CurrentActor current;
    private final ObjectMapper json = JsonBodies.JSON;

    ReportsController(ReportDrafting drafting, ReportReading reading, ReportReview reportReview, ReportApprovalWorkflow workflow,
                      ReportJsonCodec codec, CurrentActor current) {
        this.drafting = drafting;
        this.reading = reading;
        this.reportReview = reportReview;
        this.workflow = workflow;
        this.codec = codec;
        this.current = current;
    }

    record Listed(Long id, String unit, String unitName, int year, String format, ReportStatus status, long version) {
        static Listed of(ReportSummary s) {
            return new Listed(s.id(), s.unitCode(), s.unitName(), s.year(), s.formatId(), s.status(), s.version());
        }
    }

    @GetMapping
    List<Listed> list(@RequestParam(required = false) Integer year, @RequestParam(required = false) String unit,
                      @RequestParam(required = false) String status, @RequestParam(defaultValue = "0") int page,
                      @RequestParam(defaultValue = "50") int size) {
        ReportStatus st = null;
        if (status != null) {
            try {
                st = ReportStatus.valueOf(status);
            } catch (IllegalArgumentException e) {
                throw Refusal.invalid("BAD_STATUS", TEXT.get("report.bad_status", status));
            }
        }
        return reading.list(current.require(), year, unit, st, page, size).stream().map(Listed::of).toList();
    }

    @PostMapping
    ResponseEntity<ObjectNode> create(HttpServletRequest request) throws IOException {
        JsonNode node = JsonBodies.object(RequestBodies.read(request));
        ReportView created;
        if (node.has("schema")) {
            created = drafting.createFromContent(current.require(), codec.read(node));
        } else {
            JsonNode unit = node.get("unit");
            JsonNode year = node.get("year");
            String unitCode = unit == null ? null : unit.isTextual() ? unit.asText() : unit.path("code").asText(null);
            if (unitCode == null || year == null || !year.isInt()) {
                throw Refusal.invalid("BAD_REQUEST", TEXT.get("report.create_body"));
            }
            created = drafting.createDraft(current.require(), unitCode, year.asInt());
        }
        return withEtag(HttpStatus.CREATED, created);
    }

    @GetMapping("/{id}")
    ResponseEntity<ObjectNode> get(@PathVariable Long id) {
        return withEtag(HttpStatus.OK, reading.get(current.require(), id));
    }

    @PutMapping("/{id}")
    ResponseEntity<ObjectNode> replace(@PathVariable Long id, @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                       HttpServletRequest request) throws IOException {
        ReportView updated = drafting.update(current.require(), id, versionOf(ifMatch), codec.read(RequestBodies.read(request)));
        return withEtag(HttpStatus.OK, updated);
    }

    /** The clerk's 「遮盖」: one confidentiality finding's match masked in the stored text, from the If-Match version. */
    @PostMapping("/{id}/mask")
    ResponseEntity<ObjectNode> mask(@PathVariable Long id, @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                    HttpServletRequest request) throws IOException {
        long version = versionOf(ifMatch);
        JsonNode finding = JsonBodies.object(RequestBodies.read(request)).path("finding");
        if (!finding.isTextual() || finding.asText().isBlank()) {
            throw Refusal.invalid("BAD_REQUEST", TEXT.get("report.mask_body"));
        }
        return withEtag(HttpStatus.OK, drafting.mask(current.require(), id, version, finding.asText()));
    }

    private static long versionOf(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw Refusal.stale(TEXT.get("report.if_match_missing"));
        }
        try {
            return Long.parseLong(ifMatch.replace("W/", "").replace("\"", "").strip());
        } catch (NumberFormatException e) {
            throw Refusal.stale(TEXT.get("report.if_match_bad"));
        }
    }

    @PostMapping("/{id}/submit")
    Map<String, Object> submit(@PathVariable Long id, HttpServletRequest request) throws IOException {
        Map<String, String> explanations = new HashMap<>();
        JsonNode ex = JsonBodies.objectOrEmpty(RequestBodies.read(request)).path("explanations");
        ex.fields().forEachRemaining(e -> explanations.put(e.getKey(), e.getValue().asText("")));
        workflow.submit(current.require(), id, explanations);
        return statusOf(id);
    }

    @PostMapping("/{id}/publish")
    Map<String, Object> publish(@PathVariable Long id, HttpServletRequest request) throws IOException {
        JsonNode at = JsonBodies.objectOrEmpty(RequestBodies.read(request)).get("at");
        if (at == null || at.isNull()) {
            workflow.publishNow(current.require(), id);
        } else {
            try {
                workflow.schedulePublication(current.require(), id, Instant.parse(at.asText()));
            } catch (DateTimeParseException e) {
                throw Refusal.invalid("BAD_TIME", TEXT.get("report.bad_time"));
            }
        }
        return statusOf(id);
    }

    @PostMapping("/{id}/corrections")
    Map<String, Object> correct(@PathVariable Long id, HttpServletRequest request) throws IOException {
        JsonNode body = JsonBodies.object(RequestBodies.read(request));
        workflow.openCorrection(current.require(), id, body.path("reason").asText(""));
        return statusOf(id);
    }

    /** {@code onBehalfOf}: the leader for whom the actor signed off (代理签发); absent otherwise. */
    record HistoryLine(Instant at, String actor, String action, String stage, String from, String to, String comment,
                       @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
                       String onBehalfOf) {
        static HistoryLine of(HistoryEntry h) {
            return new HistoryLine(h.at(), h.actor(), h.action(), h.stage(), h.from(), h.to(), h.comment(), h.onBehalfOf());
        }
    }

    @GetMapping("/{id}/history")
    List<HistoryLine> history(@PathVariable Long id) {
        return reading.history(current.require(), id).stream().map(HistoryLine::of).toList();
    }

    /** What the submitter wrote for each WARNING; every reviewer sees it. */
    @GetMapping("/{id}/explanations")
    Map<String, String> explanations(@PathVariable Long id) {
        return reading.explanations(current.require(), id);
    }

    /** The latest 保密审查 record: conclusion and how each REVIEW finding was cleared. */
    @GetMapping("/{id}/secrecy-review")
    ResponseEntity<SecrecyRecord> secrecyReview(@PathVariable Long id) {
        return reportReview.secrecyRecord(current.require(), id).map(ResponseEntity::ok)
                .orElseThrow(() -> Refusal.notFound(TEXT.get("report.no_secrecy_record")));
    }

    /** What changed since the given stage last decided on the report. */
    @GetMapping("/{id}/changes")
    List<ReportChange> changes(@PathVariable Long id, @RequestParam String stage) {
        ReviewStage s;
        try {
            s = ReviewStage.valueOf(stage);
        } catch (IllegalArgumentException e) {
            throw Refusal.invalid("BAD_STAGE", TEXT.get("report.bad_stage"));
        }
        return reportReview.changesSinceLastDecision(current.require(), id, s);
    }

    private Map<String, Object> statusOf(Long id) {
        ReportView r = reading.get(current.require(), id);
        return Map.of("id", r.id(), "status", r.status(), "version", r.version());
    }

    private ResponseEntity<ObjectNode> withEtag(HttpStatus status, ReportView r) {
        ObjectNode out = json.createObjectNode();
        out.put("id", r.id());
        out.put("status", r.status().name());
        out.put("version", r.version());
        out.set("report", codec.toJson(r.content()));
        return ResponseEntity.status(status).eTag("\"" + r.version() + "\"").body(out);
    }
}
