package cn.nianbao.domain.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import cn.nianbao.domain.i18n.Messages;

/** The rules' bundle: the same keys in Chinese and English, with the same arguments, and patterns that format. */
class RuleMessagesTest {

    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)\\}");

    private static Properties load(String name) throws IOException {
        try (InputStream in = RuleMessagesTest.class.getClassLoader().getResourceAsStream("nianbao/i18n/" + name)) {
            assertThat(in).as(name).isNotNull();
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        }
    }

    private static Set<Integer> arguments(String pattern) {
        Set<Integer> out = new TreeSet<>();
        Matcher m = ARGUMENT.matcher(pattern);
        while (m.find()) {
            out.add(Integer.parseInt(m.group(1)));
        }
        return out;
    }

    @Test
    void every_chinese_key_has_an_english_twin_and_the_reverse() throws IOException {
        Properties zh = load("rules.properties");
        Properties en = load("rules_en.properties");
        assertThat(zh.stringPropertyNames()).isNotEmpty().containsExactlyInAnyOrderElementsOf(en.stringPropertyNames());
    }

    @Test
    void both_languages_use_the_same_arguments_and_quote_apostrophes_where_they_are_formatted() throws IOException {
        Properties zh = load("rules.properties");
        Properties en = load("rules_en.properties");
        for (String key : zh.stringPropertyNames()) {
            String z = zh.getProperty(key);
            String e = en.getProperty(key);
            assertThat(arguments(e)).as(key).isEqualTo(arguments(z));
            for (String pattern : new String[] {z, e}) {
                if (arguments(pattern).isEmpty()) {
                    // Messages returns an argument-less pattern as it stands: a doubled quote would show twice
                    assertThat(pattern).as(key).doesNotContain("''");
                } else {
                    assertThat(pattern.replace("''", "")).as(key).doesNotContain("'");
                    assertThat(new MessageFormat(pattern, Locale.ROOT).getFormats()).as(key).isNotEmpty();
                }
            }
        }
    }

    @Test
    void messages_come_in_chinese_unless_english_is_chosen() {
        Messages rules = Messages.of("rules");
        assertThat(rules.get("SEC-EMPTY", "五、存在的主要问题及改进情况")).isEqualTo("五、存在的主要问题及改进情况 没有填写内容");
        assertThat(rules.in(Locale.ENGLISH, "T-NUM", "s3", "3件", "disclosed", "2"))
                .isEqualTo("s3 says “3件”, which differs from the table's disclosed (2)");
    }
}
