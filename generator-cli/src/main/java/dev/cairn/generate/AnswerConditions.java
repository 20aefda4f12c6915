package dev.cairn.generate;

import dev.cairn.template.TemplateFiles;
import java.util.Map;
import java.util.Properties;
import org.apache.velocity.VelocityContext;

/**
 * Conditions over a project's recorded answers, written as the template manifest writes its {@code when:}: a
 * Velocity expression such as {@code $persistence == 'postgres'}, evaluated as {@code #if(<when>)true#{else}false#end}
 * by the same sandboxed engine. Playbook items use them; an answer the project does not have is {@code null}, so
 * {@code $docker == 'true'} does not hold for a project without answers.
 */
public final class AnswerConditions {

    /** Expressions are short; their output is one word. */
    private static final long BUDGET = 1024 * 1024;

    private final TemplateEngine engine;
    private final VelocityContext context;

    private AnswerConditions(Map<String, String> answers) {
        engine = new TemplateEngine(TemplateFiles.empty("conditions"), false, new OutputBudget(BUDGET));
        Properties properties = new Properties();
        answers.forEach(properties::setProperty);
        context = AnswerContext.of(properties, engine);
    }

    /**
     * @param answers name to value, as {@code .cairn/answers.yaml} records them; may be empty, never {@code null}
     */
    public static AnswerConditions over(Map<String, String> answers) {
        return new AnswerConditions(answers);
    }

    /**
     * @param when the expression; {@code null} or blank holds
     * @param file where it is written, for errors
     * @param line its line there
     * @throws dev.cairn.CairnException naming file and line when the expression does not parse
     */
    public boolean holds(String when, String file, int line) {
        return Conditions.holds(engine, context, when, file, line);
    }
}
