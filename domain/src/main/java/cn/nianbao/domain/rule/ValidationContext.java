package cn.nianbao.domain.rule;

import java.util.List;
import java.util.Optional;

/**
 * What validation needs beyond the report itself, looked up by the caller before the pure pass:
 * last year's report, the county's sensitive words, and the short names of the other units of the county.
 */
public record ValidationContext(Optional<PreviousReport> previous, List<String> sensitiveWords,
                                List<String> otherUnitNames) {

    public static final ValidationContext NONE = new ValidationContext(Optional.empty(), List.of(), List.of());

    public ValidationContext {
        sensitiveWords = List.copyOf(sensitiveWords);
        otherUnitNames = List.copyOf(otherUnitNames);
    }

    public ValidationContext withPrevious(PreviousReport previousReport) {
        return new ValidationContext(Optional.ofNullable(previousReport), sensitiveWords, otherUnitNames);
    }
}
