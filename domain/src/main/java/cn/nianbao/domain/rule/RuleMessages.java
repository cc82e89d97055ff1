package cn.nianbao.domain.rule;

import java.util.List;

import cn.nianbao.domain.i18n.Messages;

/** The rules' messages, from the bundle {@code nianbao/i18n/rules} (Chinese, English in {@code rules_en}). */
final class RuleMessages {

    private static final Messages BUNDLE = Messages.of("rules");

    private RuleMessages() {
    }

    static String get(String key, Object... args) {
        return BUNDLE.get(key, args);
    }

    /** Items joined the way the language lists them (、 in Chinese). */
    static String list(List<String> items) {
        return String.join(get("label.separator"), items);
    }
}
