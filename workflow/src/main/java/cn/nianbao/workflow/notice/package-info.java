/**
 * Notifications of a report's events, in-app and by e-mail: listeners of the domain's events, so the route itself
 * only routes.
 */
package cn.nianbao.workflow.notice;
