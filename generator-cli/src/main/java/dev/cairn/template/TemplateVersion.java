package dev.cairn.template;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.maven.artifact.versioning.ComparableVersion;

/**
 * Template versions: ordered as Maven orders artifact versions ({@link ComparableVersion}: {@code 1.10.0}
 * after {@code 1.9.0}, {@code 1.1.0-rc1} before {@code 1.1.0}), with a git tag's leading {@code v}
 * ignored ({@code v1.2.0} is {@code 1.2.0}).
 */
public final class TemplateVersion {

    private static final Pattern MAJOR_MINOR = Pattern.compile("^[vV]?(\\d{1,9})(?:\\.(\\d{1,9}))?");

    private TemplateVersion() {}

    /**
     * @return negative, zero or positive as {@code a} is older than, the same as or newer than {@code b}
     */
    public static int compare(String a, String b) {
        return new ComparableVersion(strip(a)).compareTo(new ComparableVersion(strip(b)));
    }

    /**
     * How many minor versions {@code newest} is ahead of {@code recorded}: {@code 1.4.2} is 3 ahead of
     * {@code 1.1.0}, a patch release is 0 ahead. A newer major version is further ahead than any number
     * of minor versions: {@link Integer#MAX_VALUE}. Not ahead at all (or versions without numbers): 0.
     *
     * @param recorded the project's version, never {@code null}
     * @param newest the newest version of its template, never {@code null}
     */
    public static int minorsBehind(String recorded, String newest) {
        if (compare(newest, recorded) <= 0) {
            return 0;
        }
        Matcher r = MAJOR_MINOR.matcher(recorded);
        Matcher n = MAJOR_MINOR.matcher(newest);
        if (!r.find() || !n.find()) {
            return 0;
        }
        long recordedMajor = Long.parseLong(r.group(1));
        long newestMajor = Long.parseLong(n.group(1));
        if (newestMajor > recordedMajor) {
            return Integer.MAX_VALUE;
        }
        if (newestMajor < recordedMajor) {
            return 0;
        }
        long behind = minor(n) - minor(r);
        return (int) Math.max(0, Math.min(Integer.MAX_VALUE, behind));
    }

    private static long minor(Matcher m) {
        return m.group(2) == null ? 0 : Long.parseLong(m.group(2));
    }

    private static String strip(String version) {
        return version.length() > 1 && (version.charAt(0) == 'v' || version.charAt(0) == 'V')
                && Character.isDigit(version.charAt(1)) ? version.substring(1) : version;
    }
}
