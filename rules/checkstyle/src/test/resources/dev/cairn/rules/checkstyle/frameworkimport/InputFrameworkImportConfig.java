package com.acme.orders.config;

import io.micronaut.context.annotation.Factory;
import io.quarkus.runtime.Startup;
import org.springframework.context.annotation.Configuration;

class InputFrameworkImportConfig {
}
