package cn.nianbao.app.security;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The UI may use the security package (CurrentActor, LoginView), never the other way round: no ui ↔ security cycle. */
@AnalyzeClasses(packages = "cn.nianbao", importOptions = ImportOption.DoNotIncludeTests.class)
class SecurityArchitectureTest {

    @ArchTest
    static final ArchRule security_never_depends_on_the_ui = noClasses().that().resideInAPackage("cn.nianbao.app.security..")
            .should().dependOnClassesThat().resideInAPackage("cn.nianbao.app.ui..");

    @ArchTest
    static final ArchRule the_audit_log_depends_on_no_other_feature_but_users_and_messages = noClasses()
            .that().resideInAPackage("cn.nianbao.domain.audit..")
            .should().dependOnClassesThat().resideInAnyPackage("cn.nianbao.domain.report..", "cn.nianbao.domain.unit..",
                    "cn.nianbao.workflow..", "cn.nianbao.reports..", "cn.nianbao.app..");
}
