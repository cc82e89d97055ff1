package cn.nianbao.app.api;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.nianbao.app.security.CurrentActor;
import cn.nianbao.domain.refusal.Refusal;
import cn.nianbao.domain.i18n.Messages;
import cn.nianbao.domain.unit.UnitService;
import cn.nianbao.domain.unit.UnitView;
import cn.nianbao.domain.user.ActingLeaders;
import cn.nianbao.domain.user.Actor;

/**
 * 代理签发 by API, as the leader's home page does it: the leader (or a system administrator for a leader) names
 * someone of the unit to sign off for a period, lists the periods not over yet, and ends one. The rules (who may
 * name, who may act, how long) are the service's, the same as the screen's.
 */
@RestController
class ActingLeadersController {

    private static final Messages SECURITY = Messages.of("security");
    private static final Messages ONBOARDING = Messages.of("onboarding");

    private final ActingLeaders acting;
    private final UnitService units;
    private final CurrentActor current;

    ActingLeadersController(ActingLeaders acting, UnitService units, CurrentActor current) {
        this.acting = acting;
        this.units = units;
        this.current = current;
    }

    /** A period as the API shows it: the unit by code, people by login and by name, days as ISO dates. */
    record PeriodBody(Long id, String unit, String unitName, String leader, String leaderName, String acting,
                      String actingName, LocalDate from, LocalDate to, boolean running) {
        static PeriodBody of(ActingLeaders.Period p, UnitService units) {
            String code = units.findById(p.unitId()).map(UnitView::code).orElse(null);
            return new PeriodBody(p.id(), code, p.unitName(), p.leader(), p.leaderName(), p.acting(), p.actingName(),
                    p.from(), p.to(), p.running());
        }
    }

    @GetMapping(value = "/api/v1/acting-leaders", produces = "application/json")
    List<PeriodBody> mine() {
        return acting.openOf(current.require()).stream().map(p -> PeriodBody.of(p, units)).toList();
    }

    @PostMapping(value = "/api/v1/acting-leaders", produces = "application/json")
    ResponseEntity<PeriodBody> name(HttpServletRequest request) throws IOException {
        Actor actor = current.require();
        JsonObjectBody body = JsonObjectBody.read(request);
        String code = body.text("unit");
        UnitView unit = units.findByCode(code)
                .orElseThrow(() -> Refusal.notFound(ONBOARDING.get("refuse.unit_missing", code)));
        // a leader names for themselves; only an administrator names for someone else
        String leader = body.text("leader").isBlank() ? actor.username() : body.text("leader");
        ActingLeaders.Period p = acting.name(actor, unit.id(), leader, body.text("acting"), day(body, "from"), day(body, "to"));
        return ResponseEntity.status(HttpStatus.CREATED).body(PeriodBody.of(p, units));
    }

    @DeleteMapping("/api/v1/acting-leaders/{id}")
    ResponseEntity<Void> end(@PathVariable Long id) {
        acting.end(current.require(), id);
        return ResponseEntity.noContent().build();
    }

    /** A day as YYYY-MM-DD; absent is left to the service (which names what is missing), anything else is refused. */
    private static LocalDate day(JsonObjectBody body, String field) {
        String text = body.text(field);
        if (text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw Refusal.invalid("BAD_PERIOD", SECURITY.get("acting.bad-period"));
        }
    }
}
