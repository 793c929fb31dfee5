package io.dynamicendpoints.adminui.workflow;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.dynamicendpoints.domain.condition.Operator;
import io.dynamicendpoints.domain.step.StepKind;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The form of one step, with the fields its kind has (api.md §6). Unlike the buffered settings form it
 * writes each change straight into the step of the document, so that the tree, the JSON tab and a save
 * all see the same definition; a rule broken while typing (an id used twice, an entity name with a
 * space) is shown on the field at once, and the application's own verdict on save as well.
 */
final class StepForm extends Composite<VerticalLayout> {

    private static final Pattern STEP_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,63}");
    private static final List<String> RETURN_TYPES = List.of("data", "html", "redirect");
    private static final List<String> METHODS = List.of("GET", "POST", "PUT", "PATCH", "DELETE");

    private final Map<String, Object> step;
    private final Set<String> otherIds;
    private final Runnable changed;
    private final FormLayout form = new FormLayout();
    private final Map<String, HasValidation> fields = new HashMap<>();
    private final VerticalLayout conditions = new VerticalLayout();
    private final Paragraph conditionsError = new Paragraph();

    StepForm(StepNode node, Set<String> otherIds, Runnable changed) {
        this.step = node.step();
        this.otherIds = otherIds;
        this.changed = changed;
        VerticalLayout content = getContent();
        content.setId("step-form");
        content.setPadding(false);
        StepKind kind = StepKind.fromExternalName(StepNode.text(step.get("type"))).orElse(null);
        content.add(new H4(kind == null ? "Unknown step type “" + step.get("type") + "”" : title(kind)));
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        content.add(form);
        TextField id = text("id", "Step id");
        id.setHelperText("Unique in the workflow: letters, digits, '-' or '_'");
        if (kind != null) {
            fieldsOf(kind);
        }
    }

    static String title(StepKind kind) {
        return switch (kind) {
            case VIRTUAL_CONDITION -> "Condition (yes / no)";
            case ENDPOINT_RESPONSE -> "Reply to the caller";
            case STORE_VALUE -> "Store a value";
            case CREATE_RECORD -> "Create a record";
            case UPDATE_RECORD -> "Update records";
            case FIND_RECORD -> "Find a record";
            case HTTP_REQUEST -> "Call a URL";
            case SSE_EVENT -> "Send a stream event";
        };
    }

    private void fieldsOf(StepKind kind) {
        switch (kind) {
            case VIRTUAL_CONDITION -> {
                Select<String> match = choice("match", "Match", List.of("all", "any"));
                match.setItemLabelGenerator(value -> "all".equals(value) ? "all: every comparison holds" : "any: one comparison holds");
                conditionsEditor();
            }
            case ENDPOINT_RESPONSE -> {
                Select<String> returnType = choice("return_type", "Return type", RETURN_TYPES);
                TextArea data = area("return_data", "Reply data (template)");
                TextArea html = area("return_html", "Reply HTML (template)");
                TextField redirect = text("return_redirect", "Redirect to (URL template)");
                Runnable show = () -> {
                    data.setVisible("data".equals(returnType.getValue()));
                    html.setVisible("html".equals(returnType.getValue()));
                    redirect.setVisible("redirect".equals(returnType.getValue()));
                };
                returnType.addValueChangeListener(change -> show.run());
                show.run();
                number("status", "Status code (empty: the return type's default)");
                pairs("headers", "Headers (one “Name: value” per line)");
            }
            case STORE_VALUE -> {
                plainName("name", "Name (stored as __data.<name>)");
                text("value", "Value (template)");
            }
            case CREATE_RECORD -> {
                plainName("entity", "Entity");
                pairs("fields", "Fields (one “name: template” per line)");
            }
            case UPDATE_RECORD -> {
                plainName("entity", "Entity");
                pairs("where", "Where (one “field: template” per line)");
                pairs("fields", "Set fields (one “name: template” per line)");
            }
            case FIND_RECORD -> {
                plainName("entity", "Entity");
                pairs("where", "Where (one “field: template” per line)");
                plainName("store_as", "Store as (__data.<name>)");
            }
            case HTTP_REQUEST -> {
                choice("method", "Method", METHODS);
                text("url", "URL (template)");
                pairs("headers", "Headers (one “Name: value” per line)");
                area("body", "Body (template)");
                plainName("store_as", "Store the response as (__data.<name>)");
                number("timeout_ms", "Timeout (ms, 1 to 60000)");
            }
            case SSE_EVENT -> {
                text("event", "Event name");
                area("data", "Data (template)");
            }
        }
    }

    private TextField text(String key, String label) {
        TextField field = new TextField(label);
        field.setValue(StepNode.text(step.get(key)));
        field.addValueChangeListener(change -> {
            if (check(key, field, change.getValue())) {
                put(key, change.getValue());
            }
        });
        return add(key, field);
    }

    private TextField plainName(String key, String label) {
        TextField field = text(key, label);
        field.setHelperText("Starts with a letter; letters, digits and '_'");
        return field;
    }

    private TextArea area(String key, String label) {
        TextArea field = new TextArea(label);
        field.setValue(StepNode.text(step.get(key)));
        field.addClassName("code");
        field.addValueChangeListener(change -> put(key, change.getValue()));
        return add(key, field);
    }

    private Select<String> choice(String key, String label, List<String> options) {
        Select<String> field = new Select<>();
        field.setLabel(label);
        field.setItems(options);
        String current = StepNode.text(step.get(key));
        field.setValue(options.contains(current) ? current : options.getFirst());
        field.addValueChangeListener(change -> put(key, change.getValue()));
        return add(key, field);
    }

    private IntegerField number(String key, String label) {
        IntegerField field = new IntegerField(label);
        if (step.get(key) instanceof Number number) {
            field.setValue(number.intValue());
        }
        field.addValueChangeListener(change -> {
            if (change.getValue() == null) {
                step.remove(key);
                changed.run();
            } else {
                put(key, change.getValue());
            }
        });
        return add(key, field);
    }

    /** A map field (headers, fields, where) edited as "name: value" lines. */
    private TextArea pairs(String key, String label) {
        TextArea field = new TextArea(label);
        field.addClassName("code");
        StringBuilder lines = new StringBuilder();
        if (step.get(key) instanceof Map<?, ?> map) {
            map.forEach((name, value) -> lines.append(name).append(": ").append(StepNode.text(value)).append('\n'));
        }
        field.setValue(lines.toString().stripTrailing());
        field.addValueChangeListener(change -> parsePairs(change.getValue()).ifPresentOrElse(map -> {
            field.setInvalid(false);
            put(key, map);
        }, () -> {
            field.setErrorMessage("Each line is “name: value”");
            field.setInvalid(true);
        }));
        return add(key, field);
    }

    static Optional<Map<String, Object>> parsePairs(String text) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (String line : text.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0 || line.substring(0, colon).isBlank()) {
                return Optional.empty();
            }
            map.put(line.substring(0, colon).trim(), line.substring(colon + 1).trim());
        }
        return Optional.of(map);
    }

    private void conditionsEditor() {
        conditions.setPadding(false);
        conditions.setSpacing(false);
        conditions.setId("step-conditions");
        conditionsError.addClassName("problems");
        conditionsError.setVisible(false);
        Button addCondition = new Button("Add comparison", VaadinIcon.PLUS.create(), click -> {
            comparisons().add(StepTemplates.comparison());
            changed.run();
            renderConditions();
        });
        addCondition.setId("add-condition");
        addCondition.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        renderConditions();
        VerticalLayout block = new VerticalLayout(new H4("Comparisons"), conditions, conditionsError, addCondition);
        block.setPadding(false);
        getContent().add(block);
    }

    @SuppressWarnings("unchecked")
    private List<Object> comparisons() {
        if (!(step.get("conditions") instanceof List<?>)) {
            step.put("conditions", new java.util.ArrayList<>());
        }
        return (List<Object>) step.get("conditions");
    }

    @SuppressWarnings("unchecked")
    private void renderConditions() {
        conditions.removeAll();
        List<Object> comparisons = comparisons();
        for (int i = 0; i < comparisons.size(); i++) {
            if (!(comparisons.get(i) instanceof Map<?, ?> raw)) {
                continue;
            }
            Map<String, Object> comparison = (Map<String, Object>) raw;
            int index = i;
            TextField left = new TextField();
            left.setAriaLabel("Left side of comparison " + (i + 1));
            left.setPlaceholder("{{ __data.field }}");
            left.setValue(StepNode.text(comparison.get("left")));
            left.setId("condition-left-" + i);
            left.addValueChangeListener(change -> {
                comparison.put("left", change.getValue());
                changed.run();
            });
            Select<String> operator = new Select<>();
            operator.setAriaLabel("Operator of comparison " + (i + 1));
            operator.setItems(Arrays.stream(Operator.values()).map(Operator::externalName).toList());
            String current = StepNode.text(comparison.get("operator"));
            operator.setValue(Operator.fromExternalName(current).map(Operator::externalName).orElse(null));
            operator.setId("condition-operator-" + i);
            operator.addValueChangeListener(change -> {
                comparison.put("operator", change.getValue());
                changed.run();
            });
            TextField right = new TextField();
            right.setAriaLabel("Right side of comparison " + (i + 1));
            right.setPlaceholder("value (low,high for between)");
            right.setValue(StepNode.text(comparison.get("right")));
            right.setId("condition-right-" + i);
            right.addValueChangeListener(change -> {
                comparison.put("right", change.getValue());
                changed.run();
            });
            Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), click -> {
                comparisons.remove(index);
                changed.run();
                renderConditions();
            });
            remove.setId("remove-condition-" + i);
            remove.setAriaLabel("Remove comparison " + (i + 1));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
            fields.put("conditions[" + i + "].left", left);
            fields.put("conditions[" + i + "].operator", operator);
            fields.put("conditions[" + i + "].right", right);
            HorizontalLayout row = new HorizontalLayout(left, operator, right, remove);
            row.setWidthFull();
            row.setAlignItems(FlexComponent.Alignment.BASELINE);
            row.expand(left, right);
            conditions.add(row);
        }
    }

    private <T extends Component & HasValidation> T add(String key, T field) {
        field.setId("step-" + key.replace('_', '-'));
        fields.put(key, field);
        form.add(field);
        return field;
    }

    private void put(String key, Object value) {
        step.put(key, value);
        changed.run();
    }

    /** Inline checks of the rules a user breaks while typing; the application checks everything on save. */
    private boolean check(String key, HasValidation field, String value) {
        String problem = null;
        if (key.equals("id")) {
            if (!STEP_ID.matcher(value).matches()) {
                problem = "1 to 64 letters, digits, '-' or '_'";
            } else if (otherIds.contains(value)) {
                problem = "Another step already has the id '" + value + "'";
            }
        } else if (Set.of("entity", "name", "store_as").contains(key) && !PLAIN_NAME.matcher(value).matches()) {
            problem = "Must start with a letter and hold only letters, digits and '_' (at most 64)";
        }
        field.setInvalid(problem != null);
        if (problem != null) {
            field.setErrorMessage(problem);
        }
        // Still stored: the document shows what was typed, and saving reports it if it stays wrong.
        return true;
    }

    /** Marks the fields the application named ({@code entity}, {@code conditions[0].operator}, ...). */
    void showViolations(Map<String, String> violations) {
        violations.forEach((field, message) -> {
            HasValidation target = fields.get(field);
            if (target != null) {
                target.setErrorMessage(message);
                target.setInvalid(true);
            } else if (field.startsWith("conditions")) {
                conditionsError.setText(message);
                conditionsError.setVisible(true);
            }
        });
    }
}
