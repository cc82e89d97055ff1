package cn.nianbao.domain.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;

import cn.nianbao.domain.SeedReport;
import cn.nianbao.domain.content.ReportContent;

/** The MinHash sketch estimates how much two texts share, survives storage, and skips what is too short. */
class SectionSketchTest {

    static final String OPEN = "2020年，我乡认真贯彻落实《中华人民共和国政府信息公开条例》，围绕乡党委、政府中心工作，"
            + "坚持以公开为常态、不公开为例外，不断拓宽公开渠道，规范公开内容，主动公开政府信息，切实保障人民群众的知情权、"
            + "参与权、表达权和监督权，全年政府信息公开工作平稳有序。";
    static final String OTHER = "本年度我镇以优化营商环境为抓手，重点推进财政预决算、重大建设项目和公共资源配置领域的信息公开，"
            + "通过镇政府网站和微信公众号发布各类信息一百余条，组织召开政务开放日活动两次，邀请企业代表和村民代表参与座谈。";

    @Test
    void a_copy_is_the_same_a_changed_year_nearly_the_same_and_another_text_is_not() {
        SectionSketch a = SectionSketch.of(OPEN).orElseThrow();
        assertThat(a.similarity(SectionSketch.of(OPEN).orElseThrow())).isEqualTo(1.0);
        assertThat(a.similarity(SectionSketch.of(OPEN.replace("2020年", "2021年")).orElseThrow())).isGreaterThanOrEqualTo(0.8);
        assertThat(a.similarity(SectionSketch.of(OTHER).orElseThrow())).isLessThan(0.2);
    }

    @Test
    void a_stored_sketch_compares_as_the_one_it_was_made_from() {
        SectionSketch a = SectionSketch.of(OPEN).orElseThrow();
        SectionSketch back = SectionSketch.decode(a.encoded()).orElseThrow();
        assertThat(back.similarity(a)).isEqualTo(1.0);
        assertThat(a.encoded()).startsWith("m1:").hasSizeLessThanOrEqualTo(700);
        assertThat(SectionSketch.decode("m0:AAAA")).isEmpty();
        assertThat(SectionSketch.decode("m1:not base64!")).isEmpty();
    }

    @Test
    void a_short_text_has_no_sketch() {
        assertThat(SectionSketch.of("本年度未收到政府信息公开申请。")).isEmpty();
        assertThat(SectionSketch.of(null)).isEmpty();
    }

    /**
     * Stored sketches are compared with new ones, so the sketch of a text must never change: this digest was taken
     * of the first version's sketches (the full benchmark report's sections, a text with characters outside the
     * BMP and full-width forms). A faster computation has to give the same minima.
     */
    @Test
    void the_sketch_of_a_text_is_the_one_every_stored_sketch_was_made_with() throws Exception {
        StringBuilder all = new StringBuilder();
        ReportContent full = ValidationBenchmark.fullReport(SeedReport.content());
        for (String s : ReportContent.SECTION_KEYS) {
            SectionSketch.of(full.text(s)).ifPresent(k -> all.append(k.encoded()).append('\n'));
        }
        all.append(SectionSketch.of(OPEN + "𠀀𠀁𪚥丶１２３ＡＢＣ，abc；" + OTHER).orElseThrow().encoded());
        String digest = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(all.toString().getBytes(StandardCharsets.UTF_8)));
        assertThat(digest).isEqualTo("f320765374f013749511023397a9bc1a3eb0a9393f55d3e49fe8672059321369");
    }

    /** Normalising keeps exactly the letters and digits, as a walk over the code points asking Character would. */
    @Test
    void normalising_keeps_every_letter_and_digit_and_nothing_else() {
        StringBuilder every = new StringBuilder();
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            every.append((char) c);
        }
        every.append("𠀀𪚥😀\uD800x\uDC00");
        String text = every.toString();
        StringBuilder expected = new StringBuilder();
        text.codePoints().filter(Character::isLetterOrDigit).forEach(expected::appendCodePoint);
        assertThat(TextSimilarityRule.normalise(text)).isEqualTo(expected.toString());
    }

    /** Y-TEXT-SIM against last year: the Dice coefficient of the sets of two-char substrings, as defined. */
    @Test
    void the_year_on_year_similarity_is_the_dice_coefficient_of_the_bigram_sets() {
        String full = TextSimilarityRule.normalise(ValidationBenchmark.fullReport(SeedReport.content()).text("s1"));
        String seed = TextSimilarityRule.normalise(SeedReport.content().text("s1"));
        String[][] pairs = {{full, seed}, {OPEN, OTHER}, {OPEN, OPEN.replace("2020", "2021")}, {"𠀀𠀁𪚥丶１２abab", "ab𠀁𪚥ba"},
            {"a", OPEN}, {"", ""}, {"\uFFFF\u8000\u0001", "\u8000\u0001\uFFFF"}};
        for (String[] p : pairs) {
            assertThat(TextSimilarityRule.dice(p[0], p[1])).as(p[0] + " / " + p[1]).isEqualTo(diceAsDefined(p[0], p[1]));
        }
        assertThat(TextSimilarityRule.dice(full, seed)).isBetween(0.5, 1.0);
    }

    private static double diceAsDefined(String a, String b) {
        java.util.Set<String> x = new java.util.HashSet<>();
        java.util.Set<String> y = new java.util.HashSet<>();
        for (int i = 0; i + 2 <= a.length(); i++) {
            x.add(a.substring(i, i + 2));
        }
        for (int i = 0; i + 2 <= b.length(); i++) {
            y.add(b.substring(i, i + 2));
        }
        if (x.isEmpty() || y.isEmpty()) {
            return 0;
        }
        long common = x.stream().filter(y::contains).count();
        return 2.0 * common / (x.size() + y.size());
    }
}
