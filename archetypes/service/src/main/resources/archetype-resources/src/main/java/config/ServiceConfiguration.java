package ${package}.config;

import ${package}.adapter.in.web.BearerTokenServletFilter;
import ${package}.adapter.in.web.OrderController;
import ${package}.adapter.in.web.WebErrorHandler;
import ${package}.adapter.out.flags.ConfiguredFeatureFlags;
#if( $persistence == 'postgres' )
import ${package}.adapter.out.persistence.JdbcOrderRepository;
#else
import ${package}.adapter.out.persistence.InMemoryOrderRepository;
#end
import ${package}.application.FindOrder;
import ${package}.application.PlaceOrder;
import ${package}.application.port.FeatureFlags;
import ${package}.application.port.OrderIds;
import ${package}.application.port.OrderRepository;
import ${package}.domain.OrderId;
import ${package}.domain.OrderPricing;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
#if( $persistence == 'postgres' )
import javax.sql.DataSource;
#end
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
#if( $persistence == 'postgres' )
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
#end
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Builds the object graph: the one place that knows every layer. The domain and the use cases are plain Java and
 * become beans here; adapters are chosen here, so swapping the in-memory repository for a database one changes this
 * class and nothing inside.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({PricingProperties.class, ApiProperties.class})
public class ServiceConfiguration {

    private static final String FEATURES = "features";

#if( $persistence == 'postgres' )
    /** Orders in PostgreSQL, through Spring Boot's connection pool, once Flyway has migrated the schema. */
    @Bean
    @DependsOnDatabaseInitialization
    OrderRepository orderRepository(DataSource dataSource) {
        return new JdbcOrderRepository(dataSource);
    }
#else
    @Bean
    OrderRepository orderRepository() {
        return new InMemoryOrderRepository();
    }
#end

    @Bean
    OrderIds orderIds() {
        return () -> new OrderId(UUID.randomUUID().toString());
    }

    @Bean
    OrderPricing orderPricing(PricingProperties pricing) {
        return new OrderPricing(pricing.bulkQuantity(), pricing.bulkDiscountPercent());
    }

    /**
     * The flags of {@code features.*}, as the active profile's application-ENV.yaml sets them. The names come from
     * the files; each value is looked up by its full key, so that {@code FEATURES_BULK_DISCOUNT} overrides
     * {@code features.bulk-discount} as in the plain variant (bound as a map, the variable would be a flag named
     * {@code bulk.discount}).
     */
    @Bean
    FeatureFlags featureFlags(Environment environment) {
        Map<String, Boolean> flags = new TreeMap<>();
        for (String name : Binder.get(environment).bind(FEATURES, Bindable.mapOf(String.class, String.class))
                .orElse(Map.of()).keySet()) {
            flags.put(name, environment.getRequiredProperty(FEATURES + "." + name, Boolean.class));
        }
        return new ConfiguredFeatureFlags(flags);
    }

    @Bean
    PlaceOrder placeOrder(OrderRepository orders, OrderIds ids, OrderPricing pricing, FeatureFlags features) {
        return new PlaceOrder(orders, ids, pricing, features);
    }

    @Bean
    FindOrder findOrder(OrderRepository orders) {
        return new FindOrder(orders);
    }

    @Bean
    OrderController orderController(PlaceOrder placeOrder, FindOrder findOrder) {
        return new OrderController(placeOrder, findOrder);
    }

    @Bean
    WebErrorHandler webErrorHandler() {
        return new WebErrorHandler();
    }

    /** When {@code API_TOKEN} is set, {@code /orders} requires it, whatever {@code api.token-required} says. */
    @Bean
    @Conditional(ApiTokenIsSet.class)
    FilterRegistrationBean<BearerTokenServletFilter> bearerTokenFilter(ApiProperties api) {
        FilterRegistrationBean<BearerTokenServletFilter> registration =
                new FilterRegistrationBean<>(new BearerTokenServletFilter(api.tokenIfSet().orElseThrow()));
        registration.addUrlPatterns("/orders", "/orders/*");
        return registration;
    }

    /** {@code api.token} has a value that is not blank: from {@code API_TOKEN} or a mounted secret file. */
    static final class ApiTokenIsSet implements Condition {

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            String token = context.getEnvironment().getProperty(ApiProperties.TOKEN_KEY);
            return token != null && !token.isBlank();
        }
    }
}
