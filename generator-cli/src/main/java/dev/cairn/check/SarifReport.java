package dev.cairn.check;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * SARIF 2.1.0, as GitHub code scanning accepts it: one run whose driver is Cairn, a rule per rule id found
 * (its help is the fix hint), a result per finding with its file relative to the repository root
 * ({@code uriBaseId} {@code %SRCROOT%}), line and column, and Cairn's fingerprint under {@code partialFingerprints}
 * so that code scanning follows a finding across line shifts as the baseline does.
 */
public final class SarifReport {

    /** Where Cairn's documentation lives, for the driver's {@code informationUri}. */
    public static final String INFORMATION_URI = "https://github.com/cairn-dev/cairn";

    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    static final String SRCROOT = "%SRCROOT%";
    static final String FINGERPRINT_KEY = "cairn/v1";

    private SarifReport() {}

    public static String render(Report report) {
        ObjectNode root = JsonText.object();
        root.put("$schema", SCHEMA);
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "Cairn");
        driver.put("version", report.cairnVersion());
        driver.put("informationUri", INFORMATION_URI);
        Map<String, Integer> ruleIndex = rules(report.findings(), driver.putArray("rules"));
        ObjectNode srcroot = run.putObject("originalUriBaseIds").putObject(SRCROOT);
        srcroot.put("uri", report.project().rootUri());
        srcroot.putObject("description").put("text", "The root of the repository that holds the checked project.");
        ArrayNode results = run.putArray("results");
        for (int i = 0; i < report.findings().size(); i++) {
            Finding f = report.findings().get(i);
            ObjectNode result = results.addObject();
            result.put("ruleId", f.ruleId());
            result.put("ruleIndex", ruleIndex.get(f.ruleId()));
            result.put("level", f.severity().id());
            result.putObject("message").put("text", sentence(f.message()));
            if (f.file() != null) {
                ObjectNode physical = result.putArray("locations").addObject().putObject("physicalLocation");
                ObjectNode artifact = physical.putObject("artifactLocation");
                artifact.put("uri", uri(report.project().inRepository(f.file())));
                artifact.put("uriBaseId", SRCROOT);
                if (f.line() > 0) {
                    ObjectNode region = physical.putObject("region");
                    region.put("startLine", f.line());
                    if (f.column() > 0) {
                        region.put("startColumn", f.column());
                    }
                }
            }
            result.putObject("partialFingerprints").put(FINGERPRINT_KEY, report.fingerprints().get(i));
            if (report.baseline() != null) {
                result.put("baselineState", "new");
            }
            result.putObject("properties").put("tool", f.tool().id());
        }
        run.put("columnKind", "utf16CodeUnits");
        return JsonText.write(root);
    }

    /** The rules the findings name, sorted by id; returns each id's index in {@code rules}. */
    private static Map<String, Integer> rules(List<Finding> findings, ArrayNode rules) {
        Map<String, List<Finding>> byRule = new TreeMap<>();
        for (Finding f : findings) {
            byRule.computeIfAbsent(f.ruleId(), k -> new ArrayList<>()).add(f);
        }
        Map<String, Integer> index = new LinkedHashMap<>();
        for (Map.Entry<String, List<Finding>> rule : byRule.entrySet()) {
            Finding first = rule.getValue().get(0);
            boolean anyError = rule.getValue().stream().anyMatch(f -> f.severity() == Severity.ERROR);
            String hint = rule.getValue().stream().map(Finding::hint).filter(h -> h != null && !h.isBlank()).findFirst()
                    .orElse("See Cairn's rule catalogue for " + rule.getKey() + ".");
            ObjectNode node = rules.addObject();
            node.put("id", rule.getKey());
            node.put("name", name(rule.getKey()));
            node.putObject("shortDescription").put("text", "Cairn " + first.tool().id() + " rule " + rule.getKey() + ".");
            node.putObject("fullDescription").put("text", sentence(first.message()));
            node.putObject("help").put("text", sentence(hint)).put("markdown", "**" + rule.getKey() + "**: " + sentence(hint));
            node.putObject("defaultConfiguration").put("level", anyError ? "error" : "warning");
            node.putObject("properties").putArray("tags").add(first.tool().id());
            index.put(rule.getKey(), index.size());
        }
        return index;
    }

    /** SARIF's rule name is an identifier in PascalCase: cairn.layers.domain-independent -> CairnLayersDomainIndependent. */
    static String name(String ruleId) {
        StringBuilder name = new StringBuilder();
        for (String part : ruleId.split("[^A-Za-z0-9]+")) {
            if (!part.isEmpty()) {
                name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return name.toString();
    }

    /** SARIF viewers expect messages to end with a period. */
    private static String sentence(String text) {
        String t = text.strip();
        return t.endsWith(".") || t.endsWith("!") || t.endsWith("?") ? t : t + ".";
    }

    /** A relative URI reference: each path segment percent-encoded where URIs need it. */
    static String uri(String path) {
        StringBuilder out = new StringBuilder();
        for (byte b : path.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-._~/!$&'()*+,;=@".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(String.format("%02X", c));
            }
        }
        return out.toString();
    }
}
