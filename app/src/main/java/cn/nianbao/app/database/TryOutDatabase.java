package cn.nianbao.app.database;

/**
 * Present when the application runs on the embedded database it started itself: the README's zero-set-up try-out
 * run, where the demo county and its demo accounts belong. A named production database never has it.
 */
public record TryOutDatabase(String dataDirectory) {
}
