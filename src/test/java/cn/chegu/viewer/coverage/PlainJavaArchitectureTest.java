package cn.chegu.viewer.coverage;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** DESIGN §2: network and coverage are plain Java — no Spring, no SQL, no HTTP. */
class PlainJavaArchitectureTest {

  @Test
  void networkAndCoverageUseNoSpringSqlOrHttp() {
    var classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("cn.chegu.viewer.network", "cn.chegu.viewer.coverage");
    noClasses()
        .that()
        .resideInAnyPackage("cn.chegu.viewer.network..", "cn.chegu.viewer.coverage..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.springframework..",
            "java.sql..",
            "javax.sql..",
            "jakarta.servlet..",
            "java.net.http..",
            "cn.chegu.viewer.store..",
            "cn.chegu.viewer.web..")
        .check(classes);
  }
}
