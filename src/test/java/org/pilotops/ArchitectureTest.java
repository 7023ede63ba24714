package org.pilotops;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dependency rules of src/site/markdown/architecture.md, kept true by the build: packages by feature;
 * inside a feature {@code web → boundary → control → entity}; a feature uses another only through its
 * boundary; the platform uses no feature; no Manager/Helper/Util/Dao/Impl names.
 */
@AnalyzeClasses(packages = "org.pilotops", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final Pattern FEATURE_LAYER = Pattern.compile("org\\.pilotops\\.([a-z]+)(?:\\.([a-z]+))?.*");
    private static final List<String> LAYERS = List.of("entity", "control", "boundary", "web");

    @ArchTest
    static final ArchRule platformUsesNoFeature = noClasses().that().resideInAPackage("org.pilotops.platform..")
            .should().dependOnClassesThat(com.tngtech.archunit.base.DescribedPredicate.describe("a feature class",
                    (JavaClass c) -> c.getPackageName().startsWith("org.pilotops.")
                            && !c.getPackageName().startsWith("org.pilotops.platform")));

    @ArchTest
    static final ArchRule entitiesDependOnNoOuterLayer = noClasses().that().resideInAPackage("..entity..")
            .should().dependOnClassesThat().resideInAnyPackage("..control..", "..boundary..", "..web..");

    /** Policies, calculators and queries (such as {@code city.control.CompliancePolicy}) serve boundaries, never the reverse. */
    @ArchTest
    static final ArchRule controlDependsOnNoBoundaryOrWeb = noClasses().that().resideInAPackage("..control..")
            .should().dependOnClassesThat().resideInAnyPackage("..boundary..", "..web..");

    @ArchTest
    static final ArchRule boundaryDependsOnNoWeb = noClasses().that().resideInAPackage("..boundary..")
            .should().dependOnClassesThat().resideInAnyPackage("..web..");

    @ArchTest
    static final ArchRule featuresMeetOnlyAtBoundaries = classes().that().resideInAPackage("org.pilotops..")
            .should(new ArchCondition<>("use other features only through their boundary") {
                @Override
                public void check(JavaClass origin, ConditionEvents events) {
                    String feature = feature(origin);
                    for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                        JavaClass target = dependency.getTargetClass();
                        String targetFeature = feature(target);
                        if (targetFeature == null || targetFeature.equals(feature) || targetFeature.equals("platform")) {
                            continue;
                        }
                        if (!"boundary".equals(layer(target))) {
                            events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                        }
                    }
                }
            });

    /**
     * What a record kind is made of ({@code platform.record}: the entity's common part, the descriptor, the
     * asks a record answers to; {@code platform.field}: how values are read, and written as JSON) touches no
     * API, page, transaction or SQL: the machinery that does is the {@code records} feature. So a new kind is
     * a migration, an entity and a descriptor, and what it depends on stays small.
     */
    @ArchTest
    static final ArchRule recordKindsAreDescriptionsOnly = noClasses()
            .that().resideInAnyPackage("org.pilotops.platform.record..", "org.pilotops.platform.field..")
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "jakarta.faces..", "org.primefaces..",
                    "java.sql..", "javax.sql..", "jakarta.transaction..");

    /**
     * Only the two asks of {@code platform.record} see an EntityManager — the caller's, so that a feature's
     * answer (a year accepted, a case holding a record) is read in the writing transaction.
     */
    @ArchTest
    static final ArchRule recordKindsQueryNothing = noClasses()
            .that().resideInAnyPackage("org.pilotops.platform.record..", "org.pilotops.platform.field..")
            .and().doNotHaveSimpleName("RecordYearLock").and().doNotHaveSimpleName("RecordHold")
            .should().dependOnClassesThat().haveFullyQualifiedName("jakarta.persistence.EntityManager")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("jakarta.persistence.Query")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("jakarta.persistence.TypedQuery");

    @ArchTest
    static final ArchRule namesComeFromTheProgramme = noClasses().that().resideInAPackage("org.pilotops..")
            .should().haveSimpleNameEndingWith("Manager").orShould().haveSimpleNameEndingWith("Helper")
            .orShould().haveSimpleNameEndingWith("Util").orShould().haveSimpleNameEndingWith("Utils")
            .orShould().haveSimpleNameEndingWith("Dao").orShould().haveSimpleNameEndingWith("Impl");

    @ArchTest
    static void everyFeatureClassLivesInALayer(JavaClasses classes) {
        classes().that().resideInAPackage("org.pilotops..")
                .and().resideOutsideOfPackage("org.pilotops.platform..")
                .and().doNotHaveSimpleName("package-info")
                .should(new ArchCondition<>("live in entity, control, boundary or web") {
                    @Override
                    public void check(JavaClass item, ConditionEvents events) {
                        if (!item.getPackageName().equals("org.pilotops") && !LAYERS.contains(layer(item))) {
                            events.add(SimpleConditionEvent.violated(item, item.getName() + " is outside the layers"));
                        }
                    }
                }).check(classes);
    }

    private static String feature(JavaClass c) {
        Matcher m = FEATURE_LAYER.matcher(c.getPackageName());
        return m.matches() ? m.group(1) : null;
    }

    private static String layer(JavaClass c) {
        Matcher m = FEATURE_LAYER.matcher(c.getPackageName());
        return m.matches() ? m.group(2) : null;
    }
}
