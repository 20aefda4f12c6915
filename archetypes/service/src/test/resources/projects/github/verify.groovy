// Runs after the generated project's 'mvn verify' passed: the defaults chose GitHub Actions and
// the package com.acme.orders.
def project = context.projectDir // the plugin passes the generated project as context.projectDir
assert new File(project, '.github/workflows/ci.yml').isFile()
assert new File(project, '.github/workflows/template-drift.yml').isFile()
assert !new File(project, '.gitlab-ci.yml').exists()
assert !new File(project, 'Jenkinsfile').exists()
assert new File(project, 'src/main/java/com/acme/orders/Application.java').isFile()
assert new File(project, '.gitignore').text.contains('.env')
def workflow = new File(project, '.github/workflows/ci.yml').text
assert workflow.contains('group: ${{ github.workflow }}-${{ github.ref }}')
assert workflow.contains("java-version: '17'")
new File(project, 'README.md').eachLine { line ->
    assert !line.contains('symbol_') : "an escape was not rendered: $line"
}
assert new File(project, 'README.md').text.startsWith('# orders\n')
assert new File(project, 'README.md').text.contains('\n## Configure\n')
return true
