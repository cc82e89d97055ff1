package cn.nianbao.app.api;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonInclude;

import cn.nianbao.domain.rule.Finding;

/** One finding as JSON; numbers, match and offset appear only where the rule sets them. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record FindingBody(String rule, String severity, String at, String message, BigDecimal expected, BigDecimal actual,
                   String match, Integer offset) {

    static FindingBody of(Finding f) {
        return new FindingBody(f.rule(), f.severity().name(), f.at(), f.message(), plain(f.expected()),
                plain(f.actual()), f.match(), f.offset());
    }

    private static BigDecimal plain(BigDecimal v) {
        return v == null ? null : v.signum() == 0 ? BigDecimal.ZERO : v.stripTrailingZeros().scale() < 0
                ? v.setScale(0) : v.stripTrailingZeros();
    }
}
