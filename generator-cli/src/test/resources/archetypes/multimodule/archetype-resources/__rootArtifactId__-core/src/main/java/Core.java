package ${package};

/** ${artifactId} in ${rootArtifactId}, child of ${parentArtifactId}. */
public class Core {}
