package cn.nianbao.workflow.notice;

import java.util.Collection;

import cn.nianbao.domain.user.Recipient;

/** What one group of people is told about a report: in the inbox, and by mail. */
record Notice(Collection<Recipient> people, String title, String body) {
}
