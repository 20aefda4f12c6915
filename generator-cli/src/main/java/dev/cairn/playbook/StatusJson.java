package dev.cairn.playbook;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cairn.CairnVersion;
import dev.cairn.check.JsonText;
import java.util.List;

/**
 * {@code status --format json}: every playbook with its progress, every section, every item with its status, what was
 * found and its sign-off. Format in docs/playbook-format.md.
 */
final class StatusJson {

    private StatusJson() {}

    static String render(List<PlaybookStatus> statuses) {
        ObjectNode root = JsonText.object();
        root.put("cairn", CairnVersion.get());
        root.put("ready", statuses.stream().allMatch(s -> s.unmet().isEmpty()));
        ArrayNode playbooks = root.putArray("playbooks");
        for (PlaybookStatus status : statuses) {
            Playbook playbook = status.playbook();
            ObjectNode node = playbooks.addObject();
            node.put("id", playbook.id());
            node.put("title", playbook.title());
            node.put("version", playbook.version());
            node.put("origin", playbook.origin());
            node.put("ready", status.unmet().isEmpty());
            progress(node.putObject("progress"), status.tally());
            ArrayNode unmet = node.putArray("unmet");
            status.unmet().forEach(result -> unmet.add(result.item().id()));
            ArrayNode sections = node.putArray("sections");
            for (PlaybookStatus.SectionStatus section : status.sections()) {
                ObjectNode sectionNode = sections.addObject();
                sectionNode.put("id", section.section().id());
                sectionNode.put("title", section.section().title());
                progress(sectionNode.putObject("progress"), section.tally());
                ArrayNode items = sectionNode.putArray("items");
                section.items().forEach(result -> item(items.addObject(), result));
            }
        }
        return JsonText.write(root);
    }

    private static void progress(ObjectNode node, PlaybookStatus.Tally tally) {
        node.put("done", tally.done());
        node.put("applicable", tally.applicable());
        node.put("total", tally.total());
        node.put("percent", tally.percent());
        for (ItemStatus status : ItemStatus.values()) {
            node.put(status.id(), tally.count(status));
        }
    }

    private static void item(ObjectNode node, PlaybookStatus.ItemResult result) {
        Item item = result.item();
        node.put("id", item.id());
        node.put("title", item.title());
        node.put("level", item.level().id());
        if (item.manual()) {
            node.put("check", "signoff");
            node.put("signer", item.signoff());
        } else {
            node.put("check", item.verification().type());
            node.put("verifies", item.verification().describe());
        }
        if (item.when() != null) {
            node.put("when", item.when());
        }
        node.put("status", result.status().id());
        node.put("detail", result.detail());
        if (result.signoff() != null) {
            Signoff signoff = result.signoff();
            ObjectNode signed = node.putObject("signoff");
            signed.put("by", signoff.by());
            signed.put("at", signoff.at());
            signed.put("version", signoff.version());
            signed.put("item-hash", signoff.itemHash());
            if (signoff.note() != null) {
                signed.put("note", signoff.note());
            }
        }
    }
}
