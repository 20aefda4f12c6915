package dev.cairn.cli;

/** {@code --format}: for people or for machines. */
enum OutputFormat {
    text,
    json
}
