package cn.nianbao.domain.notification;

/** One notification to be given: to whom, and what it says. */
public record Note(String username, String title, String body) {
}
