package cn.nianbao.domain.report;

/** A review stage approved the report; it moves on to the next stage (or is approved for publication). */
public record StageDecided(ReportFacts report, ReviewStage stage, String by, String byName) implements ReportEvent {
}
