package cn.chegu.viewer;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The shape of the code: engines are plain Java, tested with {@code new}, free of Spring, SQL and
 * HTTP; Spring lives only in the edge packages named here; packages do not depend on each other in
 * a cycle. Every rule checks at least one class and every package a rule names must exist, so a
 * renamed package makes this test fail instead of passing on nothing (ArchUnit's default {@code
 * failOnEmptyShould} is kept).
 */
class ArchitectureTest {

  private static final String ROOT = "cn.chegu.viewer";

  private static final JavaClasses MAIN =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages(ROOT);

  /**
   * Where Spring may be used: HTTP, storage, and the services that wire engines to the store. Any
   * other package — today's engines and any package added later — must be plain Java.
   */
  static final Set<String> EDGE =
      Set.of(
          "web",
          "store",
          "analysis",
          "imports",
          "indicator",
          "compare",
          "report",
          "ogc",
          "wfs",
          "qgis",
          "scenario");

  /** The computation engines: no Spring, SQL, HTTP, and nothing of the edge packages either. */
  static final Set<String> ENGINES = Set.of("network", "coverage", "siting", "access", "facility");

  @Test
  void everyPackageNamedByARuleExists() {
    Set<String> present =
        MAIN.stream()
            .map(JavaClass::getPackageName)
            .filter(p -> p.startsWith(ROOT + "."))
            .map(p -> p.substring(ROOT.length() + 1).split("\\.")[0])
            .collect(Collectors.toCollection(TreeSet::new));
    assertThat(present).containsAll(EDGE).containsAll(ENGINES);
    // at least one package is neither edge nor engine (io, plan): the general rule bites
    assertThat(present.stream().filter(p -> !EDGE.contains(p) && !ENGINES.contains(p)))
        .isNotEmpty();
  }

  @Test
  void outsideTheEdgeNothingUsesSpringOrServletsOrTheStore() {
    noClasses()
        .that(outsideTheEdge())
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.springframework..",
            "jakarta.servlet..",
            ROOT + ".store..",
            ROOT + ".web..",
            ROOT + ".analysis..")
        .check(MAIN);
  }

  @Test
  void enginesAreFreeOfSpringSqlHttpAndTheEdge() {
    String[] edge = EDGE.stream().map(p -> ROOT + "." + p + "..").toArray(String[]::new);
    String[] forbidden =
        concat(
            new String[] {
              "org.springframework..",
              "java.sql..",
              "javax.sql..",
              "jakarta.servlet..",
              "java.net.http..",
              ROOT + ".io.."
            },
            edge);
    noClasses()
        .that()
        .resideInAnyPackage(ENGINES.stream().map(p -> ROOT + "." + p + "..").toArray(String[]::new))
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(forbidden)
        .check(MAIN);
  }

  @Test
  void onlyTheWebPackageKnowsAboutHttp() {
    noClasses()
        .that()
        .resideOutsideOfPackage(ROOT + ".web..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.springframework.web..", "jakarta.servlet..")
        .check(MAIN);
  }

  @Test
  void packagesAreFreeOfCycles() {
    slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(MAIN);
  }

  private static DescribedPredicate<JavaClass> outsideTheEdge() {
    return DescribedPredicate.describe(
        "reside outside the edge packages " + new TreeSet<>(EDGE) + " and the root package",
        c -> {
          String p = c.getPackageName();
          if (!p.startsWith(ROOT + ".")) {
            return false; // Application, the Spring Boot entry point
          }
          return !EDGE.contains(p.substring(ROOT.length() + 1).split("\\.")[0]);
        });
  }

  private static String[] concat(String[] a, String[] b) {
    String[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
