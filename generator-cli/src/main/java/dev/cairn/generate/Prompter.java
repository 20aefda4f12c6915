package dev.cairn.generate;

import java.util.List;

/** Asks a person for a missing value. Only used when stdin is a terminal. */
public interface Prompter {

    /**
     * @param name the parameter's name
     * @param help what it is for, or {@code null}
     * @param defaultValue offered when the person just presses Enter, or {@code null}
     * @param choices the allowed values, empty when any value goes
     * @param error why the previous answer was refused, or {@code null} on the first ask
     * @return the answer, or {@code null} when input ended
     */
    String ask(String name, String help, String defaultValue, List<String> choices, String error);
}
