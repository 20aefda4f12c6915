/**
 * How ${artifactId} does its work. Not API: anything here may change in any release, so users never see these
 * types; the API uses them only inside its method bodies.
 */
package ${package}.internal;
