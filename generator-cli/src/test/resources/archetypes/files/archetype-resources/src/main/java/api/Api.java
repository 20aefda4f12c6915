package ${package}.api;

public interface Api {
    int PORT = ${port};
}
