package cn.nianbao.app.api;

import java.util.List;

import cn.nianbao.domain.rule.Finding;
import cn.nianbao.domain.rule.ValidationResult;

/** The validation result of report-json.md. */
record ValidationBody(boolean valid, long errors, long warnings, List<FindingBody> findings) {

    static ValidationBody of(ValidationResult result) {
        return new ValidationBody(result.valid(), result.errors(), result.warnings(),
                result.findings().stream().map(FindingBody::of).toList());
    }

    static List<FindingBody> findings(List<Finding> findings) {
        return findings.stream().map(FindingBody::of).toList();
    }
}
