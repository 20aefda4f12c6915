package ${package};

/** ${serviceName} says ${greeting}. */
public class App {
}
