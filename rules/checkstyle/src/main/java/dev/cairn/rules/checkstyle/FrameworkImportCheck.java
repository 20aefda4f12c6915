package dev.cairn.rules.checkstyle;

import com.puppycrawl.tools.checkstyle.api.AbstractCheck;
import com.puppycrawl.tools.checkstyle.api.DetailAST;
import com.puppycrawl.tools.checkstyle.api.FullIdent;
import com.puppycrawl.tools.checkstyle.api.TokenTypes;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Flags imports (and static imports) of framework packages in files outside adapter and config
 * packages: the source-level twin of Cairn's ArchUnit framework-isolation rule, so it works before
 * anything compiles and on code that does not.
 *
 * <p>Properties:
 * <ul>
 *   <li>{@code frameworks}: package prefixes that are framework code. Default: Spring
 *       ({@code org.springframework}), Jakarta EE ({@code jakarta}, and the old {@code javax.persistence},
 *       {@code javax.ejb}, {@code javax.inject}, {@code javax.ws.rs}, {@code javax.servlet},
 *       {@code javax.enterprise}), Micronaut ({@code io.micronaut}), Quarkus ({@code io.quarkus}) and
 *       Hibernate ({@code org.hibernate}).</li>
 *   <li>{@code allowedPackages}: where framework code may live. An entry without a dot is a package
 *       segment ({@code adapter} allows {@code com.acme.orders.adapter.web}); an entry with a dot is a
 *       package prefix ({@code com.acme.orders.web}). Default: the segments {@code adapter},
 *       {@code adapters}, {@code config}, {@code configuration}, {@code infrastructure}.</li>
 * </ul>
 *
 * <p>Rationale: the domain and application layers should run without a container, so that they can
 * be tested in milliseconds and outlive the framework; only adapters and configuration talk to it.
 *
 * <p>Cairn's configurations give this check the id {@code cairn.frameworks.import}.
 */
public final class FrameworkImportCheck extends AbstractCheck {

    /** Message key; arguments: the import, the file's package, the allowed packages. */
    public static final String MSG_FRAMEWORK_IMPORT = "cairn.framework.import";

    /** The default of the {@code frameworks} property. */
    public static final List<String> DEFAULT_FRAMEWORKS = List.of(
        "org.springframework", "jakarta", "javax.persistence", "javax.ejb", "javax.inject", "javax.ws.rs",
        "javax.servlet", "javax.enterprise", "io.micronaut", "io.quarkus", "org.hibernate");

    /** The default of the {@code allowedPackages} property. */
    public static final List<String> DEFAULT_ALLOWED_PACKAGES = List.of(
        "adapter", "adapters", "config", "configuration", "infrastructure");

    private List<String> frameworks = DEFAULT_FRAMEWORKS;
    private List<String> allowedPackages = DEFAULT_ALLOWED_PACKAGES;
    private String packageName = "";

    /**
     * Sets the framework package prefixes.
     *
     * @param frameworks package names; an import of one of them or of anything below it is flagged
     */
    public void setFrameworks(String... frameworks) {
        this.frameworks = cleaned(frameworks);
    }

    /**
     * Sets where framework imports are allowed.
     *
     * @param allowedPackages package segments (no dot) or package prefixes (with a dot)
     */
    public void setAllowedPackages(String... allowedPackages) {
        this.allowedPackages = cleaned(allowedPackages);
    }

    @Override
    public int[] getDefaultTokens() {
        return getRequiredTokens();
    }

    @Override
    public int[] getAcceptableTokens() {
        return getRequiredTokens();
    }

    @Override
    public int[] getRequiredTokens() {
        return new int[] {TokenTypes.PACKAGE_DEF, TokenTypes.IMPORT, TokenTypes.STATIC_IMPORT};
    }

    @Override
    public void beginTree(DetailAST rootAst) {
        packageName = "";
    }

    @Override
    public void visitToken(DetailAST ast) {
        // The package clause comes before the imports, so the package is known when they are visited.
        if (ast.getType() == TokenTypes.PACKAGE_DEF) {
            packageName = FullIdent.createFullIdent(ast.getLastChild().getPreviousSibling()).getText();
            return;
        }
        String imported = importedName(ast);
        if (isFramework(imported) && !isAllowedPackage(packageName)) {
            log(ast, MSG_FRAMEWORK_IMPORT, imported, packageName.isEmpty() ? "(default)" : packageName,
                String.join(", ", allowedPackages));
        }
    }

    private static String importedName(DetailAST importAst) {
        if (importAst.getType() == TokenTypes.STATIC_IMPORT) {
            // children: LITERAL_STATIC, the name, SEMI
            return FullIdent.createFullIdent(importAst.getFirstChild().getNextSibling()).getText();
        }
        return FullIdent.createFullIdentBelow(importAst).getText();
    }

    private boolean isFramework(String imported) {
        return frameworks.stream().anyMatch(framework -> isAtOrBelow(imported, framework));
    }

    private boolean isAllowedPackage(String name) {
        Set<String> segments = Set.of(name.split("\\."));
        return allowedPackages.stream().anyMatch(allowed -> allowed.contains(".")
            ? isAtOrBelow(name, allowed)
            : segments.contains(allowed));
    }

    private static boolean isAtOrBelow(String name, String packagePrefix) {
        return name.equals(packagePrefix) || name.startsWith(packagePrefix + ".");
    }

    private static List<String> cleaned(String... values) {
        return Arrays.stream(values).map(String::strip).filter(value -> !value.isEmpty())
            .collect(Collectors.toUnmodifiableList());
    }
}
