package cn.nianbao.domain.rule;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import cn.nianbao.domain.SeedReport;
import cn.nianbao.domain.content.ReportContent;
import cn.nianbao.domain.format.ReportFormats;

/** How long one full validation of a real report takes (run with bench/validation.sh). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ValidationBenchmark {

    private ReportValidator validator;
    private ReportContent seed;
    private ValidationContext withLastYear;
    private ValidationContext withPeers;
    private ReportContent full;

    @Setup
    public void setUp() {
        validator = new ReportValidator(ReportFormats.standard());
        seed = SeedReport.content();
        withLastYear = new ValidationContext(Optional.of(new PreviousReport(seed, true)),
                List.of("内部讨论稿", "领导批示原文"), List.of("榆林镇", "北安乡"));
        full = fullReport(seed);
        withPeers = withLastYear.withPeers(peers(seed, 30));
    }

    /** A county's worth of sibling reports of the year, as sketches (the seed's texts, each a little changed). */
    static List<PeerReport> peers(ReportContent seed, int count) {
        List<PeerReport> out = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            java.util.Map<String, SectionSketch> sketches = new java.util.HashMap<>();
            for (String s : ReportContent.SECTION_KEYS) {
                String text = seed.text(s) + "第" + i + "乡镇补充说明。";
                SectionSketch.of(text).ifPresent(sk -> sketches.put(s, sk));
            }
            out.add(new PeerReport("乡镇" + i, sketches));
        }
        return out;
    }

    /**
     * The seed's prose plus what a busy township writes: applications with the applicants' names and addresses,
     * case parties, numbers of every kind the pre-screen looks for, and a table with applications in it.
     */
    static ReportContent fullReport(ReportContent seed) {
        String s3 = "本年度共收到政府信息公开申请3件，予以公开2件，部分公开1件。申请人李建国（住兰河乡富强村3组12号，"
                + "身份证号230122197805124210，电话138 1234 5678）申请公开征收补偿方案；村民王淑芬反映低保问题，"
                + "补贴打入其银行卡6222 0212 3456 7894；经办人赵小红于收到申请之日起15个工作日内答复。"
                + "申请人张某、李某某的申请已办结，乡长张伟、党委书记王刚听取了办理情况汇报。"
                + "申请人欧阳明辉（住幸福小区5栋2单元301室）要求公开的信息已部分公开。";
        String s4 = "本年度发生行政复议1件，原告周海涛不服答复提起复议，结果维持。张家村、王家屯的村民代表参加了听证。";
        String s6 = seed.text("s6") + "\n\n本年度未收取信息处理费。联系人：刘洋，联系电话0455-1234567，地址人民路12号。"
                + "将政务公开纳入年度考核，开展社会评议，全年无责任追究情况。";
        ReportContent r = seed.withText("s3", s3).withText("s4", s4).withText("s6", s6)
                .withText("s1", seed.text("s1") + "\n\n以习近平新时代中国特色社会主义思想为指导，高度重视，周末加班，方便群众。");
        r = set(r, "s3.new_received.natural_person", 3);
        r = set(r, "s3.new_received.total", 3);
        r = set(r, "s3.granted.natural_person", 2);
        r = set(r, "s3.granted.total", 2);
        r = set(r, "s3.partial.natural_person", 1);
        r = set(r, "s3.partial.total", 1);
        r = set(r, "s3.result_total.natural_person", 3);
        r = set(r, "s3.result_total.total", 3);
        r = set(r, "s4.review.upheld", 1);
        return set(r, "s4.review.total", 1);
    }

    private static ReportContent set(ReportContent r, String key, int value) {
        return r.withCell(key, BigDecimal.valueOf(value));
    }

    @Benchmark
    public ValidationResult seedAlone() {
        return validator.validate(seed);
    }

    @Benchmark
    public ValidationResult seedWithLastYearAndWordList() {
        return validator.validate(seed, withLastYear);
    }

    /** Every rule over the full report, names and addresses included; sampled, so the median can be read. */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    public ValidationResult fullReportEveryRule() {
        return validator.validate(full, withLastYear);
    }

    /** The full report, also compared with thirty sibling reports' sketches (Y-TEXT-SIM across the county). */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    public ValidationResult fullReportWithCountyPeers() {
        return validator.validate(full, withPeers);
    }
}
