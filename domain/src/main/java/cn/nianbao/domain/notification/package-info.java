/**
 * In-app notifications of the approval route (who must act next, what was decided), with unread counts.
 * E-mail copies are sent by the workflow when mail is configured.
 */
package cn.nianbao.domain.notification;
