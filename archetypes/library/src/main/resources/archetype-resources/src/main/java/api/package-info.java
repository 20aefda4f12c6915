/**
 * The API of ${artifactId}: what its users compile against. Start with {@link ${package}.api.Slugifier}.
 *
 * <p>Nothing here names a type of {@code ${package}.internal} in a public signature; the build checks it
 * ({@code ArchitectureTest}, rule {@code cairn.layers.internal-not-exposed}).
 */
package ${package}.api;
