package cn.chegu.viewer;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** DESIGN §2: the engines are plain Java, tested with {@code new}, free of Spring, SQL and HTTP. */
class ArchitectureTest {

  private static final JavaClasses MAIN =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("cn.chegu.viewer");

  @Test
  void enginesAreFreeOfSpringSqlAndHttp() {
    noClasses()
        .that()
        .resideInAnyPackage(
            "cn.chegu.viewer.network..",
            "cn.chegu.viewer.coverage..",
            "cn.chegu.viewer.siting..",
            "cn.chegu.viewer.access..")
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
        .allowEmptyShould(true)
        .check(MAIN);
  }

  @Test
  void onlyTheWebPackageKnowsAboutHttp() {
    noClasses()
        .that()
        .resideOutsideOfPackage("cn.chegu.viewer.web..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.springframework.web..", "jakarta.servlet..")
        .check(MAIN);
  }
}
