package dev.cairn.playbook;

import dev.cairn.generate.RecordedAnswers;
import dev.cairn.template.YamlFields;
import java.io.IOException;
import java.util.List;

/**
 * {@code answer-equals: {answer: NAME, value: V}}: the project was generated with that answer to a template parameter,
 * as {@code .cairn/answers.yaml} records it. {@code value} may be a list: any of its values will do
 * ({@code value: [blue-green, canary]}).
 *
 * @param answer the parameter's name, e.g. {@code deploy-strategy}
 * @param values the accepted values
 */
public record AnswerEquals(String answer, List<String> values) implements Verification {

    static final String TYPE = "answer-equals";
    private static final String EXAMPLE = "'answer-equals: {answer: observability, value: \"true\"}'";

    public AnswerEquals {
        values = List.copyOf(values);
    }

    static AnswerEquals read(VerificationSpec spec) {
        YamlFields fields = spec.fields(List.of("answer", "value"));
        if (!fields.has("answer") || !fields.has("value")) {
            throw spec.error(spec.value(), "'answer-equals' needs answer and value", "write it like " + EXAMPLE);
        }
        return new AnswerEquals(spec.text(fields.value("answer"), EXAMPLE), spec.texts(fields.value("value"), EXAMPLE));
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String describe() {
        return TYPE + " " + answer + " = " + String.join(" | ", values);
    }

    @Override
    public Verdict verify(Project project) throws IOException {
        if (!project.hasRecordedAnswers()) {
            return Verdict.fail("no " + RecordedAnswers.PATH + ": the project records no template answers");
        }
        String actual = project.answers().get(answer);
        if (actual == null) {
            return Verdict.fail(RecordedAnswers.PATH + " has no answer " + answer);
        }
        return values.contains(actual) ? Verdict.pass(answer + " = " + actual)
                : Verdict.fail(answer + " = " + actual + ", not " + String.join(" or ", values));
    }
}
