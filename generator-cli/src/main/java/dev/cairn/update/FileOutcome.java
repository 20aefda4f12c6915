package dev.cairn.update;

/**
 * What an update did (or, in a dry run, would do) to one file.
 *
 * @param path the file's path in the project, {@code /}-separated
 * @param action what happened
 * @param from for a renamed file, its old path; else {@code null}
 * @param detail one line for people: why, and what to do for a conflict or drift; or {@code null}
 */
public record FileOutcome(String path, Action action, String from, String detail) {

    /** What happened to a file, as the report names it. */
    public enum Action {
        /** The template changed it and the team had not: the new version was taken. */
        UPDATED("updated"),
        /** Both changed it; the changes merged without conflict. */
        MERGED("merged"),
        /** New in the template. */
        ADDED("added"),
        /** The template removed it and the team had not changed it. */
        REMOVED("removed"),
        /** The template moved it (a migration, or a rename git would detect); the team's edits moved with it. */
        RENAMED("renamed"),
        /** Only a migration changed it (a renamed YAML key). */
        MIGRATED("migrated"),
        /** The team changed it, the template did not: left as the team has it. */
        KEPT("kept local edit"),
        /** The team deleted it and the template did not change it: stays deleted. */
        KEPT_DELETED("kept deleted"),
        /** Both changed it and the changes collide: conflict markers, or the team's version kept. */
        CONFLICT("conflict"),
        /** Owned by the template but edited here: left alone without --force. */
        DRIFT("drift"),
        /** Owned by the template and edited here: overwritten (--force), the edit kept as FILE.local. */
        OVERWRITTEN("overwritten"),
        /** A seed file the template changed: seed files are the team's, never updated. */
        SEED("seed, left as is");

        private final String label;

        Action(String label) {
            this.label = label;
        }

        /** How the report names it. */
        public String label() {
            return label;
        }

        /** {@code 1 conflict}, {@code 2 conflicts}, {@code 3 updated}: for the report's summary line. */
        public String count(int n) {
            String plural = n == 1 ? "" : "s";
            return n + " " + switch (this) {
                case KEPT -> "local edit" + plural + " kept";
                case CONFLICT -> "conflict" + plural;
                case SEED -> "seed file" + plural + " left as is";
                default -> label;
            };
        }

        /** Whether the update leaves work for the team (exit 1). */
        public boolean needsAttention() {
            return this == CONFLICT || this == DRIFT;
        }
    }
}
