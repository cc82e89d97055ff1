package cn.nianbao.reports.render;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import cn.nianbao.domain.i18n.Messages;

/**
 * The words the renderers add to the labels of the format, from the {@code render} bundle. Always the Chinese
 * text: the report is an official Chinese document, and what is rendered for one reader is cached and served to
 * every reader of the portal, so the language of whoever triggered the rendering must not leak into it.
 */
final class OfficialText {

    static final Locale DOCUMENT = Locale.SIMPLIFIED_CHINESE;
    private static final Messages TEXT = Messages.of("render");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern(get("date.pattern"), DOCUMENT)
            .withZone(ZoneId.of("Asia/Shanghai"));

    private OfficialText() {
    }

    static String get(String key, Object... args) {
        return TEXT.in(DOCUMENT, key, args);
    }

    /** A day of the document, in Beijing time: 2021年1月20日. */
    static String date(Instant at) {
        return DATE.format(at);
    }
}
