package dev.cairn.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where a command's report goes: standard output, or {@code --output FILE} with a summary on standard output. */
final class ReportOutput {

    private ReportOutput() {}

    /**
     * @param output the file of {@code --output}, or {@code null} for standard output
     * @param summary printed instead of the report when it goes to a file, followed by {@code Report: FILE}
     */
    static void write(PrintWriter out, String report, Path output, String summary) throws IOException {
        if (output == null) {
            out.print(report);
        } else {
            Path target = output.toAbsolutePath();
            Files.createDirectories(target.getParent());
            Files.writeString(target, report, StandardCharsets.UTF_8);
            out.println(summary + (summary.endsWith("\n") ? "" : " ") + "Report: " + output);
        }
        out.flush();
    }
}
