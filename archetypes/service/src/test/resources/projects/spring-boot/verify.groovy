// Runs after the generated project's 'mvn verify' passed (its controller tests and the @SpringBootTest smoke test
// among them): Spring Boot's files are there, the plain variant's are not, and the jar was repackaged by Spring Boot.
def project = context.projectDir // the plugin passes the generated project as context.projectDir
def code = new File(project, 'src/main/java/com/acme/orders')
['adapter/in/web/OrderController.java', 'adapter/in/web/WebErrorHandler.java', 'adapter/in/web/BearerTokenServletFilter.java',
 'config/ServiceApplication.java', 'config/ServiceConfiguration.java'].each { assert new File(code, it).isFile() : it }
['adapter/in/web/WebServer.java', 'adapter/in/web/Exchanges.java', 'adapter/in/web/OrderHttpHandler.java',
 'adapter/in/web/Json.java', 'config/ConfigLoader.java', 'config/Wiring.java'].each { assert !new File(code, it).exists() : it }
assert new File(code, 'Application.java').text.contains('ServiceApplication.start(args);')
assert !new File(code, 'Application.java').text.contains('org.springframework')
assert new File(project, 'src/test/java/com/acme/orders/config/ServiceApplicationTest.java').isFile()
assert !new File(project, 'src/test/java/com/acme/orders/adapter/in/web/WebServerTest.java').exists()
def pom = new File(project, 'pom.xml').text
assert pom.contains('<artifactId>spring-boot-dependencies</artifactId>') && pom.contains('<version>3.5.16</version>')
assert !pom.contains('#if') && !pom.contains('#end')
assert new File(project, 'src/main/resources/application.yaml').text.contains('active: ${APP_ENV:dev}')
assert new File(project, 'src/main/resources/application.yaml').text.contains('token: ${API_TOKEN:}')
def jar = new java.util.jar.JarFile(new File(project, 'target/orders-1.0.0-SNAPSHOT.jar'))
try {
    assert jar.manifest.mainAttributes.getValue('Start-Class') == 'com.acme.orders.Application'
    assert jar.getEntry('BOOT-INF/lib/spring-boot-3.5.16.jar') != null
} finally {
    jar.close()
}
def surefire = new File(project, 'target/surefire-reports')
assert new File(surefire, 'TEST-com.acme.orders.config.ServiceApplicationTest.xml').isFile()
assert new File(surefire, 'TEST-com.acme.orders.adapter.in.web.OrderControllerTest.xml').isFile()
return true
