package ${package}.model;

/** ${artifactId}, child of ${parentArtifactId}. */
public record Model(String name) {}
