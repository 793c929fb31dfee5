package io.dynamicendpoints.adminui.workflow;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One row of the step tree: a step of the document (a mutable map inside the list that holds it), or
 * the yes/no branch of a condition (the list itself). Rows are compared by identity, as the tree must
 * tell apart two steps that happen to look the same. {@link #path()} is the JSON path the application
 * names in its violations ({@code steps[0].yes[1]}).
 */
final class StepNode {

    private final Map<String, Object> step;
    private final List<Object> list;
    private final String branch;
    private final StepNode parent;
    private final String path;
    private final List<StepNode> children = new ArrayList<>();

    private StepNode(Map<String, Object> step, List<Object> list, String branch, StepNode parent, String path) {
        this.step = step;
        this.list = list;
        this.branch = branch;
        this.parent = parent;
        this.path = path;
    }

    /** The tree of a document's step list; what is not a step object is left out (the JSON tab shows it). */
    static List<StepNode> of(List<Object> steps) {
        return nodes(steps, null, "steps");
    }

    @SuppressWarnings("unchecked")
    private static List<StepNode> nodes(List<Object> steps, StepNode parent, String listPath) {
        List<StepNode> nodes = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            if (!(steps.get(i) instanceof Map<?, ?> map)) {
                continue;
            }
            StepNode node = new StepNode((Map<String, Object>) map, steps, null, parent, listPath + "[" + i + "]");
            if (node.isCondition()) {
                node.children.add(branch(node, "yes"));
                node.children.add(branch(node, "no"));
            } else {
                node.children.addAll(nodes(node.childList("then"), node, node.path + ".then"));
            }
            nodes.add(node);
        }
        return nodes;
    }

    private static StepNode branch(StepNode condition, String name) {
        StepNode node = new StepNode(null, condition.childList(name), name, condition, condition.path + "." + name);
        node.children.addAll(nodes(node.list, node, node.path));
        return node;
    }

    /** The named child list of this step, created empty when the document has none. */
    @SuppressWarnings("unchecked")
    List<Object> childList(String name) {
        Object value = step.get(name);
        if (value instanceof List<?> existing) {
            return (List<Object>) existing;
        }
        List<Object> created = new ArrayList<>();
        step.put(name, created);
        return created;
    }

    boolean isStep() {
        return step != null;
    }

    boolean isCondition() {
        return step != null && "virtual_condition".equals(step.get("type"));
    }

    /** The list a new step goes into when this row is selected: a branch itself, a condition's yes, an action's then. */
    List<Object> listForNewChild() {
        if (!isStep()) {
            return list;
        }
        return childList(isCondition() ? "yes" : "then");
    }

    Map<String, Object> step() {
        return step;
    }

    /** For a step, the list holding it; for a branch, the branch's own list. */
    List<Object> list() {
        return list;
    }

    StepNode parent() {
        return parent;
    }

    List<StepNode> children() {
        return children;
    }

    String path() {
        return path;
    }

    String label() {
        return isStep() ? text(step.get("id")) : branch;
    }

    String type() {
        return isStep() ? text(step.get("type")) : "branch";
    }

    String summary() {
        if (!isStep()) {
            return "yes".equals(branch) ? "runs when the conditions hold" : "runs otherwise";
        }
        return switch (type()) {
            case "virtual_condition" -> ("any".equals(step.get("match")) ? "any of: " : "all of: ")
                    + (step.get("conditions") instanceof List<?> conditions
                    ? conditions.stream().map(StepNode::comparison).collect(Collectors.joining("; ")) : "");
            case "endpoint_response" -> "reply " + text(step.get("return_type"));
            case "store_value" -> "__data." + text(step.get("name")) + " = " + text(step.get("value"));
            case "create_record" -> "create " + text(step.get("entity"));
            case "update_record" -> "update " + text(step.get("entity"));
            case "find_record" -> "find " + text(step.get("entity")) + " into __data." + text(step.get("store_as"));
            case "http_request" -> text(step.get("method")) + " " + text(step.get("url"));
            case "sse_event" -> "event " + text(step.get("event"));
            default -> "";
        };
    }

    private static String comparison(Object condition) {
        if (!(condition instanceof Map<?, ?> c)) {
            return "?";
        }
        return (text(c.get("left")) + " " + text(c.get("operator")) + " " + text(c.get("right"))).trim();
    }

    static String text(Object value) {
        return value == null ? "" : String.valueOf(value);
    }
}
