package io.dynamicendpoints.application.template;

import java.util.List;

/**
 * {@code join(glue = "", and = glue)}, as Twig's filter: the elements of a list (or the values of a
 * map) as text: {@code [1, 2, 3]|join(", ")} → {@code 1, 2, 3}; {@code [1, 2, 3]|join(", ", " and ")}
 * → {@code 1, 2 and 3}. Replaces Pebble's, to add {@code and} and to stop at the value size limit
 * while joining rather than after.
 */
final class Join extends ScriptFunction {

    Join() {
        super("join");
    }

    @Override
    Object call(Arguments arguments) {
        List<Object> elements = TemplateValues.elements(arguments.value(0));
        String glue = arguments.text(1, "");
        String lastGlue = arguments.text(2, glue);
        BoundedText out = new BoundedText(RenderBudget.current());
        for (int i = 0; i < elements.size(); i++) {
            if (i > 0) {
                out.append(i == elements.size() - 1 ? lastGlue : glue);
            }
            out.append(TemplateValues.text(elements.get(i)));
        }
        return out.toString();
    }
}
