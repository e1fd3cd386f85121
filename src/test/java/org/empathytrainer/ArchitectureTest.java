package org.empathytrainer;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layering, enforced on the compiled classes: the model (content, practice, records, json) never depends on the
 * toolkit or on the ui; the JSON reading knows no other part of the app, so content and records can share it; no
 * two packages depend on each other, however indirectly; the screens of a feature never reach into the window
 * shell, and the shared widget kit knows no feature.
 */
@AnalyzeClasses(packages = "org.empathytrainer", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    private static final String[] MODEL = {
        "org.empathytrainer.content..",
        "org.empathytrainer.practice..",
        "org.empathytrainer.records..",
        "org.empathytrainer.lrs..",
        "org.empathytrainer.json.."
    };
    private static final String[] FEATURES = {
        "org.empathytrainer.ui.dashboard..", "org.empathytrainer.ui.export..", "org.empathytrainer.ui.home..",
        "org.empathytrainer.ui.profiles..", "org.empathytrainer.ui.story..", "org.empathytrainer.ui.wizard..",
        "org.empathytrainer.ui.overview..", "org.empathytrainer.ui.lrs.."
    };

    @ArchTest
    static final ArchRule theModelKnowsNothingOfTheToolkit = noClasses()
            .that()
            .resideInAnyPackage(MODEL)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("javafx..", "org.controlsfx..");

    @ArchTest
    static final ArchRule theModelKnowsNothingOfTheUi = noClasses()
            .that()
            .resideInAnyPackage(MODEL)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.empathytrainer.ui..");

    @ArchTest
    static final ArchRule jsonReadingKnowsNothingOfTheApp = noClasses()
            .that()
            .resideInAPackage("org.empathytrainer.json..")
            .should()
            .dependOnClassesThat(
                    resideInAPackage("org.empathytrainer..").and(not(resideInAPackage("org.empathytrainer.json.."))));

    @ArchTest
    static final ArchRule noPackageCycles =
            slices().matching("org.empathytrainer.(**)").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule featuresNeverImportTheShell = noClasses()
            .that()
            .resideInAnyPackage(FEATURES)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.empathytrainer.ui.shell..", "org.empathytrainer.ui.presenter..");

    @ArchTest
    static final ArchRule theKitImportsNoFeature = noClasses()
            .that()
            .resideInAPackage("org.empathytrainer.ui.kit..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(FEATURES);

    @ArchTest
    static final ArchRule theKitKnowsNothingOfTheShell = noClasses()
            .that()
            .resideInAPackage("org.empathytrainer.ui.kit..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.empathytrainer.ui.shell..", "org.empathytrainer.ui.presenter..");
}
