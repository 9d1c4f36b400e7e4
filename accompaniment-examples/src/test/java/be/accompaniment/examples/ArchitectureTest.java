package be.accompaniment.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The dependency direction of the modules and the shape of the public API. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("be.accompaniment");
    }

    @Test
    void coreKnowsNothingOfRulesOrExamples() {
        noClasses()
                .that()
                .resideOutsideOfPackages("be.accompaniment.rules..", "be.accompaniment.examples..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("be.accompaniment.rules..", "be.accompaniment.examples..")
                .check(classes);
    }

    @Test
    void rulesKnowNothingOfExamples() {
        noClasses()
                .that()
                .resideInAPackage("be.accompaniment.rules..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("be.accompaniment.examples..")
                .check(classes);
    }

    @Test
    void rulesUseOnlyTheStyleAndChecksOfCoreInternals() {
        DescribedPredicate<JavaClass> otherInternals = JavaClass.Predicates.resideInAPackage(
                        "be.accompaniment.internal..")
                .and(DescribedPredicate.not(JavaClass.Predicates.simpleName("Checks")))
                .and(DescribedPredicate.not(JavaClass.Predicates.simpleName("AccompanimentStyle")));
        noClasses()
                .that()
                .resideInAPackage("be.accompaniment.rules..")
                .should()
                .dependOnClassesThat(otherInternals)
                .check(classes);
    }

    @Test
    void noExportedSignatureMentionsAnInternalType() {
        classes()
                .that()
                .arePublic()
                .and()
                .resideOutsideOfPackages("..internal..", "be.accompaniment.examples..")
                .should(notExposeInternalTypes())
                .check(classes);
    }

    @Test
    void packagesNameConceptsNotLayers() {
        noClasses()
                .should()
                .resideInAnyPackage("..model..", "..dto..", "..service..", "..util..", "..impl..")
                .check(classes);
    }

    private static ArchCondition<JavaClass> notExposeInternalTypes() {
        return new ArchCondition<>("not mention an internal type in a public signature") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                for (JavaCodeUnit unit : type.getCodeUnits()) {
                    if (!unit.getModifiers().contains(JavaModifier.PUBLIC)) {
                        continue;
                    }
                    for (JavaClass p : unit.getRawParameterTypes()) {
                        report(events, unit.getFullName(), p);
                    }
                    report(events, unit.getFullName(), unit.getRawReturnType());
                }
                for (JavaField field : type.getFields()) {
                    if (field.getModifiers().contains(JavaModifier.PUBLIC)) {
                        report(events, field.getFullName(), field.getRawType());
                    }
                }
            }

            private void report(ConditionEvents events, String where, JavaClass used) {
                if (used.getPackageName().contains(".internal")) {
                    events.add(SimpleConditionEvent.violated(used, where + " exposes " + used.getName()));
                }
            }
        };
    }
}
