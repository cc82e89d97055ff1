package cn.nianbao.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The walls of design.md, checked on the compiled classes of every module. */
@AnalyzeClasses(packages = "cn.nianbao",
        importOptions = {ImportOption.DoNotIncludeTests.class, ArchitectureTest.NoTestJars.class})
class ArchitectureTest {

    /** The domain's test fixtures reach the app's tests as a test jar; the rules are about the product's code. */
    static final class NoTestJars implements ImportOption {
        @Override
        public boolean includes(com.tngtech.archunit.core.importer.Location location) {
            return !location.contains("-tests.jar") && !location.contains("/test-classes/");
        }
    }

    @ArchTest
    static final ArchRule domain_depends_on_no_other_module = noClasses().that().resideInAPackage("cn.nianbao.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("cn.nianbao.workflow..", "cn.nianbao.reports..", "cn.nianbao.app..");

    @ArchTest
    static final ArchRule workflow_and_reports_never_see_each_other_or_the_app = noClasses()
            .that().resideInAPackage("cn.nianbao.workflow..")
            .should().dependOnClassesThat().resideInAnyPackage("cn.nianbao.reports..", "cn.nianbao.app..");

    @ArchTest
    static final ArchRule reports_sees_only_the_domain = noClasses().that().resideInAPackage("cn.nianbao.reports..")
            .should().dependOnClassesThat().resideInAnyPackage("cn.nianbao.workflow..", "cn.nianbao.app..");

    @ArchTest
    static final ArchRule flowable_stays_in_workflow = noClasses().that().resideOutsideOfPackage("cn.nianbao.workflow..")
            .should().dependOnClassesThat().resideInAPackage("org.flowable..");

    @ArchTest
    static final ArchRule vaadin_stays_in_the_app = noClasses().that().resideOutsideOfPackage("cn.nianbao.app..")
            .should().dependOnClassesThat().resideInAPackage("com.vaadin..");

    @ArchTest
    static final ArchRule repositories_stay_behind_their_services = classes()
            .that().areAssignableTo(org.springframework.data.repository.Repository.class)
            .should().notBePublic();

    @ArchTest
    static final ArchRule the_app_never_touches_repositories = noClasses().that().resideInAPackage("cn.nianbao.app..")
            .should().dependOnClassesThat().areAssignableTo(org.springframework.data.repository.Repository.class);

    @ArchTest
    static final ArchRule no_cycles_between_the_packages_of_any_module = slices().matching("cn.nianbao.(*).(*)..")
            .should().beFreeOfCycles();

    // the views of the UI: navigation uses routes, so the layout never depends on the views that use it
    @ArchTest
    static final ArchRule no_cycles_between_the_features_of_the_ui = slices().matching("cn.nianbao.app.ui.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule jpa_entities_stay_in_the_domain = noClasses().that().resideOutsideOfPackage("cn.nianbao.domain..")
            .should().dependOnClassesThat().areAnnotatedWith(jakarta.persistence.Entity.class);

    @ArchTest
    static final ArchRule repositories_stay_in_the_domain = noClasses().that().resideOutsideOfPackage("cn.nianbao.domain..")
            .should().dependOnClassesThat().areAssignableTo(org.springframework.data.repository.Repository.class);

    @ArchTest
    static final ArchRule jpa_stays_in_the_domain = noClasses().that().resideOutsideOfPackage("cn.nianbao.domain..")
            .should().dependOnClassesThat().resideInAPackage("jakarta.persistence..");
}
