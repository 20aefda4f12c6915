package ${package}.adapter.out.memory;

public class MemoryStore {
}
