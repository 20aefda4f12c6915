package dev.cairn.rules.checkstyle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SecretPatternsTest {

    private static final String HARDCODED = SecretPatterns.HARDCODED_VALUE;

    private static List<SecretMatch> scan(String fixture) throws IOException {
        String content = Files.readString(CheckVerifier.input("secrets/" + fixture), StandardCharsets.UTF_8);
        return SecretPatterns.scan(fixture, content);
    }

    @Test
    void yaml_secret_keys_with_literal_values() throws IOException {
        assertThat(scan("application.yaml"))
            .extracting(SecretMatch::line, SecretMatch::column, SecretMatch::kind)
            .containsExactly(
                tuple(5, 15, HARDCODED),
                tuple(12, 29, HARDCODED),
                tuple(14, 18, HARDCODED));
    }

    @Test
    void yaml_placeholders_references_masks_and_labels_are_not_secrets() throws IOException {
        assertThat(scan("placeholders.yaml")).isEmpty();
    }

    @Test
    void properties_values_keep_their_hash_and_skip_labels_and_prose() throws IOException {
        assertThat(scan("application.properties"))
            .extracting(SecretMatch::line, SecretMatch::column, SecretMatch::kind)
            .containsExactly(
                tuple(3, 28, HARDCODED),
                tuple(4, 21, HARDCODED));
    }

    @Test
    void env_files_flag_default_credentials_but_not_references() throws IOException {
        assertThat(scan(".env"))
            .extracting(SecretMatch::line, SecretMatch::column, SecretMatch::kind)
            .containsExactly(
                tuple(3, 13, HARDCODED),
                tuple(4, 22, HARDCODED));
    }

    @Test
    void example_files_get_only_the_known_format_scan() throws IOException {
        assertThat(scan(".env.example"))
            .extracting(SecretMatch::line, SecretMatch::column, SecretMatch::kind)
            .containsExactly(tuple(4, 19, "AWS access key id"));
    }

    @Test
    void a_known_format_in_any_text_file() throws IOException {
        List<SecretMatch> matches = scan("README.md");

        assertThat(matches)
            .extracting(SecretMatch::line, SecretMatch::column, SecretMatch::kind)
            .containsExactly(tuple(7, 48, "AWS access key id"));
        assertThat(matches.get(0).message())
            .isEqualTo("AWS access key id in plain text: remove it, rotate it, and read it at runtime from the"
                + " environment or a mounted secret file");
    }

    @Test
    void a_pem_private_key_block_is_one_finding_on_its_first_line() throws IOException {
        assertThat(scan("deploy-key.pem"))
            .extracting(SecretMatch::line, SecretMatch::column, SecretMatch::kind)
            .containsExactly(tuple(1, 1, "private key"));
    }

    @Test
    void json_pairs() throws IOException {
        assertThat(scan("settings.json"))
            .extracting(SecretMatch::line, SecretMatch::column, SecretMatch::kind)
            .containsExactly(tuple(2, 48, HARDCODED));
    }

    @Test
    void the_message_names_the_key_and_the_environment_variable_to_use() throws IOException {
        assertThat(scan("application.yaml").get(0).message())
            .isEqualTo("'password' has a literal secret value: reference an environment variable instead"
                + " (e.g. ${PASSWORD}) or read it from a mounted secret file");
    }

    // Token-shaped strings are assembled here, not written whole, so that no secret scanner mistakes
    // this repository for a leak.
    @ParameterizedTest
    @CsvSource({
        "AWS access key id, AKIA, IOSFODNN7EXAMPLE",
        "GitHub token, ghp_, 0123456789abcdefghijABCDEFGHIJ012345",
        "Slack token, xoxb-, 1234567890-0987654321-AbCdEfGhIjKlMnOpQrStUvWx",
        "Google API key, AIza, SyA-0123456789abcdefghijABCDEFGHIJ_",
        "Stripe secret key, sk_live_, 4eC39HqLyjWDarjtT1zdp7dc",
        "private key, -----BEGIN EC PRIVATE, ' KEY-----'",
        "JSON Web Token, eyJhbGciOiJIUzI1NiJ9., eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0",
        "password in a URL, 'amqp://orders:', s3cr3t@mq.internal:5672"
    })
    void known_formats_are_named(String format, String prefix, String rest) {
        assertThat(SecretPatterns.knownFormat("value = " + prefix + rest + ";")).contains(format);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "", "AKIA-not-a-key", "-----BEGIN PUBLIC KEY-----", "https://example.com/orders?page=2",
        "jdbc:postgresql://db.internal:5432/orders", "postgres://orders:${DB_PASSWORD}@db/orders",
        "ghp_tooShort", "eyJhbGciOiJIUzI1NiJ9"})
    void ordinary_text_has_no_known_format(String text) {
        assertThat(SecretPatterns.knownFormat(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "password", "dbPassword", "DB_PASSWORD", "spring.datasource.password", "client-secret", "clientSecret",
        "apiKey", "API_KEY", "private_key", "signing-key", "accessToken", "passwd", "credentials", "jwt.secret"})
    void secret_like_names(String name) {
        assertThat(SecretPatterns.isSecretLikeName(name)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "key", "cacheKey", "PASSWORD_KEY", "passwordField", "token-ttl", "secret.file", "jwt.secret.location",
        "TOKEN_HEADER", "username", "tokenizer", "keyboard", "passwordHint", "monkey", ""})
    void names_that_are_not_secrets(String name) {
        assertThat(SecretPatterns.isSecretLikeName(name)).isFalse();
    }

    /** Rule ids are what baselines and suppressions key on: stable, lower case, no spaces. */
    @ParameterizedTest
    @CsvSource({
        "AWS access key id, cairn.secrets.aws-access-key-id",
        "private key, cairn.secrets.private-key",
        "password in a URL, cairn.secrets.password-in-a-url",
        "hardcoded secret, cairn.secrets.hardcoded"})
    void each_kind_has_a_stable_rule_id(String kind, String id) {
        assertThat(new SecretMatch(1, 1, kind, "m").ruleId()).isEqualTo(id);
    }
}
