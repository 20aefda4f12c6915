// Runs after the generated library's 'mvn verify' passed (tests, ArchitectureTest, Checkstyle, coverage gate):
// the defaults chose GitHub Actions and the package com.acme.texttools.
def project = context.projectDir // the plugin passes the generated project as context.projectDir
assert new File(project, '.github/workflows/ci.yml').isFile()
assert !new File(project, '.gitlab-ci.yml').exists()
assert !new File(project, 'Jenkinsfile').exists()
assert new File(project, 'src/main/java/com/acme/texttools/api/Slugifier.java').isFile()
assert new File(project, 'src/main/java/com/acme/texttools/internal/Words.java').isFile()
assert new File(project, 'target/site/jacoco/jacoco.xml').isFile() : 'the coverage gate measured the tests'
assert new File(project, 'target/checkstyle-result.xml').isFile() : 'Checkstyle ran at verify'
assert new File(project, 'target/surefire-reports/TEST-com.acme.texttools.ArchitectureTest.xml').isFile()
def pom = new File(project, 'pom.xml').text
assert !pom.contains('@cairn.rules.version@') : 'the archetype build filled in the Cairn version'
assert pom =~ /<cairn\.version>\d+\.\d+\.\d+(-SNAPSHOT)?<\/cairn\.version>/
assert pom.contains('<minimum>${coverage.minimum}</minimum>')
assert pom.contains('<coverage.minimum>80%</coverage.minimum>')
def workflow = new File(project, '.github/workflows/ci.yml').text
assert workflow.contains('group: ${{ github.workflow }}-${{ github.ref }}')
assert workflow.contains('MAVEN_REPOSITORY_PASSWORD: ${{ secrets.MAVEN_REPOSITORY_PASSWORD }}')
assert workflow.contains("java-version: '17'")
def readme = new File(project, 'README.md').text
assert readme.startsWith('# text-tools\n')
assert readme.contains('Settings > Secrets and variables > Actions')
assert !readme.contains('GitLab CI') && !readme.contains('symbol_')
return true
