package dev.cairn.check;

import dev.cairn.rules.checkstyle.SecretMatch;
import dev.cairn.rules.checkstyle.SecretPatterns;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The secret scan over a project's text files, configuration included (YAML, properties, {@code .env}, ...),
 * with the rule pack's {@link SecretPatterns}. Java sources are left to Checkstyle, whose pack has the same
 * patterns in its HardcodedSecretCheck: scanning them here too would report each secret twice. Binary files
 * (a NUL byte in the first 8 KiB) and files over {@value #MAX_BYTES} bytes are skipped: secrets live in text,
 * and big files are data or generated.
 */
public final class SecretScan {

    /** Files larger than this are not scanned. */
    public static final long MAX_BYTES = 1024 * 1024;

    private static final int BINARY_PROBE = 8192;

    private SecretScan() {}

    /**
     * @param files relative to {@code root}, '/'-separated
     * @return findings in no particular order
     */
    public static List<Finding> scan(Path root, List<String> files) throws IOException {
        List<Finding> findings = new ArrayList<>();
        for (String file : files) {
            Path path = root.resolve(file);
            if (Files.size(path) > MAX_BYTES) {
                continue;
            }
            byte[] bytes;
            try (InputStream in = Files.newInputStream(path)) {
                bytes = in.readAllBytes();
            }
            if (!isBinary(bytes)) {
                findings.addAll(findings(file, text(bytes)));
            }
        }
        return findings;
    }

    /** The findings in one file's text. */
    public static List<Finding> findings(String file, String content) {
        List<Finding> findings = new ArrayList<>();
        String name = file.substring(file.lastIndexOf('/') + 1);
        for (SecretMatch match : SecretPatterns.scan(name, content)) {
            findings.add(new Finding(Tool.SECRETS, ruleId(match.kind()), Severity.ERROR, file, match.line(),
                    match.column(), match.message(),
                    "take the secret out of the file and rotate it; read it from the environment or a secret store"
                            + " (a test fixture: list it under secrets.ignore in cairn.yaml)"));
        }
        return findings;
    }

    /**
     * The rule id of a kind of secret, its name in lower case with dashes: {@code AWS access key id} is
     * {@code cairn.secrets.aws-access-key-id}, a secret-like key with a literal value
     * ({@link SecretPatterns#HARDCODED_VALUE}) is {@code cairn.secrets.hardcoded-secret}.
     *
     * @param kind one of {@link SecretPatterns#kinds()}
     */
    public static String ruleId(String kind) {
        return "cairn.secrets." + kind.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }

    static boolean isBinary(byte[] bytes) {
        for (int i = 0; i < Math.min(bytes.length, BINARY_PROBE); i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    /** UTF-8, with anything that is not replaced, so that one stray Latin-1 byte does not hide a file. */
    private static String text(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new IllegalStateException("a replacing decoder does not throw", e);
        }
    }
}
