package dev.cairn.playbook;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A checklist read from YAML (format: docs/playbook-format.md): sections of items, each item verified automatically or
 * signed off by a person.
 *
 * @param id what {@code cairn.yaml} and the commands call it, e.g. {@code service-readiness}
 * @param title one line
 * @param version the playbook's own version; sign-offs record it
 * @param description what the playbook is for, may be empty
 * @param sections in file order, never empty
 * @param origin where it was read from, as messages show it: {@code bundled}, a folder or jar, {@code .cairn/playbooks/x.yaml}
 * @param file the file name errors and sign-offs name, e.g. {@code .cairn/playbooks/release.yaml}
 */
public record Playbook(String id, String title, String version, String description, List<Section> sections, String origin,
        String file) {

    public Playbook {
        sections = List.copyOf(sections);
    }

    /** Every item of every section, in file order. */
    public List<Item> items() {
        List<Item> items = new ArrayList<>();
        sections.forEach(section -> items.addAll(section.items()));
        return items;
    }

    /** The item with this id, in whichever section. */
    public Optional<Item> item(String itemId) {
        return items().stream().filter(item -> item.id().equals(itemId)).findFirst();
    }

    /**
     * A part of a playbook.
     *
     * @param id unique in the playbook
     * @param title one line
     * @param items in file order, never empty
     */
    public record Section(String id, String title, List<Item> items) {
        public Section {
            items = List.copyOf(items);
        }
    }
}
