package dev.cairn.rules.checkstyle;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** TEMPORARY stand-in for the rule pack's API (the lead replaces it on merge): AWS access key ids only. */
public final class SecretPatterns {

    private static final Pattern AWS_ACCESS_KEY = Pattern.compile("\\bAKIA[0-9A-Z]{16}\\b");

    private SecretPatterns() {}

    public static List<SecretMatch> scan(String fileName, String content) {
        List<SecretMatch> matches = new ArrayList<>();
        String[] lines = content.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher m = AWS_ACCESS_KEY.matcher(lines[i]);
            while (m.find()) {
                matches.add(new SecretMatch(i + 1, m.start() + 1, "aws-access-key", "AWS access key id"));
            }
        }
        return matches;
    }
}
