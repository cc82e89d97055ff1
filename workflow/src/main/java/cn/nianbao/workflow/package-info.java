/**
 * The approval route in Flowable: 保密审查 → 领导签发 → 县级审核 → 发布, with returns to the clerk.
 * {@link cn.nianbao.workflow.ReportApprovalWorkflow} is the one door; no Flowable type leaves this package.
 */
package cn.nianbao.workflow;
