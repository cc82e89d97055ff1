package cn.nianbao.app.api;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.nianbao.app.security.CurrentActor;
import cn.nianbao.domain.interchange.ReportJsonCodec;
import cn.nianbao.domain.report.ReportDrafting;

/** POST /api/v1/validate: check a report JSON without storing it. */
@RestController
class ValidateController {

    private final ReportJsonCodec codec;
    private final ReportDrafting drafting;
    private final CurrentActor current;

    ValidateController(ReportJsonCodec codec, ReportDrafting drafting, CurrentActor current) {
        this.codec = codec;
        this.drafting = drafting;
        this.current = current;
    }

    @PostMapping(value = "/api/v1/validate", produces = "application/json")
    ValidationBody validate(HttpServletRequest request) throws IOException {
        var content = codec.read(RequestBodies.read(request));
        return ValidationBody.of(drafting.validate(current.require(), content));
    }
}
