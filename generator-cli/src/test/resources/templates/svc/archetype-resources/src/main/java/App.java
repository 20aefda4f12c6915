package ${package};

/** ${serviceName}, on ${framework}. */
public class App {
}
