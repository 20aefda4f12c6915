package dev.cairn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Acceptance line 2 of the playbooks: on a freshly generated and built service ({@code mvn -B verify} has left
 * target/classes and the JaCoCo report), {@code cairn playbook status service-readiness} passes every automatic item
 * that applies and shows every manual one awaiting sign-off; after {@code cairn playbook sign} of each,
 * {@code --require} exits 0.
 */
final class ServiceReadiness {

    private ServiceReadiness() {}

    static void assertReadyOnceSigned(Path project) throws IOException {
        String dir = project.toString();
        PlaybookCommandTest.Run before = PlaybookCommandTest.run("playbook", "status", "service-readiness", "--dir", dir, "--format", "json", "--require");
        assertThat(before.exit()).as("manual items await sign-off: %s%s", before.out(), before.err()).isEqualTo(ExitCodes.FINDINGS);

        List<String> awaiting = new ArrayList<>();
        List<String> notDone = new ArrayList<>();
        JsonNode playbook = new ObjectMapper().readTree(before.out()).path("playbooks").get(0);
        for (JsonNode section : playbook.path("sections")) {
            for (JsonNode item : section.path("items")) {
                String status = item.path("status").asText();
                boolean manual = item.path("check").asText().equals("signoff");
                if (manual && status.equals("awaiting-signoff")) {
                    awaiting.add(item.path("id").asText());
                } else if (!status.equals("not-applicable") && !(status.equals("passed") && !manual)) {
                    notDone.add(item.path("id").asText() + " " + status + ": " + item.path("detail").asText());
                }
            }
        }
        assertThat(notDone).as("every automatic item that applies passes, every manual one awaits sign-off").isEmpty();
        assertThat(awaiting).contains("runbook", "on-call", "security-review");

        for (String item : awaiting) {
            PlaybookCommandTest.Run sign = PlaybookCommandTest.run("playbook", "sign", "service-readiness", item, "--by", "Ada Lovelace", "--note", "checked for " + item,
                    "--dir", dir);
            assertThat(sign.exit()).as(sign.err()).isZero();
        }

        PlaybookCommandTest.Run after = PlaybookCommandTest.run("playbook", "status", "service-readiness", "--dir", dir, "--require");
        assertThat(after.exit()).as(after.out() + after.err()).isZero();
        assertThat(after.out()).contains("every required item is done.");
    }
}
