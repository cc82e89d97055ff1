package cn.nianbao.workflow;

import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.nianbao.domain.report.ReportReview;

/** The publication timer has fired: publish the report, unless it was published by hand meanwhile. */
@Component("publishScheduledReportDelegate")
class PublishScheduledReportDelegate implements JavaDelegate {

    private final ReportReview review;

    PublishScheduledReportDelegate(ReportReview review) {
        this.review = review;
    }

    @Override
    public void execute(DelegateExecution execution) {
        review.publishScheduled(((Number) execution.getVariable(ReportApprovalWorkflow.REPORT_ID)).longValue());
    }
}
