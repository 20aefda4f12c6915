package dev.cairn.rules.checkstyle;

import static dev.cairn.rules.checkstyle.CheckVerifier.verify;

import com.puppycrawl.tools.checkstyle.DefaultConfiguration;
import org.junit.jupiter.api.Test;

class HardcodedSecretCheckTest {

    private static String hardcoded(String name) {
        return "Hardcoded secret in '" + name + "': read it at runtime from the environment (System.getenv)"
            + " or a mounted secret file, never from the source.";
    }

    private static String knownFormat(String format) {
        return format + " in a string literal: remove it, rotate it, and read it at runtime from the"
            + " environment or a mounted secret file.";
    }

    private static DefaultConfiguration check() {
        return new DefaultConfiguration(HardcodedSecretCheck.class.getName());
    }

    @Test
    void flags_literals_assigned_to_secret_like_names() {
        verify(check(), "hardcodedsecret/InputHardcodedSecretAssignments.java",
            "4:47: " + hardcoded("DB_PASSWORD"),
            "5:31: " + hardcoded("password"),
            "9:25: " + hardcoded("apiKey"),
            "10:29: " + hardcoded("clientSecret"),
            "11:20: " + hardcoded("password"));
    }

    @Test
    void flags_literals_compared_with_secret_like_names_either_way_round() {
        verify(check(), "hardcodedsecret/InputHardcodedSecretComparisons.java",
            "7:32: " + hardcoded("password"),
            "8:16: " + hardcoded("getPassword"),
            "9:39: " + hardcoded("token"),
            "10:39: " + hardcoded("secret"));
    }

    @Test
    void flags_literal_values_of_secret_like_keys() {
        verify(check(), "hardcodedsecret/InputHardcodedSecretKeyValues.java",
            "8:34: " + hardcoded("db.password"),
            "9:62: " + hardcoded("javax.net.ssl.keyStorePassword"));
    }

    @Test
    void flags_known_key_formats_whatever_the_name() {
        verify(check(), "hardcodedsecret/InputHardcodedSecretKnownFormats.java",
            "4:34: " + knownFormat("AWS access key id"),
            "5:31: " + knownFormat("private key"),
            "6:35: " + knownFormat("JSON Web Token"),
            "7:34: " + knownFormat("password in a URL"),
            "11:9: " + knownFormat("private key"));
    }

    @Test
    void leaves_placeholders_environment_lookups_labels_and_prose_alone() {
        verify(check(), "hardcodedsecret/InputHardcodedSecretCompliant.java");
    }
}
