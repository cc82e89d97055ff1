package cn.nianbao.app.api;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import com.fasterxml.jackson.databind.JsonNode;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.nianbao.app.security.CurrentActor;
import cn.nianbao.domain.deadline.DeadlineService;
import cn.nianbao.domain.i18n.Messages;
import cn.nianbao.domain.input.ReportYears;
import cn.nianbao.domain.refusal.Refusal;
import cn.nianbao.domain.unit.UnitService;
import cn.nianbao.domain.unit.UnitView;

/** A county's report deadline per year, set by its county office. */
@RestController
class CountiesController {

    private static final Messages TEXT = Messages.of("api");

    private final DeadlineService deadlines;
    private final UnitService units;
    private final CurrentActor current;

    CountiesController(DeadlineService deadlines, UnitService units, CurrentActor current) {
        this.deadlines = deadlines;
        this.units = units;
        this.current = current;
    }

    @GetMapping(value = "/api/v1/counties/{code}/deadlines/{year}", produces = "application/json")
    Map<String, Object> get(@PathVariable String code, @PathVariable int year) {
        current.require();
        ReportYears.require(year);
        return Map.of("county", code, "year", year, "deadline", deadlines.deadline(county(code).id(), year).toString());
    }

    @PutMapping(value = "/api/v1/counties/{code}/deadlines/{year}", produces = "application/json")
    Map<String, Object> set(@PathVariable String code, @PathVariable int year, HttpServletRequest request) throws IOException {
        ReportYears.require(year);
        JsonNode body = JsonBodies.object(RequestBodies.read(request));
        LocalDate date;
        try {
            date = LocalDate.parse(body.path("deadline").asText(""));
        } catch (DateTimeParseException e) {
            throw Refusal.invalid("BAD_DEADLINE", TEXT.get("deadline.bad"));
        }
        deadlines.set(current.require(), county(code).id(), year, date);
        return get(code, year);
    }

    private UnitView county(String code) {
        return units.findByCode(code).orElseThrow(() -> Refusal.notFound(TEXT.get("unit_missing", code)));
    }
}
