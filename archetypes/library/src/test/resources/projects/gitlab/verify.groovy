// Runs after the generated library's 'mvn verify' passed with coverage-min=95 and its own package.
def project = context.projectDir
assert new File(project, '.gitlab-ci.yml').isFile()
assert !new File(project, '.github').exists()
assert !new File(project, 'Jenkinsfile').exists()
assert new File(project, 'src/main/java/com/acme/text/slugs/api/Slugifier.java').isFile()
assert new File(project, 'cairn.yaml').text.contains('internal: com.acme.text.slugs.internal..')
assert new File(project, 'pom.xml').text.contains('<coverage.minimum>95%</coverage.minimum>')
def pipeline = new File(project, '.gitlab-ci.yml').text
assert pipeline.contains('- if: $CI_COMMIT_TAG =~ /^v/')
assert pipeline.contains('MAVEN_OPTS: "-Dmaven.repo.local=$CI_PROJECT_DIR/.m2/repository"')
assert new File(project, 'README.md').text.contains('masked, protected variables')
return true
