import io.micronaut.context.annotation.Factory; // violation

class InputFrameworkImportDefaultPackage {
}
