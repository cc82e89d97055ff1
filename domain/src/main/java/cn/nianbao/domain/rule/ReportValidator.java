package cn.nianbao.domain.rule;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import cn.nianbao.domain.content.ReportContent;
import cn.nianbao.domain.format.ReportFormat;
import cn.nianbao.domain.format.ReportFormats;

/**
 * Runs every rule of rules.md over one report. A pure in-memory pass: whatever needs the database
 * (last year's report, the county's word list) comes in through the {@link ValidationContext}. Each finding comes
 * back with the cells its locator points at ({@link Finding#cells()}), so no caller needs to know how locators map
 * to cells.
 */
@Component
public class ReportValidator {

    private final ReportFormats formats;
    private final List<ReportRule> rules;

    public ReportValidator(ReportFormats formats) {
        this.formats = formats;
        this.rules = List.of(
                new FormatYearRule(formats),
                new CellTypeRule(),
                new S3RowTotalRule(),
                new S3ResultTotalRule(),
                new S3BalanceRule(),
                new S4SumRule(),
                new EmptySectionRule(),
                new CarryOverRule(),
                new BlankCellRule(),
                new TownshipRegulationRule(),
                new CasesWithoutApplicationsRule(),
                new S2PreviousYearRule(),
                new TextSimilarityRule(),
                new NoApplicationsTextRule(),
                new NoCasesTextRule(),
                new QuotedNumbersRule(),
                new UnitNameRule(),
                new ReportYearTextRule(),
                new InformationFeeRule(),
                new GovernmentEvaluationRule(),
                new SecretMarkingRule(),
                new IdNumberRule(),
                new MobileNumberRule(),
                new BankCardRule(),
                new PersonNameRule(),
                new PrivateAddressRule(),
                new SensitiveWordRule());
    }

    public ValidationResult validate(ReportContent report, ValidationContext context) {
        ReportFormat format = formats.get(report.formatId());
        RuleInput in = new RuleInput(report, format, context);
        List<Finding> out = new ArrayList<>();
        for (ReportRule rule : rules) {
            rule.check(in, out);
        }
        // the cells are resolved here, once, so that no rule and no caller has to know how a locator maps to cells
        List<Finding> located = new ArrayList<>(out.size());
        for (Finding f : out) {
            located.add(f.withCells(FindingLocator.cells(f, format, report)));
        }
        return new ValidationResult(located);
    }

    public ValidationResult validate(ReportContent report) {
        return validate(report, ValidationContext.NONE);
    }
}
