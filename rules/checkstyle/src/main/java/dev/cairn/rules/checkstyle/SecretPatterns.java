package dev.cairn.rules.checkstyle;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cairn's secret heuristics, in one place: {@link HardcodedSecretCheck} uses them on Java string
 * literals, and {@code cairn check} on every other text file of a project.
 *
 * <p>Two kinds of finding:
 * <ul>
 *   <li>a <em>known format</em> anywhere in the text: AWS access key ids, PEM private keys, GitHub,
 *       Slack and Stripe tokens, Google API keys, JWTs, credentials inside a URL;</li>
 *   <li>a <em>hardcoded value</em>: a secret-like name ({@code password}, {@code client-secret},
 *       {@code apiKey}, ...) given a literal value in a YAML, {@code .properties}, {@code .env},
 *       JSON or INI-style file.</li>
 * </ul>
 *
 * <p>Not findings, because they are how secrets should be written: empty values, placeholders
 * ({@code ${DB_PASSWORD}}, {@code <password>}, {@code {{ token }}}, {@code $TOKEN}, masks like
 * {@code ****}), encrypted values ({@code ENC(...)}), environment variable names
 * ({@code DB_PASSWORD}), labels ({@code "Password:"}) and prose. Files named as examples
 * ({@code .env.example}, {@code application.yaml.sample}, {@code *.template}, {@code *.dist}) get only the
 * known-format scan, since their values are meant to be replaced. {@code changeme} is a finding:
 * default credentials committed to a repository are how they reach production.
 *
 * <p>All methods are pure and thread-safe.
 */
public final class SecretPatterns {

    /** {@link SecretMatch#kind()} of a secret-like key with a literal value. */
    public static final String HARDCODED_VALUE = "hardcoded secret";

    private record KnownFormat(String name, Pattern pattern) {
    }

    // Ordered from most to least specific: the first format that matches names the finding.
    private static final List<KnownFormat> KNOWN_FORMATS = List.of(
        new KnownFormat("private key", Pattern.compile("-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----")),
        new KnownFormat("AWS access key id", Pattern.compile(
            "(?<![A-Z0-9])(?:AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16}(?![A-Z0-9])")),
        new KnownFormat("GitHub token", Pattern.compile(
            "(?<![A-Za-z0-9_])(?:gh[pousr]_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9_]{82})(?![A-Za-z0-9_])")),
        new KnownFormat("Slack token", Pattern.compile(
            "(?<![A-Za-z0-9])xox[abposr]-[A-Za-z0-9]{8,}(?:-[A-Za-z0-9]+)+")),
        new KnownFormat("Slack webhook URL", Pattern.compile(
            "https://hooks\\.slack\\.com/services/T[A-Z0-9]+/B[A-Z0-9]+/[A-Za-z0-9]{16,}")),
        new KnownFormat("Google API key", Pattern.compile("(?<![A-Za-z0-9_-])AIza[0-9A-Za-z_-]{35}(?![A-Za-z0-9_-])")),
        new KnownFormat("Stripe secret key", Pattern.compile("(?<![A-Za-z0-9])[sr]k_live_[0-9A-Za-z]{20,}")),
        new KnownFormat("JSON Web Token", Pattern.compile(
            "(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{8,}\\.eyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{16,}")),
        // user:password@host; a placeholder or reference as the password (${X}, $X, <x>, {x}) is fine
        new KnownFormat("password in a URL", Pattern.compile(
            "[A-Za-z][A-Za-z0-9+.-]*://[^/\\s:@\"'$<{]+:(?![$<{*%])[^/\\s:@\"']+@[A-Za-z0-9.-]+")));

    private static final Set<String> SECRET_WORDS = Set.of(
        "password", "passwords", "passwd", "pwd", "passphrase", "secret", "secrets", "token", "tokens",
        "credential", "credentials", "apikey", "accesskey", "secretkey", "privatekey", "clientsecret");

    // "<qualifier> key" is a secret (apiKey, private_key, signing-key); "key" alone is a map key or a name.
    private static final Set<String> SECRET_KEY_QUALIFIERS = Set.of(
        "api", "access", "secret", "private", "signing", "encryption", "master", "auth", "hmac", "client");

    private static final Set<String> LABEL_WORDS = union(SECRET_WORDS, SECRET_KEY_QUALIFIERS, Set.of("key"));

    // A secret-like name ending in one of these names something about a secret, not the secret itself:
    // PASSWORD_KEY, passwordField, token-ttl, secret.file, jwt.secret.location.
    private static final Set<String> NOT_A_SECRET_LAST_WORDS = Set.of(
        "key", "keys", "name", "names", "label", "field", "prop", "property", "properties", "env", "var",
        "variable", "header", "param", "parameter", "path", "file", "dir", "location", "url", "uri",
        "endpoint", "host", "port", "pattern", "regex", "policy", "length", "len", "size", "min", "max",
        "hint", "prompt", "placeholder", "message", "msg", "text", "title", "id", "type", "count", "expiry",
        "expiration", "expires", "ttl", "timeout", "validity", "days", "hours", "minutes", "seconds",
        "enabled", "required", "algorithm", "alg", "format", "provider", "mode", "strategy", "encoder",
        "manager", "service", "store", "cache", "issuer", "audience", "scope", "prefix", "suffix", "ref",
        "reference", "attribute", "column", "class", "error", "mapper", "parser", "generator", "validator",
        "filter", "handler", "repository", "request", "response", "event", "user", "username", "rules",
        "storage", "source", "version", "mask");

    private static final Pattern WORD_SEPARATOR = Pattern.compile(
        "[^A-Za-z0-9]+|(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])");

    private static final Pattern ENV_VAR_NAME = Pattern.compile("[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+");
    private static final Pattern DOTTED_PROPERTY_NAME = Pattern.compile("[a-z][a-z0-9-]*(?:\\.[a-z0-9-]+)+");
    private static final Pattern LETTERS_ONLY_NAME = Pattern.compile("[A-Za-z][A-Za-z_-]*:?");
    private static final Pattern PLACEHOLDER = Pattern.compile(
        ".*(?:\\$\\{|#\\{|\\{\\{|\\{%).*"    // ${X}, #{x}, {{ x }}, {% x %} anywhere in the value
            + "|<[^>]*>"                      // <password>
            + "|\\{[A-Za-z0-9_.-]+}"          // {token}
            + "|\\$[A-Za-z_][A-Za-z0-9_]*"    // $TOKEN
            + "|\\$\\(.*\\)"                  // $(pass show db)
            + "|%[A-Za-z_][A-Za-z0-9_]*%"     // %TOKEN%
            + "|ENC\\(.*\\)"                  // Jasypt ciphertext
            + "|[*xX.#_-]+");                 // ****, xxxx
    // ...and empty YAML/JSON collections: "secrets: []" in a file that lists no secret
    private static final Set<String> NON_VALUES = Set.of("null", "none", "nil", "~", "true", "false", "undefined", "[]", "{}");

    private static final Pattern PROPERTIES_LINE = Pattern.compile(
        "\\s*(?<key>[^\\s=:#!][^=:\\s]*)\\s*[=:]\\s*(?<value>.*)");
    private static final Pattern YAML_LINE = Pattern.compile(
        "\\s*(?:-\\s+)?(?<quote>[\"']?)(?<key>[^\"'\\s:#{\\[][^:#]*?)\\k<quote>\\s*:(?:\\s+(?<value>.*))?");
    private static final Pattern ENV_LINE = Pattern.compile(
        "\\s*(?:export\\s+)?(?<key>[A-Za-z_][A-Za-z0-9_.-]*)\\s*=\\s*(?<value>.*)");
    private static final Pattern INI_LINE = Pattern.compile(
        "\\s*(?<key>[A-Za-z0-9_.\\-\"]+)\\s*[=:]\\s*(?<value>.*)");
    private static final Pattern JSON_PAIR = Pattern.compile("\"([^\"\\\\]+)\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern EXAMPLE_FILE = Pattern.compile(
        "(?i).*(?:\\.example|\\.sample|\\.template|\\.dist|\\.tmpl)(?:\\.[a-z]+)?$|(?i).*[._-]example\\.[a-z]+$");

    private enum Syntax { PROPERTIES, YAML, ENV, INI, JSON, PLAIN_TEXT }

    private SecretPatterns() {
    }

    /**
     * Every kind a {@link SecretMatch} can have: the known formats, most specific first, then
     * {@link #HARDCODED_VALUE}. Reports turn them into rule ids, so that each kind can be listed and
     * tested.
     *
     * @return the kinds, never empty
     */
    public static List<String> kinds() {
        List<String> kinds = new ArrayList<>();
        KNOWN_FORMATS.forEach(format -> kinds.add(format.name()));
        kinds.add(HARDCODED_VALUE);
        return List.copyOf(kinds);
    }

    /**
     * Finds secrets in the text of one file.
     *
     * @param fileName the file's name or path, never {@code null}; its extension decides how key/value
     *                 lines are read ({@code .yaml}/{@code .yml}, {@code .properties}, {@code .env},
     *                 {@code .json}, {@code .ini}/{@code .conf}/{@code .cfg}/{@code .toml}); other files
     *                 get only the known-format scan
     * @param content  the file's text, never {@code null}
     * @return findings in line and column order, at most one per line; empty if none, never {@code null}
     */
    public static List<SecretMatch> scan(String fileName, String content) {
        Syntax syntax = EXAMPLE_FILE.matcher(fileName).matches() ? Syntax.PLAIN_TEXT : syntaxOf(fileName);
        List<SecretMatch> matches = new ArrayList<>();
        String[] lines = content.split("\\R", -1);
        for (int index = 0; index < lines.length; index++) {
            int lineNumber = index + 1;
            String line = lines[index];
            Optional<SecretMatch> match = knownFormatIn(line, lineNumber);
            if (match.isEmpty()) {
                match = hardcodedValueIn(line, lineNumber, syntax);
            }
            match.ifPresent(matches::add);
        }
        return List.copyOf(matches);
    }

    /**
     * Whether a name (of a field, variable, map key or configuration key) says that its value is a
     * secret. Names are split into words at case changes and punctuation: {@code dbPassword},
     * {@code DB_PASSWORD}, {@code spring.datasource.password}, {@code client-secret}, {@code apiKey} and
     * {@code private_key} are secret-like; {@code key}, {@code cacheKey}, {@code PASSWORD_KEY},
     * {@code passwordField}, {@code token-ttl} and {@code secret.file} are not (they name something
     * about a secret).
     *
     * @param name any identifier or key, never {@code null}
     * @return {@code true} if the name holds a secret
     */
    public static boolean isSecretLikeName(String name) {
        List<String> words = wordsOf(name);
        if (words.isEmpty()) {
            return false;
        }
        int last = words.size() - 1;
        if (isSecretKeyAt(words, last)) {
            return true;
        }
        if (NOT_A_SECRET_LAST_WORDS.contains(words.get(last))) {
            return false;
        }
        for (int index = 0; index <= last; index++) {
            if (SECRET_WORDS.contains(words.get(index)) || isSecretKeyAt(words, index)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The known secret format that occurs anywhere in a text, if any.
     *
     * @param literal any text, such as a string literal's value, never {@code null}
     * @return the format's name, such as {@code "AWS access key id"} or {@code "private key"}
     */
    public static Optional<String> knownFormat(String literal) {
        return KNOWN_FORMATS.stream()
            .filter(format -> format.pattern().matcher(literal).find())
            .map(KnownFormat::name)
            .findFirst();
    }

    /**
     * Whether a value given to a secret-like name is a real, hardcoded value rather than a
     * placeholder, a reference, a label or prose.
     */
    static boolean isHardcodedValue(String name, String value) {
        String stripped = value.strip();
        return !stripped.isEmpty()
            && !NON_VALUES.contains(stripped.toLowerCase(Locale.ROOT))
            && !PLACEHOLDER.matcher(stripped).matches()
            && !ENV_VAR_NAME.matcher(stripped).matches()
            && !isNameOrLabel(name, stripped)
            && stripped.chars().noneMatch(Character::isWhitespace);
    }

    /** The message for a known format found in text, shared with {@link HardcodedSecretCheck}'s bundle. */
    static String knownFormatMessage(String format) {
        return format + " in plain text: remove it, rotate it, and read it at runtime from the environment"
            + " or a mounted secret file";
    }

    private static String hardcodedValueMessage(String key) {
        return "'" + key + "' has a literal secret value: reference an environment variable instead"
            + " (e.g. ${" + toEnvVarName(key) + "}) or read it from a mounted secret file";
    }

    // A value that is itself a name or a label for the secret: "password", "Password:", "access_token"
    // (a parameter name), "db.password" (a property name), or the key repeated. "mySecretPassword" is a
    // value: not every word of it is a secret word.
    private static boolean isNameOrLabel(String name, String value) {
        return value.equalsIgnoreCase(name)
            || (LETTERS_ONLY_NAME.matcher(value).matches() && LABEL_WORDS.containsAll(wordsOf(value)))
            || (DOTTED_PROPERTY_NAME.matcher(value).matches() && isSecretLikeName(value));
    }

    @SafeVarargs
    private static Set<String> union(Set<String>... sets) {
        Set<String> union = new HashSet<>();
        for (Set<String> set : sets) {
            union.addAll(set);
        }
        return Set.copyOf(union);
    }

    private static boolean isSecretKeyAt(List<String> words, int index) {
        String word = words.get(index);
        if (SECRET_WORDS.contains(word)) {
            return true;
        }
        return word.equals("key") && index > 0 && SECRET_KEY_QUALIFIERS.contains(words.get(index - 1));
    }

    private static List<String> wordsOf(String name) {
        List<String> words = new ArrayList<>();
        for (String word : WORD_SEPARATOR.split(name)) {
            if (!word.isEmpty()) {
                words.add(word.toLowerCase(Locale.ROOT));
            }
        }
        return words;
    }

    private static String toEnvVarName(String key) {
        return String.join("_", wordsOf(key)).toUpperCase(Locale.ROOT);
    }

    private static Optional<SecretMatch> knownFormatIn(String line, int lineNumber) {
        for (KnownFormat format : KNOWN_FORMATS) {
            Matcher matcher = format.pattern().matcher(line);
            if (matcher.find()) {
                return Optional.of(new SecretMatch(
                    lineNumber, matcher.start() + 1, format.name(), knownFormatMessage(format.name())));
            }
        }
        return Optional.empty();
    }

    private static Optional<SecretMatch> hardcodedValueIn(String line, int lineNumber, Syntax syntax) {
        if (syntax == Syntax.JSON) {
            Matcher pair = JSON_PAIR.matcher(line);
            while (pair.find()) {
                if (isSecretLikeName(pair.group(1)) && isHardcodedValue(pair.group(1), pair.group(2))) {
                    return Optional.of(hardcodedValueMatch(lineNumber, pair.start(2), pair.group(1)));
                }
            }
            return Optional.empty();
        }
        Optional<KeyValue> keyValue = keyValueOf(line, syntax);
        return keyValue
            .filter(pair -> isSecretLikeName(pair.key()) && isHardcodedValue(pair.key(), pair.value()))
            .map(pair -> hardcodedValueMatch(lineNumber, pair.valueStart(), pair.key()));
    }

    private static SecretMatch hardcodedValueMatch(int lineNumber, int valueStart, String key) {
        return new SecretMatch(lineNumber, valueStart + 1, HARDCODED_VALUE, hardcodedValueMessage(key));
    }

    /** A key and its unquoted value, with the value's 0-based start in the line. */
    private record KeyValue(String key, String value, int valueStart) {
    }

    private static Optional<KeyValue> keyValueOf(String line, Syntax syntax) {
        String trimmed = line.strip();
        if (trimmed.isEmpty() || trimmed.startsWith("#")) {
            return Optional.empty();
        }
        return switch (syntax) {
            case PROPERTIES -> trimmed.startsWith("!")
                ? Optional.empty()
                : match(PROPERTIES_LINE, line).map(pair -> unquoted(pair, false));
            case YAML -> match(YAML_LINE, line).flatMap(SecretPatterns::yamlScalar);
            case ENV -> match(ENV_LINE, line).map(pair -> unquoted(pair, true));
            case INI -> trimmed.startsWith(";") || trimmed.startsWith("[")
                ? Optional.empty()
                : match(INI_LINE, line).map(pair -> unquoted(pair, true));
            case JSON, PLAIN_TEXT -> Optional.empty();
        };
    }

    // The line patterns name their groups "key" and "value".
    private static Optional<KeyValue> match(Pattern pattern, String line) {
        Matcher matcher = pattern.matcher(line);
        if (!matcher.matches() || matcher.group("value") == null) {
            return Optional.empty();
        }
        String key = matcher.group("key").replace("\"", "").strip();
        return Optional.of(new KeyValue(key, matcher.group("value"), matcher.start("value")));
    }

    // Block scalars (| and >) and aliases (*x) carry no inline value; anchors (&x) and tags (!!str) are
    // decoration before it.
    private static Optional<KeyValue> yamlScalar(KeyValue pair) {
        String value = pair.value();
        int start = pair.valueStart();
        while (value.startsWith("&") || value.startsWith("!")) {
            int space = value.indexOf(' ');
            if (space < 0) {
                return Optional.empty();
            }
            int next = space + 1;
            while (next < value.length() && value.charAt(next) == ' ') {
                next++;
            }
            start += next;
            value = value.substring(next);
        }
        if (value.isEmpty() || value.startsWith("|") || value.startsWith(">") || value.startsWith("*")) {
            return Optional.empty();
        }
        return Optional.of(unquoted(new KeyValue(pair.key(), value, start), true));
    }

    // A quoted value ends at its closing quote; an unquoted one at " #" where the syntax has trailing
    // comments (in .properties, # inside a value is part of it).
    private static KeyValue unquoted(KeyValue pair, boolean trailingComments) {
        String value = pair.value();
        if (!value.isEmpty() && (value.charAt(0) == '"' || value.charAt(0) == '\'')) {
            int close = value.indexOf(value.charAt(0), 1);
            String inner = close < 0 ? value.substring(1) : value.substring(1, close);
            return new KeyValue(pair.key(), inner, pair.valueStart() + 1);
        }
        if (trailingComments) {
            int comment = value.indexOf(" #");
            if (comment >= 0) {
                value = value.substring(0, comment);
            }
        }
        return new KeyValue(pair.key(), value.strip(), pair.valueStart());
    }

    private static Syntax syntaxOf(String fileName) {
        String name = fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        if (name.equals(".env") || name.startsWith(".env.") || name.endsWith(".env")) {
            return Syntax.ENV;
        }
        if (name.endsWith(".properties")) {
            return Syntax.PROPERTIES;
        }
        if (name.endsWith(".yaml") || name.endsWith(".yml")) {
            return Syntax.YAML;
        }
        if (name.endsWith(".json")) {
            return Syntax.JSON;
        }
        if (name.endsWith(".ini") || name.endsWith(".conf") || name.endsWith(".cfg") || name.endsWith(".toml")) {
            return Syntax.INI;
        }
        return Syntax.PLAIN_TEXT;
    }
}
