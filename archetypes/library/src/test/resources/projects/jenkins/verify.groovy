// Runs after the generated library's 'mvn verify' passed as a release version.
def project = context.projectDir
assert new File(project, 'Jenkinsfile').isFile()
assert !new File(project, '.github').exists()
assert !new File(project, '.gitlab-ci.yml').exists()
assert new File(project, 'target/slugs-2.0.0.jar').isFile()
def jenkinsfile = new File(project, 'Jenkinsfile').text
assert jenkinsfile.contains("MAVEN_REPOSITORY = credentials('maven-repository')")
assert jenkinsfile.contains('RELEASE_TAG="$TAG_NAME" sh ci/publish.sh')
assert new File(project, 'README.md').text.contains('Build with\n  Parameters')
return true
