package cn.nianbao.domain.report;

/**
 * Something that happened to a report, published by the domain after the move was made (inside its transaction;
 * listeners that do I/O wait for the commit). Notifications and the public artefacts are listeners; the route
 * does not need to know them.
 */
public sealed interface ReportEvent permits ReportSubmitted, ReportWithdrawn, StageDecided, ReportReturned,
        PublicationScheduled, ReportPublished, CorrectionOpened, TaskDueSoon, TaskOverdue {

    ReportFacts report();
}
