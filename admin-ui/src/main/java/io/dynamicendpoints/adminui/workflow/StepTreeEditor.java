package io.dynamicendpoints.adminui.workflow;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.hierarchy.TreeData;
import com.vaadin.flow.data.provider.hierarchy.TreeDataProvider;
import io.dynamicendpoints.adminui.base.Confirmation;
import io.dynamicendpoints.domain.step.StepKind;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The step tree, edited visually: add a step of any kind under the selected one (into a condition's
 * yes branch, an action's then, or a branch row), move it up or down among its siblings or, with the
 * steps under it, to the end of another list (the top level, a branch, an action's then), remove it,
 * and edit the selected step in its own form. Edits go straight into the document's step list, which the
 * JSON tab and saving use too. The application's violations on save are shown on the rows and fields
 * they name.
 */
final class StepTreeEditor extends Composite<VerticalLayout> {

    final TreeGrid<StepNode> tree = new TreeGrid<>();
    final MenuBar addMenu = new MenuBar();
    final Button moveUp = new Button("Up", VaadinIcon.ARROW_UP.create());
    final Button moveDown = new Button("Down", VaadinIcon.ARROW_DOWN.create());
    final MenuBar moveTo = new MenuBar();
    final Button remove = new Button("Remove", VaadinIcon.TRASH.create());
    final Div formPanel = new Div();

    private final Runnable changed;
    private List<Object> steps = new ArrayList<>();
    private List<StepNode> roots = List.of();
    private Map<String, String> violations = Map.of();
    private StepForm form;

    StepTreeEditor(Runnable changed) {
        this.changed = changed;
        VerticalLayout content = getContent();
        content.setId("step-editor");
        content.setPadding(false);
        content.add(new Paragraph("Actions run the steps under them after they succeed; a condition runs its yes "
                + "or its no branch. Select a step to edit it; new steps go under the selected row."));
        content.add(createToolbar());
        configureTree();
        formPanel.setId("step-form-panel");
        formPanel.setWidth("24rem");
        formPanel.getStyle().set("flex-shrink", "0");
        HorizontalLayout body = new HorizontalLayout(tree, formPanel);
        body.setWidthFull();
        body.setAlignItems(FlexComponent.Alignment.START);
        body.expand(tree);
        content.add(body);
        showForm(null);
    }

    private HorizontalLayout createToolbar() {
        addMenu.setId("add-step");
        MenuItem add = addMenu.addItem("Add step");
        add.add(VaadinIcon.PLUS.create());
        SubMenu kinds = add.getSubMenu();
        for (StepKind kind : StepKind.values()) {
            kinds.addItem(StepForm.title(kind) + " (" + kind.externalName() + ")", click -> add(kind))
                    .setId("add-step-" + kind.externalName().replace('_', '-'));
        }
        moveUp.setId("move-step-up");
        moveUp.setAriaLabel("Move the selected step up");
        moveUp.addClickListener(click -> move(-1));
        moveDown.setId("move-step-down");
        moveDown.setAriaLabel("Move the selected step down");
        moveDown.addClickListener(click -> move(1));
        moveTo.setId("move-step-to");
        moveTo.addThemeVariants(MenuBarVariant.LUMO_TERTIARY);
        remove.setId("remove-step");
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        remove.addClickListener(click -> confirmRemove());
        for (Button button : List.of(moveUp, moveDown, remove)) {
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        }
        HorizontalLayout toolbar = new HorizontalLayout(addMenu, moveUp, moveDown, moveTo, remove);
        toolbar.setAlignItems(FlexComponent.Alignment.CENTER);
        return toolbar;
    }

    private void configureTree() {
        tree.setId("step-tree");
        tree.setAriaLabel("Step tree");
        // Fixed widths: auto widths are measured before the rows expand, which would squeeze the hierarchy.
        tree.addHierarchyColumn(StepNode::label).setHeader("Step").setWidth("16em").setFlexGrow(0).setKey("step");
        tree.addColumn(StepNode::type).setHeader("Type").setWidth("11em").setFlexGrow(0).setKey("type");
        tree.addColumn(StepNode::summary).setHeader("What it does").setFlexGrow(2).setKey("summary");
        tree.addColumn(node -> problemsOf(node).stream().collect(Collectors.joining("; ")))
                .setHeader("Problems").setKey("problems");
        tree.setPartNameGenerator(node -> problemsOf(node).isEmpty() ? null : "step-problem");
        tree.setEmptyStateText("No steps: the listener answers on its own. Add one with “Add step”.");
        tree.setAllRowsVisible(true);
        tree.asSingleSelect().addValueChangeListener(change -> showForm(change.getValue()));
    }

    /** Shows this step list (edited in place from now on). */
    void setSteps(List<Object> documentSteps) {
        this.steps = documentSteps;
        this.violations = Map.of();
        refresh(null);
    }

    /** The application's violations of steps ({@code steps[0].yes[1].entity} ...), shown on their rows and fields. */
    void showViolations(Map<String, String> stepViolations) {
        this.violations = new LinkedHashMap<>(stepViolations);
        refresh(selectedStep().orElse(null));
    }

    private List<String> problemsOf(StepNode node) {
        if (!node.isStep()) {
            return List.of();
        }
        return ownViolations(node).entrySet().stream()
                .map(entry -> (entry.getKey().isEmpty() ? "" : entry.getKey() + ": ") + entry.getValue()).toList();
    }

    /** Violations of this step's own fields, keyed by the field (not those of its children). */
    private Map<String, String> ownViolations(StepNode node) {
        Map<String, String> own = new LinkedHashMap<>();
        violations.forEach((path, message) -> {
            if (path.equals(node.path())) {
                own.put("", message);
            } else if (path.startsWith(node.path() + ".")) {
                String field = path.substring(node.path().length() + 1);
                if (!field.matches("(then|yes|no)\\[\\d+].*")) {
                    own.put(field, message);
                }
            }
        });
        return own;
    }

    private void add(StepKind kind) {
        List<Object> target = Optional.ofNullable(tree.asSingleSelect().getValue())
                .map(StepNode::listForNewChild).orElse(steps);
        Map<String, Object> step = StepTemplates.blank(kind, freeId(kind));
        target.add(step);
        changed.run();
        refresh(step);
    }

    private String freeId(StepKind kind) {
        Set<String> taken = ids(roots, null);
        String base = kind.externalName().replace('_', '-');
        for (int n = 1; ; n++) {
            if (!taken.contains(base + "-" + n)) {
                return base + "-" + n;
            }
        }
    }

    private static Set<String> ids(List<StepNode> nodes, StepNode except) {
        Set<String> ids = new HashSet<>();
        for (StepNode node : nodes) {
            if (node.isStep() && node != except) {
                ids.add(node.label());
            }
            ids.addAll(ids(node.children(), except));
        }
        return ids;
    }

    private void move(int by) {
        StepNode node = tree.asSingleSelect().getValue();
        if (node == null || !node.isStep()) {
            return;
        }
        List<Object> list = node.list();
        int from = indexOf(list, node.step());
        int to = from + by;
        if (from < 0 || to < 0 || to >= list.size()) {
            return;
        }
        list.set(from, list.get(to));
        list.set(to, node.step());
        changed.run();
        refresh(node.step());
    }

    /** Offers every list the selected step may go to: not its own list, and nothing inside itself. */
    private void offerDestinations(StepNode node) {
        moveTo.removeAll();
        MenuItem item = moveTo.addItem("Move to…");
        item.add(VaadinIcon.LEVEL_RIGHT.create());
        boolean possible = node != null && node.isStep();
        if (possible) {
            SubMenu targets = item.getSubMenu();
            if (node.list() != steps) {
                targets.addItem("Top level", click -> moveInto(node, steps)).setId("move-to-top");
            }
            destinations(roots, node, targets);
            possible = !targets.getItems().isEmpty();
        }
        moveTo.setEnabled(possible);
    }

    private void destinations(List<StepNode> nodes, StepNode moving, SubMenu targets) {
        for (StepNode candidate : nodes) {
            if (candidate == moving) {
                continue; // neither the step itself nor anything under it
            }
            if (candidate.isStep() && !candidate.isCondition()) {
                List<Object> then = candidate.childList("then");
                if (then != moving.list()) {
                    targets.addItem("Under “" + candidate.label() + "” (then)", click -> moveInto(moving, then))
                            .setId("move-to-" + candidate.label() + "-then");
                }
            } else if (!candidate.isStep() && candidate.list() != moving.list()) {
                targets.addItem("“" + candidate.parent().label() + "”: " + candidate.label(),
                                click -> moveInto(moving, candidate.list()))
                        .setId("move-to-" + candidate.parent().label() + "-" + candidate.label());
            }
            destinations(candidate.children(), moving, targets);
        }
    }

    private void moveInto(StepNode node, List<Object> target) {
        int index = indexOf(node.list(), node.step());
        if (index < 0) {
            return;
        }
        node.list().remove(index);
        target.add(node.step());
        changed.run();
        refresh(node.step());
    }

    private void confirmRemove() {
        StepNode node = tree.asSingleSelect().getValue();
        if (node == null || !node.isStep()) {
            return;
        }
        boolean hasChildren = node.children().stream().anyMatch(child -> child.isStep() || !child.children().isEmpty());
        if (hasChildren) {
            Confirmation.ask("confirm-remove-step", "Remove “" + node.label() + "” and the steps under it?",
                    "The steps under it are removed too.", "Remove", () -> removeStep(node));
        } else {
            removeStep(node);
        }
    }

    private void removeStep(StepNode node) {
        int index = indexOf(node.list(), node.step());
        if (index >= 0) {
            node.list().remove(index);
            changed.run();
        }
        StepNode parent = node.parent();
        while (parent != null && !parent.isStep()) {
            parent = parent.parent();
        }
        refresh(parent == null ? null : parent.step());
    }

    private static int indexOf(List<Object> list, Object item) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) == item) {
                return i;
            }
        }
        return -1;
    }

    /** Rebuilds the rows from the document and selects the row of {@code select} (by identity), if given. */
    private void refresh(Map<String, Object> select) {
        roots = StepNode.of(steps);
        TreeData<StepNode> data = new TreeData<>();
        addAll(data, null, roots);
        tree.setDataProvider(new TreeDataProvider<>(data));
        tree.expandRecursively(roots, Integer.MAX_VALUE);
        StepNode selected = select == null ? null : find(roots, select);
        if (selected == null) {
            tree.asSingleSelect().clear();
            showForm(null);
        } else {
            tree.select(selected);
            showForm(selected);
        }
    }

    private static void addAll(TreeData<StepNode> data, StepNode parent, List<StepNode> nodes) {
        for (StepNode node : nodes) {
            data.addItem(parent, node);
            addAll(data, node, node.children());
        }
    }

    private static StepNode find(List<StepNode> nodes, Map<String, Object> step) {
        for (StepNode node : nodes) {
            if (node.step() == step) {
                return node;
            }
            StepNode inChildren = find(node.children(), step);
            if (inChildren != null) {
                return inChildren;
            }
        }
        return null;
    }

    private Optional<Map<String, Object>> selectedStep() {
        return Optional.ofNullable(tree.asSingleSelect().getValue()).filter(StepNode::isStep).map(StepNode::step);
    }

    private void showForm(StepNode node) {
        formPanel.removeAll();
        boolean step = node != null && node.isStep();
        moveUp.setEnabled(step);
        moveDown.setEnabled(step);
        remove.setEnabled(step);
        offerDestinations(node);
        if (!step) {
            form = null;
            formPanel.add(new Paragraph(node == null
                    ? "Select a step to edit it."
                    : "The " + node.label() + " branch: steps added now go into it."));
            return;
        }
        form = new StepForm(node, ids(roots, node), () -> {
            changed.run();
            tree.getDataProvider().refreshItem(node);
        });
        form.showViolations(ownViolations(node));
        formPanel.add(form);
    }

    /** The form of the selected step, if a step is selected. */
    Optional<StepForm> form() {
        return Optional.ofNullable(form);
    }
}
