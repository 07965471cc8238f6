package io.dataaggregator.engine;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Backs up the Maven Enforcer ban: the engine stays plain Java so the CLI and Spark use it bare. */
class ArchitectureTest {
  @Test
  void engineNeverReachesForSpringOrSpark() {
    var engine = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("io.dataaggregator.engine");
    noClasses().should().dependOnClassesThat()
        .resideInAnyPackage("org.springframework..", "org.apache.spark..")
        .check(engine);
  }
}
