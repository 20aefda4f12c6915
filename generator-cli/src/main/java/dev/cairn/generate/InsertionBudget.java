package dev.cairn.generate;

import org.apache.velocity.app.event.ReferenceInsertionEventHandler;
import org.apache.velocity.context.Context;

/**
 * Stops a value that has grown past the output limit before it is written or copied again, which
 * is how {@code #set($s = "$s$s")} doubling would otherwise exhaust memory without writing a byte.
 */
final class InsertionBudget implements ReferenceInsertionEventHandler {

    private final OutputBudget budget;

    InsertionBudget(OutputBudget budget) {
        this.budget = budget;
    }

    @Override
    public Object referenceInsert(Context context, String reference, Object value) {
        if (value instanceof CharSequence text) {
            String file = context instanceof org.apache.velocity.context.InternalContextAdapter ica
                    ? ica.getCurrentTemplateName() : "template";
            budget.insert(text.length(), file);
        }
        return value;
    }
}
