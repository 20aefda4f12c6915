// Runs after the generated project's 'mvn verify' passed: Jenkins chosen, package without the dash.
def project = context.projectDir // the plugin passes the generated project as context.projectDir
assert new File(project, 'Jenkinsfile').isFile()
assert !new File(project, '.github').exists()
assert !new File(project, '.gitlab-ci.yml').exists()
assert new File(project, 'src/main/java/com/acme/orderservice/Application.java').isFile()
assert new File(project, 'Jenkinsfile').text.contains("image 'maven:3.9-eclipse-temurin-17'")
assert new File(project, 'src/main/resources/application.yaml').text.contains('name: order-service')
return true
