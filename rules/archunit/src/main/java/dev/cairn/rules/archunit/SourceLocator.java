package dev.cairn.rules.archunit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import com.tngtech.archunit.core.Convertible;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.Source;
import com.tngtech.archunit.core.domain.properties.HasSourceCodeLocation;

/**
 * Finds the source file and line of what ArchUnit reports. ArchUnit knows the lines of calls and accesses, but not of
 * field types, annotations or class-level dependencies (it reports line 0); then the source is read for the line of the
 * matching {@code import}, annotation or declaration.
 */
final class SourceLocator {
    private static final Set<String> SKIPPED_FOLDERS = Set.of("target", "build", "node_modules", ".git", ".idea", ".cairn", "out");
    private static final int MAX_DEPTH = 8;

    private final Path projectRoot;
    private List<Path> sourceRoots;
    private final Map<String, Optional<String>> sourcePaths = new HashMap<>();
    private final Map<String, List<String>> sourceLines = new HashMap<>();

    SourceLocator(Path projectRoot) {
        this.projectRoot = projectRoot.toAbsolutePath().normalize();
    }

    /** Where a violation is: the class it belongs to, its source file and the line. */
    record Location(String className, String sourcePath, int line) {
    }

    /**
     * @param objects what ArchUnit reported for one violation (a dependency, an access, a field, a class, a cycle...)
     * @return the location of the first object that has one; never {@code null}
     */
    Location locate(Collection<?> objects) {
        for (Object object : objects) {
            Optional<Location> location = locate(object);
            if (location.isPresent()) {
                return location.get();
            }
        }
        return new Location("", null, 0);
    }

    private Optional<Location> locate(Object object) {
        if (object instanceof Dependency dependency) {
            return Optional.of(dependency(dependency));
        }
        if (object instanceof JavaAccess<?> access) {
            return Optional.of(at(access.getOriginOwner(), access.getLineNumber()));
        }
        if (object instanceof JavaField field) {
            return Optional.of(field(field));
        }
        if (object instanceof JavaCodeUnit codeUnit) {
            return Optional.of(codeUnitDeclaration(codeUnit));
        }
        if (object instanceof JavaMember member) {
            int line = member.getSourceCodeLocation().getLineNumber();
            return Optional.of(line > 0 ? at(member.getOwner(), line) : classDeclaration(member.getOwner()));
        }
        if (object instanceof JavaClass javaClass) {
            return Optional.of(classDeclaration(javaClass));
        }
        if (object instanceof Convertible convertible) {
            // cycles and slice dependencies: point at the first dependency, in a stable order
            return convertible.convertTo(Dependency.class).stream()
                    .min(Comparator.comparing((Dependency d) -> d.getOriginClass().getName())
                            .thenComparing(d -> d.getSourceCodeLocation().getLineNumber())
                            .thenComparing(Dependency::getDescription))
                    .map(this::dependency);
        }
        if (object instanceof HasSourceCodeLocation located) {
            return Optional.of(at(located.getSourceCodeLocation().getSourceClass(), located.getSourceCodeLocation().getLineNumber()));
        }
        return Optional.empty();
    }

    private Location dependency(Dependency dependency) {
        JavaClass origin = dependency.getOriginClass();
        int line = dependency.getSourceCodeLocation().getLineNumber();
        if (line > 0) {
            return at(origin, line);
        }
        List<String> lines = lines(origin);
        JavaClass target = dependency.getTargetClass();
        int found = importLine(lines, target);
        if (found == 0) {
            found = firstMention(lines, target.getName().replace('$', '.'));
        }
        if (found == 0) {
            found = firstWord(lines, target.getSimpleName(), bodyStart(lines));
        }
        return found > 0 ? at(origin, found) : classDeclaration(origin);
    }

    private Location field(JavaField field) {
        List<String> lines = lines(field.getOwner());
        int declaration = firstMatch(lines, Pattern.compile("\\b" + Pattern.quote(field.getName()) + "\\s*[=;,]"), bodyStart(lines));
        if (declaration == 0) {
            return classDeclaration(field.getOwner());
        }
        // the annotation that made it a violation usually sits on a line above the declaration
        int annotationLine = declaration;
        for (int index = declaration - 1; index >= 1; index--) {
            String text = lines.get(index - 1).trim();
            if (text.startsWith("@")) {
                if (namesAnAnnotationOf(text, field)) {
                    annotationLine = index;
                }
            } else if (!text.isEmpty() && !text.startsWith("//") && !text.startsWith("*") && !text.startsWith("/*")) {
                break;
            }
        }
        return at(field.getOwner(), annotationLine);
    }

    private static boolean namesAnAnnotationOf(String text, JavaField field) {
        for (JavaAnnotation<JavaField> annotation : field.getAnnotations()) {
            if (Pattern.compile("@(\\w+\\.)*" + Pattern.quote(annotation.getRawType().getSimpleName()) + "\\b").matcher(text).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * A method's or constructor's declaration. The bytecode knows only the lines of its body, so the declaration is the
     * last line naming it before its first body line; a method without a body (abstract, in an interface) is found by
     * the first line that declares that name.
     */
    private Location codeUnitDeclaration(JavaCodeUnit codeUnit) {
        JavaClass owner = codeUnit.getOwner();
        List<String> lines = lines(owner);
        String name = codeUnit.isConstructor() ? owner.getSimpleName() : codeUnit.getName();
        int bodyLine = codeUnit.getSourceCodeLocation().getLineNumber();
        int declaration = bodyLine > 0
                ? lastMatch(lines, Pattern.compile("\\b" + Pattern.quote(name) + "\\s*\\("), bodyLine)
                : firstMatch(lines, Pattern.compile("[\\w>\\]]\\s+" + Pattern.quote(name) + "\\s*\\("), bodyStart(lines));
        if (declaration > 0) {
            return at(owner, declaration);
        }
        return bodyLine > 0 ? at(owner, bodyLine) : classDeclaration(owner);
    }

    private Location classDeclaration(JavaClass javaClass) {
        List<String> lines = lines(javaClass);
        int line = firstMatch(lines, Pattern.compile("\\b(class|interface|enum|record|@interface)\\s+"
                + Pattern.quote(javaClass.getSimpleName()) + "\\b"), 1);
        return at(javaClass, line);
    }

    private Location at(JavaClass javaClass, int line) {
        return new Location(javaClass.getName(), sourcePath(javaClass).orElse(null), Math.max(line, 0));
    }

    private static int importLine(List<String> lines, JavaClass target) {
        String nested = target.getName().replace('$', '.');
        String outer = target.getName().contains("$") ? target.getName().substring(0, target.getName().indexOf('$')) : nested;
        Pattern single = Pattern.compile("^\\s*import\\s+(static\\s+)?(" + Pattern.quote(nested) + "|" + Pattern.quote(outer) + ")\\s*[;.]");
        Pattern onDemand = Pattern.compile("^\\s*import\\s+" + Pattern.quote(target.getPackageName()) + "\\.\\*\\s*;");
        int found = firstMatch(lines, single, 1);
        return found > 0 ? found : firstMatch(lines, onDemand, 1);
    }

    private static int firstMention(List<String> lines, String text) {
        return firstMatch(lines, Pattern.compile(Pattern.quote(text)), bodyStart(lines));
    }

    private static int firstWord(List<String> lines, String word, int from) {
        return word.isEmpty() ? 0 : firstMatch(lines, Pattern.compile("\\b" + Pattern.quote(word) + "\\b"), from);
    }

    /** @return the first line after the package and import statements */
    private static int bodyStart(List<String> lines) {
        int last = 0;
        for (int index = 0; index < lines.size(); index++) {
            String text = lines.get(index).trim();
            if (text.startsWith("package ") || text.startsWith("import ")) {
                last = index + 1;
            }
        }
        return last + 1;
    }

    private static int firstMatch(List<String> lines, Pattern pattern, int fromLine) {
        for (int index = Math.max(fromLine, 1); index <= lines.size(); index++) {
            String text = lines.get(index - 1).trim();
            if (text.startsWith("//") || text.startsWith("*") || text.startsWith("/*")) {
                continue;
            }
            if (pattern.matcher(lines.get(index - 1)).find()) {
                return index;
            }
        }
        return 0;
    }

    private static int lastMatch(List<String> lines, Pattern pattern, int atOrBeforeLine) {
        for (int index = Math.min(atOrBeforeLine, lines.size()); index >= 1; index--) {
            String text = lines.get(index - 1).trim();
            if (!text.startsWith("//") && !text.startsWith("*") && !text.startsWith("/*") && pattern.matcher(text).find()) {
                return index;
            }
        }
        return 0;
    }

    private List<String> lines(JavaClass javaClass) {
        return sourcePath(javaClass).map(path -> sourceLines.computeIfAbsent(path, this::read)).orElse(List.of());
    }

    private List<String> read(String relativePath) {
        try {
            return Files.readAllLines(projectRoot.resolve(relativePath), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return List.of();
        }
    }

    /** @return the class's source file relative to the project root, '/'-separated, if it is in a source root */
    Optional<String> sourcePath(JavaClass javaClass) {
        return sourcePaths.computeIfAbsent(javaClass.getName(), name -> findSource(javaClass));
    }

    private Optional<String> findSource(JavaClass javaClass) {
        String fileName = javaClass.getSource().flatMap(Source::getFileName)
                .orElseGet(() -> outermostSimpleName(javaClass) + ".java");
        String packagePath = javaClass.getPackageName().replace('.', '/');
        String relative = packagePath.isEmpty() ? fileName : packagePath + "/" + fileName;
        for (Path root : sourceRoots()) {
            Path candidate = root.resolve(relative);
            if (Files.isRegularFile(candidate)) {
                return Optional.of(projectRoot.relativize(candidate).toString().replace('\\', '/'));
            }
        }
        return Optional.empty();
    }

    private static String outermostSimpleName(JavaClass javaClass) {
        String name = javaClass.getName().substring(javaClass.getPackageName().isEmpty() ? 0 : javaClass.getPackageName().length() + 1);
        int nested = name.indexOf('$');
        return nested < 0 ? name : name.substring(0, nested);
    }

    /** @return every {@code src/<set>/java} folder under the project root (modules included), in path order */
    private List<Path> sourceRoots() {
        if (sourceRoots == null) {
            List<Path> found = new ArrayList<>();
            if (Files.isDirectory(projectRoot)) {
                try {
                    Files.walkFileTree(projectRoot, Set.of(), MAX_DEPTH, new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                            if (!dir.equals(projectRoot) && SKIPPED_FOLDERS.contains(dir.getFileName().toString())) {
                                return FileVisitResult.SKIP_SUBTREE;
                            }
                            if (isSourceRoot(dir)) {
                                found.add(dir);
                                return FileVisitResult.SKIP_SUBTREE;
                            }
                            return FileVisitResult.CONTINUE;
                        }
                    });
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot list the sources under " + projectRoot, e);
                }
            }
            found.sort(Comparator.comparing(Path::toString));
            sourceRoots = List.copyOf(found);
        }
        return sourceRoots;
    }

    private static boolean isSourceRoot(Path dir) {
        Path set = dir.getParent();
        Path src = set == null ? null : set.getParent();
        return dir.getFileName().toString().equals("java") && src != null && src.getFileName() != null
                && src.getFileName().toString().equals("src");
    }
}
