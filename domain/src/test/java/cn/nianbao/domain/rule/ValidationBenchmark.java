package cn.nianbao.domain.rule;

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

    @Setup
    public void setUp() {
        validator = new ReportValidator(ReportFormats.standard());
        seed = SeedReport.content();
        withLastYear = new ValidationContext(Optional.of(new PreviousReport(seed, true)),
                List.of("内部讨论稿", "领导批示原文"), List.of("榆林镇", "北安乡"));
    }

    @Benchmark
    public ValidationResult seedAlone() {
        return validator.validate(seed);
    }

    @Benchmark
    public ValidationResult seedWithLastYearAndWordList() {
        return validator.validate(seed, withLastYear);
    }
}
