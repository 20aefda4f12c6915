package dev.cairn.rules.archunit;

import static com.tngtech.archunit.core.domain.JavaModifier.BRIDGE;
import static com.tngtech.archunit.core.domain.JavaModifier.FINAL;
import static com.tngtech.archunit.core.domain.JavaModifier.PROTECTED;
import static com.tngtech.archunit.core.domain.JavaModifier.PUBLIC;
import static com.tngtech.archunit.core.domain.JavaModifier.SYNTHETIC;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.domain.PackageMatchers;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * What a class shows to code outside its package: its supertypes and type parameters, and the signatures (types,
 * parameters, return types, type parameters, thrown exceptions) of its public members and, unless it is final, its
 * protected ones. Method bodies are not part of it: an API factory may well create an internal implementation.
 */
final class PublicSignatures {
    /** Classes code in other packages can name: public, or protected nested ones, inside such classes. */
    static final DescribedPredicate<JavaClass> VISIBLE_OUTSIDE_THEIR_PACKAGE =
            DescribedPredicate.describe("are visible outside their package", PublicSignatures::isVisible);

    private PublicSignatures() {
    }

    /**
     * @param packages ArchUnit package patterns, e.g. {@code com.acme..internal..}
     * @return a condition that reports each supertype, type parameter and visible member whose signature names a class
     *         in one of {@code packages}, once, with every such class it names
     */
    static ArchCondition<JavaClass> nameNoTypeIn(Collection<String> packages) {
        PackageMatchers hidden = PackageMatchers.of(packages);
        return new ArchCondition<>("not name types of " + String.join(", ", packages) + " in their public signatures") {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                Set<String> inHeader = hiddenNames(hidden, Stream.concat(
                        Stream.concat(javaClass.getSuperclass().stream(), javaClass.getInterfaces().stream()),
                        javaClass.getTypeParameters().stream()));
                if (!inHeader.isEmpty()) {
                    events.add(SimpleConditionEvent.violated(javaClass, "Class <" + javaClass.getName()
                            + "> exposes internal " + listed(inHeader) + " in its declaration"));
                }
                boolean protectedIsVisible = !javaClass.getModifiers().contains(FINAL);
                for (JavaMember member : javaClass.getMembers()) {
                    if (isVisible(member, protectedIsVisible)) {
                        Set<String> named = hiddenNames(hidden, signature(member));
                        if (!named.isEmpty()) {
                            events.add(SimpleConditionEvent.violated(member,
                                    member.getDescription() + " exposes internal " + listed(named) + " in its signature"));
                        }
                    }
                }
            }
        };
    }

    private static boolean isVisible(JavaClass javaClass) {
        Set<?> modifiers = javaClass.getModifiers();
        boolean nested = javaClass.getEnclosingClass().isPresent();
        boolean visible = modifiers.contains(PUBLIC) || nested && modifiers.contains(PROTECTED);
        return visible && javaClass.getEnclosingClass().map(PublicSignatures::isVisible).orElse(true);
    }

    private static boolean isVisible(JavaMember member, boolean protectedIsVisible) {
        Set<?> modifiers = member.getModifiers();
        if (modifiers.contains(SYNTHETIC) || modifiers.contains(BRIDGE)) {
            return false; // written by the compiler (lambdas, bridges, enum helpers): nobody calls them by name
        }
        return modifiers.contains(PUBLIC) || protectedIsVisible && modifiers.contains(PROTECTED);
    }

    private static Stream<JavaType> signature(JavaMember member) {
        if (member instanceof JavaField field) {
            return Stream.of(field.getType());
        }
        JavaCodeUnit codeUnit = (JavaCodeUnit) member;
        return Stream.of(Stream.of(codeUnit.getReturnType()), codeUnit.getParameterTypes().stream(),
                codeUnit.getTypeParameters().stream(), codeUnit.getExceptionTypes().stream()).flatMap(types -> types);
    }

    /** @return the names of the classes in {@code hidden} packages among the raw types of {@code types}, sorted */
    private static Set<String> hiddenNames(PackageMatchers hidden, Stream<? extends JavaType> types) {
        Set<String> names = new TreeSet<>();
        types.flatMap(type -> type.getAllInvolvedRawTypes().stream())
                .map(JavaClass::getBaseComponentType)
                .filter(raw -> hidden.test(raw.getPackageName()))
                .forEach(raw -> names.add(raw.getName()));
        return names;
    }

    private static String listed(Set<String> names) {
        return (names.size() == 1 ? "type " : "types ") + names.stream().map(name -> "<" + name + ">").reduce((a, b) -> a + ", " + b).orElse("");
    }
}
