package cn.nianbao.app.api;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import cn.nianbao.app.security.CurrentActor;
import cn.nianbao.app.sheet.OnboardingSheet;
import cn.nianbao.domain.i18n.Messages;
import cn.nianbao.domain.onboarding.ImportOutcome;
import cn.nianbao.domain.onboarding.UnitDirectory;
import cn.nianbao.domain.onboarding.UnitImport;
import cn.nianbao.domain.onboarding.UnitRow;
import cn.nianbao.domain.refusal.Refusal;
import cn.nianbao.domain.report.AreaCockpit;
import cn.nianbao.domain.unit.UnitView;
import cn.nianbao.reports.aggregate.CountyAggregation;
import cn.nianbao.reports.aggregate.CountyTotals;

/**
 * Units at any level of the tree: the oversight of an area (cockpit, totals) for the offices at or above it, and
 * the administrators' unit directory with the sheet import.
 */
@RestController
class UnitsController {

    private static final Messages TEXT = Messages.of("onboarding");

    private final AreaCockpit cockpit;
    private final CountyAggregation aggregation;
    private final UnitDirectory directory;
    private final UnitImport importer;
    private final CurrentActor current;

    UnitsController(AreaCockpit cockpit, CountyAggregation aggregation, UnitDirectory directory, UnitImport importer,
                    CurrentActor current) {
        this.cockpit = cockpit;
        this.aggregation = aggregation;
        this.directory = directory;
        this.importer = importer;
        this.current = current;
    }

    // ------------------------------------------------------------------ oversight

    @GetMapping(value = "/api/v1/units/{code}/cockpit/{year}", produces = "application/json")
    AreaCockpit.Page cockpit(@PathVariable String code, @PathVariable int year,
                             @RequestParam(defaultValue = "0") int page, @RequestParam(required = false) String status) {
        if (page < 0) {
            throw Refusal.invalid("BAD_PAGE", TEXT.get("refuse.bad_page"));
        }
        return cockpit.children(current.require(), code, year, page, status);
    }

    record Totals(String unit, int year, String format, long publishedUnits, Map<String, BigDecimal> cells,
                  Map<String, BigDecimal> lastYear) {
    }

    @GetMapping("/api/v1/units/{code}/totals/{year}")
    ResponseEntity<?> totals(@PathVariable String code, @PathVariable int year,
                             @RequestParam(required = false) String format, @RequestParam(required = false) String cell) {
        try {
            if (cell != null) {
                return ResponseEntity.ok(aggregation.byChild(current.require(), code, year, cell));
            }
            CountyTotals t = aggregation.totals(current.require(), code, year);
            if ("xlsx".equals(format)) {
                return CountyTotalsController.file(aggregation.xlsx(t));
            }
            if (format != null && !format.equals("json")) {
                throw Refusal.invalid("BAD_FORMAT", TEXT.get("refuse.bad_format", format));
            }
            return ResponseEntity.ok(new Totals(code, year, t.format().id(), t.publishedUnits(), t.cells(), t.lastYear()));
        } catch (IllegalArgumentException noFormat) {
            throw Refusal.invalid("BAD_YEAR", TEXT.get("refuse.bad_year", year));
        }
    }

    // ------------------------------------------------------------------ directory (administrators)

    @GetMapping(value = "/api/v1/units", produces = "application/json")
    UnitDirectory.Page list(@RequestParam(required = false) String parent, @RequestParam(defaultValue = "0") int page) {
        return directory.children(current.require(), parent, page);
    }

    @GetMapping(value = "/api/v1/units/{code}", produces = "application/json")
    UnitView get(@PathVariable String code) {
        return directory.get(current.require(), code);
    }

    @PostMapping(value = "/api/v1/units", produces = "application/json")
    ResponseEntity<UnitView> create(HttpServletRequest request) throws IOException {
        JsonObjectBody body = JsonObjectBody.read(request);
        UnitRow row = new UnitRow(1, body.text("code"), body.text("name"), body.text("short_name"), body.text("kind"),
                body.text("parent_code"));
        return ResponseEntity.status(HttpStatus.CREATED).body(directory.create(current.require(), row));
    }

    @PatchMapping(value = "/api/v1/units/{code}", produces = "application/json")
    UnitView update(@PathVariable String code, HttpServletRequest request) throws IOException {
        JsonObjectBody body = JsonObjectBody.read(request);
        if (body.has("code") || body.has("parent_code")) {
            throw Refusal.invalid("NOT_CHANGEABLE", TEXT.get("refuse.not_changeable"));
        }
        return directory.update(current.require(), code, body.nullable("name"), body.nullable("short_name"),
                body.nullable("kind"));
    }

    @PostMapping(value = "/api/v1/units/import", produces = "application/json")
    ResponseEntity<Map<String, Object>> importSheet(@RequestParam(value = "file", required = false) MultipartFile file,
                                                    @RequestParam(defaultValue = "false") boolean dryRun) throws IOException {
        var actor = current.require();
        importer.checkAllowed(actor);
        if (file == null || file.isEmpty()) {
            throw Refusal.invalid("FILE_REQUIRED", TEXT.get("refuse.file_required"));
        }
        OnboardingSheet.Read<UnitRow> sheet = OnboardingSheet.units(file.getBytes(), file.getOriginalFilename());
        ImportOutcome outcome = !sheet.problems().isEmpty()
                ? new ImportOutcome(false, sheet.rows().size(), sheet.problems(), 0, 0, 0)
                : dryRun ? importer.dryRun(actor, sheet.rows()) : importer.apply(actor, sheet.rows());
        return ImportAnswer.of(outcome, dryRun, TEXT.get("refuse.import_invalid", outcome.problems().size()), null);
    }
}
