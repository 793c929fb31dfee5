package io.dynamicendpoints.adminui.requestlog;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.dynamicendpoints.application.requestlog.LoggedRequest;
import io.dynamicendpoints.application.template.JsonText;
import io.dynamicendpoints.domain.requestlog.RequestLogEntry;

import java.util.Optional;

/**
 * One logged request in full: what arrived (query, headers with credentials masked as the log stored
 * them, body), the {@code __data} the workflow saw, what it answered, and the run's id and trace when
 * there was a run. Offers the replay; the view decides what a replay does.
 */
final class RequestDetailPanel extends Composite<VerticalLayout> {

    final H3 title = new H3();
    final Span summary = new Span();
    final Pre query = block("request-detail-query");
    final Pre headers = block("request-detail-headers");
    final Pre body = block("request-detail-body");
    final Pre data = block("request-detail-data");
    final StatusBadge responseStatus = new StatusBadge();
    final Pre responseHeaders = block("request-detail-response-headers");
    final Pre responseBody = block("request-detail-response-body");
    final Span runId = new Span();
    final Pre trace = block("request-detail-trace");
    final Button replay = new Button("Replay…", VaadinIcon.REFRESH.create());
    final Button close = new Button("Close", VaadinIcon.CLOSE_SMALL.create());

    private final H4 runHeading = new H4("Run");
    private final H4 traceHeading = new H4("Trace");
    private LoggedRequest shown;

    /**
     * @param onReplay asked to replay the request shown
     * @param onClose  asked to close the panel
     */
    RequestDetailPanel(java.util.function.Consumer<LoggedRequest> onReplay, Runnable onClose) {
        VerticalLayout layout = getContent();
        layout.setId("request-detail");
        layout.addClassName("request-detail");
        layout.getElement().setAttribute("role", "region");
        layout.getElement().setAttribute("aria-label", "Request detail");
        layout.setPadding(false);
        layout.setSpacing(false);

        title.setId("request-detail-title");
        summary.setId("request-detail-summary");
        summary.addClassName("request-summary");
        responseStatus.setId("request-detail-response-status");
        runId.setId("request-detail-run-id");
        runId.addClassName("request-run-id");

        replay.setId("request-replay");
        replay.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        replay.setTooltipText("Run this request again through the workflow as it is now");
        replay.addClickListener(click -> {
            if (shown != null) {
                onReplay.accept(shown);
            }
        });
        close.setId("request-detail-close");
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        close.setAriaLabel("Close the request detail");
        close.addClickListener(click -> onClose.run());
        HorizontalLayout actions = new HorizontalLayout(replay, close);
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);

        layout.add(title, summary, actions,
                heading("Query", query), query, heading("Request headers", headers), headers,
                heading("Request body", body), body, heading("__data (what the workflow saw)", data), data,
                new H4("Response"), responseStatus, responseHeaders, responseBody,
                runHeading, runId, traceHeading, trace);
        responseHeaders.getElement().setAttribute("aria-label", "Response headers");
        responseBody.getElement().setAttribute("aria-label", "Response body");
        trace.getElement().setAttribute("aria-label", "Trace");
    }

    void show(LoggedRequest logged) {
        shown = logged;
        RequestLogEntry entry = logged.entry();
        title.setText(entry.method() + " " + entry.path());
        summary.setText(EntryText.time(entry.receivedAt()) + " UTC · " + entry.status() + " "
                + StatusBadge.meaning(entry.status()) + " · " + entry.durationMs() + " ms · auth "
                + entry.authOutcome().value() + entry.replayOf().map(original -> " · replay of " + original).orElse("")
                + " · id " + entry.id());
        query.setText(EntryText.query(entry.query()));
        headers.setText(EntryText.headers(entry.headers()));
        body.setText(EntryText.body(entry.body()));
        data.setText(logged.data().map(JsonText::pretty)
                .orElse("(none: the request never reached the workflow, or its body was only partly kept)"));
        responseStatus.show(entry.status());
        responseHeaders.setText(EntryText.headers(entry.responseHeaders()));
        responseBody.setText(EntryText.body(entry.responseBody()));
        Optional<String> run = entry.runId().filter(id -> !id.isBlank());
        runId.setText(run.orElse(""));
        runHeading.setVisible(run.isPresent());
        runId.setVisible(run.isPresent());
        boolean traced = !entry.trace().isEmpty();
        trace.setText(traced ? JsonText.pretty(entry.trace()) : "");
        traceHeading.setVisible(traced);
        trace.setVisible(traced);
        setVisible(true);
    }

    Optional<LoggedRequest> shown() {
        return Optional.ofNullable(shown);
    }

    void clear() {
        shown = null;
        setVisible(false);
    }

    /** A section heading; screen readers also read it as the label of the block it heads. */
    private static Component heading(String text, Pre block) {
        block.getElement().setAttribute("aria-label", text);
        return new H4(text);
    }

    private static Pre block(String id) {
        Pre pre = new Pre();
        pre.setId(id);
        pre.addClassName("request-block");
        return pre;
    }
}
