package dev.cairn;

import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.junit.LocationProvider;
import dev.cairn.rules.archunit.CairnRules;
import java.net.URISyntaxException;
import java.util.Set;

/**
 * Cairn checks itself with its own ArchUnit pack, configured by {@code generator-cli/cairn.yaml}:
 * {@code cli -> features -> template}, picocli only in the command line, no cycles, Cairn's coding
 * rules. Only this module's main classes are imported: picocli is compiled from source into them but
 * lives outside {@code dev.cairn}, and the rule packs (also {@code dev.cairn..}) are checked in their
 * own modules.
 */
@AnalyzeClasses(locations = ArchitectureTest.MainClasses.class)
class ArchitectureTest {

    @ArchTest
    static final ArchTests CAIRN = CairnRules.fromConfig();

    /** {@code generator-cli/target/classes}: where {@link CairnException} was loaded from. */
    static final class MainClasses implements LocationProvider {
        @Override
        public Set<Location> get(Class<?> testClass) {
            try {
                return Set.of(Location.of(CairnException.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
            } catch (URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
