package dev.cairn.rules.archunit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;

/**
 * Where the project's code and its layers live: the base package (configured, or the longest common package of the
 * analysed classes) and the package patterns of each hexagonal layer and of the internal (implementation) packages
 * (configured, or conventional names under the base).
 */
record ProjectLayout(String basePackage, List<String> domain, List<String> application, List<String> adapters,
                     List<String> config, List<String> internal) {

    static ProjectLayout of(CairnConfig config, JavaClasses classes) {
        String base = config.basePackage().orElseGet(() -> commonPackage(classes.stream().map(JavaClass::getPackageName).toList()));
        CairnConfig.Layers layers = config.layers();
        return new ProjectLayout(base,
                orConventional(layers.domain(), base, "domain"),
                orConventional(layers.application(), base, "application"),
                orConventional(layers.adapters(), base, "adapter", "adapters", "infrastructure"),
                orConventional(layers.config(), base, "config", "configuration"),
                orConventional(layers.internal(), base, "internal"));
    }

    /** @return the longest package that holds every given package, {@code ""} if they share none */
    static String commonPackage(Collection<String> packageNames) {
        List<String> common = null;
        for (String packageName : packageNames) {
            List<String> segments = packageName.isEmpty() ? List.of() : Arrays.asList(packageName.split("\\."));
            if (common == null) {
                common = new ArrayList<>(segments);
                continue;
            }
            int shared = 0;
            while (shared < common.size() && shared < segments.size() && common.get(shared).equals(segments.get(shared))) {
                shared++;
            }
            common = new ArrayList<>(common.subList(0, shared));
        }
        return common == null ? "" : String.join(".", common);
    }

    private static List<String> orConventional(List<String> configured, String base, String... names) {
        if (!configured.isEmpty()) {
            return configured;
        }
        return Stream.of(names).map(name -> (base.isEmpty() ? ".." : base + "..") + name + "..").toList();
    }

    /** @return the pattern of every project class */
    String project() {
        return base().isEmpty() ? ".." : base() + "..";
    }

    private String base() {
        return basePackage;
    }

    /** @return adapters and config, where frameworks belong */
    List<String> frameworkHomes() {
        return Stream.concat(adapters.stream(), config.stream()).toList();
    }
}
