package dev.cairn.rules.checkstyle;

import static dev.cairn.rules.checkstyle.CheckVerifier.verify;

import com.puppycrawl.tools.checkstyle.DefaultConfiguration;
import org.junit.jupiter.api.Test;

class FrameworkImportCheckTest {

    private static final String DEFAULT_ALLOWED = "adapter, adapters, config, configuration, infrastructure";

    private static String frameworkImport(String imported, String packageName, String allowed) {
        return "Framework import '" + imported + "' in package '" + packageName + "': framework code belongs in"
            + " an adapter or config package (allowed: " + allowed + "); keep the domain and application plain Java.";
    }

    private static DefaultConfiguration check() {
        return new DefaultConfiguration(FrameworkImportCheck.class.getName());
    }

    @Test
    void flags_framework_imports_in_the_domain() {
        String domain = "com.acme.orders.domain";
        verify(check(), "frameworkimport/InputFrameworkImportDomain.java",
            "3:1: " + frameworkImport("org.springframework.util.Assert.notNull", domain, DEFAULT_ALLOWED),
            "5:1: " + frameworkImport("jakarta.persistence.Entity", domain, DEFAULT_ALLOWED),
            "8:1: " + frameworkImport("javax.inject.Inject", domain, DEFAULT_ALLOWED),
            "10:1: " + frameworkImport("org.springframework.stereotype.Service", domain, DEFAULT_ALLOWED));
    }

    @Test
    void allows_framework_imports_in_adapter_packages() {
        verify(check(), "frameworkimport/InputFrameworkImportAdapter.java");
    }

    @Test
    void allows_framework_imports_in_config_packages() {
        verify(check(), "frameworkimport/InputFrameworkImportConfig.java");
    }

    @Test
    void flags_framework_imports_in_the_default_package() {
        verify(check(), "frameworkimport/InputFrameworkImportDefaultPackage.java",
            "1:1: " + frameworkImport("io.micronaut.context.annotation.Factory", "(default)", DEFAULT_ALLOWED));
    }

    @Test
    void frameworks_and_allowed_packages_are_configurable() {
        DefaultConfiguration check = check();
        check.addProperty("frameworks", "com.vendor");
        check.addProperty("allowedPackages", "com.acme.orders.web, adapter");
        verify(check, "frameworkimport/InputFrameworkImportCustomProperties.java",
            "3:1: " + frameworkImport("com.vendor.sdk.Client", "com.acme.orders.application",
                "com.acme.orders.web, adapter"));
        verify(check, "frameworkimport/InputFrameworkImportCustomAllowedPrefix.java");
    }
}
