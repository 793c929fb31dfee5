package io.dynamicendpoints.app;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The hexagon's rules (style.md §5): dependencies point inward, the application knows no framework,
 * adapters do not know each other, and nothing but {@code app} sees the composition root. Maven
 * module boundaries stop most wrong edges at compile time; these catch what one classpath lets through.
 */
@AnalyzeClasses(packages = "io.dynamicendpoints", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domain_depends_only_on_java = classes()
            .that().resideInAPackage("..domain..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "..domain..");

    @ArchTest
    static final ArchRule application_is_framework_free = noClasses()
            .that().resideInAPackage("..application..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "io.micronaut..", "jakarta.inject..", "jakarta.persistence..", "java.sql..", "javax.sql..",
                    "io.netty..", "com.vaadin..", "org.flywaydb..", "com.fasterxml.jackson..", "io.micronaut.serde..",
                    "..adapters..", "..adminui..", "..app..");

    @ArchTest
    static final ArchRule adapters_do_not_depend_on_each_other = slices()
            .matching("io.dynamicendpoints.(adapters.http|adapters.persistence|adminui)..")
            .should().notDependOnEachOther();

    @ArchTest
    static final ArchRule nothing_depends_on_app = noClasses()
            .that().resideOutsideOfPackage("io.dynamicendpoints.app..")
            .should().dependOnClassesThat().resideInAPackage("io.dynamicendpoints.app..");

    @ArchTest
    static final ArchRule ports_do_not_depend_on_use_cases = classes()
            .that().resideInAPackage("..application.port..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "..domain..", "..application.port..");

    @ArchTest
    static final ArchRule driving_adapters_call_use_cases = noClasses()
            .that().resideInAnyPackage("..adapters.http..", "..adminui..")
            .should().dependOnClassesThat().resideInAnyPackage("..application.port..", "..application.engine..");

    @ArchTest
    static final ArchRule controllers_live_in_http_adapter = classes()
            .that().areAnnotatedWith("io.micronaut.http.annotation.Controller")
            .should().resideInAPackage("..adapters.http..");

    @ArchTest
    static final ArchRule routes_live_in_admin_ui = classes()
            .that().areAnnotatedWith("com.vaadin.flow.router.Route")
            .should().resideInAPackage("..adminui..")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule persistence_types_live_in_persistence_adapter = classes()
            .that().areAnnotatedWith("io.micronaut.data.annotation.MappedEntity")
            .or().areAnnotatedWith("io.micronaut.data.jdbc.annotation.JdbcRepository")
            .should().resideInAPackage("..adapters.persistence..")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule no_dumping_grounds = noClasses()
            .should().haveSimpleNameEndingWith("Manager")
            .orShould().haveSimpleNameEndingWith("Util")
            .orShould().haveSimpleNameEndingWith("Utils")
            .orShould().haveSimpleNameEndingWith("Helper")
            .orShould().haveSimpleNameEndingWith("Impl");

    @ArchTest
    static final ArchRule domain_is_immutable = fields()
            .that().areDeclaredInClassesThat().resideInAPackage("..domain..")
            .should().beFinal();

    @ArchTest
    static final ArchRule no_cycles = slices()
            .matching("io.dynamicendpoints.(**)")
            .should().beFreeOfCycles();
}
