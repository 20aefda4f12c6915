// Runs after the generated project's 'mvn verify' passed: the postgres variant's files are there, the
// password is only a placeholder, and the database tests ran against the server of TEST_DATABASE_URL.
def project = context.projectDir // the plugin passes the generated project as context.projectDir
def base = 'src/main/java/com/acme/orders/'
def tests = 'src/test/java/com/acme/orders/'
[base + 'adapter/out/persistence/JdbcOrderRepository.java',
 base + 'adapter/out/persistence/OrderStorageException.java',
 base + 'config/Database.java',
 base + 'config/DatabaseConfig.java',
 'src/main/resources/db/migration/V1__create_orders.sql',
 'src/main/resources/db/migration/V2__add_orders_placed_at.sql',
 'src/main/resources/db/rollback/U1__create_orders.sql',
 'src/main/resources/db/rollback/U2__add_orders_placed_at.sql',
 tests + 'adapter/out/persistence/JdbcOrderRepositoryTest.java',
 tests + 'adapter/out/persistence/MigrationsTest.java',
 tests + 'adapter/out/persistence/TestDatabase.java',
 tests + 'config/DatabaseConfigTest.java'].each { path ->
    assert new File(project, path).isFile() : "missing $path"
}
def pom = new File(project, 'pom.xml').text
assert pom.contains('<artifactId>postgresql</artifactId>\n      <version>42.7.14</version>')
assert pom.contains('<artifactId>flyway-database-postgresql</artifactId>\n      <version>11.20.3</version>')
def config = new File(project, 'src/main/resources/application.yaml').text
assert config.contains('url: jdbc:postgresql://localhost:5432/orders\n')
assert config.contains('password: ${DB_PASSWORD}\n')
assert new File(project, 'src/main/resources/application-prod.yaml').text.contains('url: ${DB_URL}\n')
assert new File(project, '.env.example').text.contains('\nDB_PASSWORD=\n')
assert new File(project, 'SECRETS.md').text.contains('| `DB_PASSWORD` (or `DB_PASSWORD_FILE`) |')
assert new File(project, 'README.md').text.contains('db/rollback/U2__add_orders_placed_at.sql')
assert new File(project, 'target/lib/postgresql-42.7.14.jar').isFile() : "'java -jar' needs the driver beside the jar"

// the surefire report of each database test: with a server it ran every test, without one none ran
def databaseUrl = System.getenv('TEST_DATABASE_URL')
['JdbcOrderRepositoryTest', 'MigrationsTest', 'WiringTest'].each { test ->
    def pkg = test == 'WiringTest' ? 'config' : 'adapter.out.persistence'
    def report = new File(project, "target/surefire-reports/TEST-com.acme.orders.${pkg}.${test}.xml")
    assert report.isFile() : "no report for $test"
    def suite = (report.text =~ /<testsuite [^>]*/)[0]
    int run = (suite =~ / tests="(\d+)"/)[0][1] as int
    int skipped = (suite =~ / skipped="(\d+)"/)[0][1] as int
    if (databaseUrl) {
        assert run > 0 && skipped == 0 : "$test skipped with TEST_DATABASE_URL set"
    } else {
        // skipped per test, or the whole class aborted in @BeforeAll (surefire then counts no test at all)
        assert skipped > 0 || run == 0 : "$test ran without TEST_DATABASE_URL"
    }
}
return true
