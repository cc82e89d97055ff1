package cn.nianbao.domain.rule;

import java.util.List;

/** The outcome of validating a report: valid when no ERROR was found. */
public record ValidationResult(List<Finding> findings) {

    public ValidationResult {
        findings = List.copyOf(findings);
    }

    public boolean valid() {
        return errors() == 0;
    }

    public long errors() {
        return count(Severity.ERROR);
    }

    public long warnings() {
        return count(Severity.WARNING);
    }

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    public List<Finding> of(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).toList();
    }
}
