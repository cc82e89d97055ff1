package cn.nianbao.domain.rule;

import java.util.List;
import java.util.Optional;

/**
 * What validation needs beyond the report itself, looked up by the caller before the pure pass:
 * last year's report, the county's sensitive words, the short names of the other units of the county, and the
 * sketches of the other units' reports of the same year (Y-TEXT-SIM's 雷同 across peers).
 */
public record ValidationContext(Optional<PreviousReport> previous, List<String> sensitiveWords,
                                List<String> otherUnitNames, List<PeerReport> peers) {

    public static final ValidationContext NONE = new ValidationContext(Optional.empty(), List.of(), List.of());

    public ValidationContext {
        sensitiveWords = List.copyOf(sensitiveWords);
        otherUnitNames = List.copyOf(otherUnitNames);
        peers = List.copyOf(peers);
    }

    public ValidationContext(Optional<PreviousReport> previous, List<String> sensitiveWords, List<String> otherUnitNames) {
        this(previous, sensitiveWords, otherUnitNames, List.of());
    }

    public ValidationContext withPrevious(PreviousReport previousReport) {
        return new ValidationContext(Optional.ofNullable(previousReport), sensitiveWords, otherUnitNames, peers);
    }

    public ValidationContext withPeers(List<PeerReport> peerReports) {
        return new ValidationContext(previous, sensitiveWords, otherUnitNames, peerReports);
    }
}
