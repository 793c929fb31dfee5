package io.dynamicendpoints.adminui.workflow;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.dynamicendpoints.adminui.base.CopyButton;
import io.dynamicendpoints.application.receive.IncomingRequest;
import io.dynamicendpoints.application.receive.ListenerResponse;
import io.dynamicendpoints.application.receive.TestWorkflow;
import io.dynamicendpoints.application.receive.TestWorkflow.TestResult;
import io.dynamicendpoints.application.workflow.WorkflowNotFoundException;
import io.dynamicendpoints.application.workflow.WorkflowView;
import io.dynamicendpoints.domain.requestlog.RequestLogEntry;
import io.dynamicendpoints.domain.run.TraceEntry;
import io.dynamicendpoints.domain.workflow.WorkflowId;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The editor's "Test" tab: composes a sample request (prefilled from the endpoint's last logged
 * request), runs it through the saved workflow (published or not) with {@link TestWorkflow}, and
 * shows the reply, the step trace, and the same request as a curl command for the endpoint's URL.
 * When the endpoint demands a token, both the test and the curl command carry a freshly signed one
 * unless the admin unticks "Sign a fresh token" (to see the refusal a caller without one gets).
 */
final class TestPanel extends VerticalLayout {

    final Select<String> method = new Select<>();
    final TextArea headers = new TextArea("Headers");
    final TextField query = new TextField("Query string");
    final TextArea body = new TextArea("Body");
    final Button run = new Button("Run test", VaadinIcon.PLAY.create());
    final Span status = new Span();
    final Span unsavedNote = new Span("This endpoint has unsaved changes: the test ran its saved version.");
    final TextArea responseHeaders = new TextArea("Response headers");
    final TextArea responseBody = new TextArea("Response body");
    final Grid<TraceEntry> trace = new Grid<>(TraceEntry.class, false);
    final TextArea curl = new TextArea("curl");
    final Checkbox signToken = new Checkbox("Sign a fresh token");
    final Span prefilled = new Span();

    private final transient TestWorkflow testWorkflow;
    private final transient Supplier<Optional<WorkflowView>> saved;
    private final transient BooleanSupplier unsaved;
    private final transient Function<WorkflowId, Optional<RequestLogEntry>> lastRequest;
    private final CopyButton copyCurl = new CopyButton("curl command", "");
    private String url;

    /**
     * Headers a sample does not take over from a logged request: curl and the HTTP stack set them
     * themselves, and a masked credential is no value at all.
     */
    private static final Set<String> NOT_PREFILLED = Set.of("host", "content-length", "connection",
            "transfer-encoding", "accept-encoding", "user-agent", "authorization");

    private boolean prefillDone;
    /**
     * The saved version read when the editor last loaded or saved it: the curl command, rebuilt on
     * every field change, signs its token with it instead of reading the workflow again each time.
     */
    private transient Optional<WorkflowView> shownVersion = Optional.empty();

    TestPanel(TestWorkflow testWorkflow, Supplier<Optional<WorkflowView>> saved, BooleanSupplier unsaved,
              Function<WorkflowId, Optional<RequestLogEntry>> lastRequest) {
        this.testWorkflow = testWorkflow;
        this.saved = saved;
        this.unsaved = unsaved;
        this.lastRequest = lastRequest;
        setId("test-panel");
        setPadding(false);

        method.setId("test-method");
        method.setLabel("Method");
        method.setItems("GET", "POST", "PUT");
        method.setValue("POST");
        headers.setId("test-headers");
        headers.setWidthFull();
        headers.addClassName("code");
        headers.setHelperText("One header a line: Name: value");
        headers.setValue("Content-Type: application/json");
        query.setId("test-query");
        query.setWidthFull();
        query.setPlaceholder("a=1&b=2");
        body.setId("test-body");
        body.setWidthFull();
        body.setMinHeight("8rem");
        body.addClassName("code");
        body.getElement().setAttribute("spellcheck", "false");
        run.setId("test-run");
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        run.setTooltipText("Runs the saved version of this workflow, published or not");
        run.addClickListener(click -> runTest());

        status.setId("test-status");
        status.addClassName("test-status");
        unsavedNote.setId("test-unsaved");
        unsavedNote.addClassName("test-note");
        responseHeaders.setId("test-response-headers");
        responseHeaders.setReadOnly(true);
        responseHeaders.setWidthFull();
        responseHeaders.addClassName("code");
        responseBody.setId("test-response-body");
        responseBody.setReadOnly(true);
        responseBody.setWidthFull();
        responseBody.addClassName("code");
        trace.setId("test-trace-grid");
        trace.setAllRowsVisible(true);
        trace.addColumn(TraceEntry::stepId).setKey("step").setHeader("Step").setAutoWidth(true);
        trace.addColumn(TraceEntry::kind).setKey("kind").setHeader("Kind").setAutoWidth(true);
        trace.addColumn(entry -> entry.outcome().name().toLowerCase(Locale.ROOT))
                .setKey("outcome").setHeader("Outcome").setAutoWidth(true);
        trace.addColumn(entry -> formatDuration(entry.durationMicros()))
                .setKey("duration").setHeader("Duration").setAutoWidth(true);
        trace.addColumn(TraceEntry::detail).setKey("detail").setHeader("Detail").setFlexGrow(1);
        trace.setEmptyStateText("No step ran yet.");

        signToken.setId("test-sign-token");
        signToken.setValue(true);
        signToken.setVisible(false);
        signToken.setTooltipText("Signs a token valid for " + TestWorkflow.SAMPLE_TOKEN_LIFETIME.toMinutes()
                + " minutes with this endpoint's key and secret; untick to send only the headers above");
        signToken.addValueChangeListener(change -> showCurl());
        prefilled.setId("test-prefilled");
        prefilled.addClassName("test-note");
        prefilled.setVisible(false);

        curl.setId("test-curl");
        curl.setReadOnly(true);
        curl.setWidthFull();
        curl.addClassName("code");
        copyCurl.setId("copy-test-curl");
        method.addValueChangeListener(change -> showCurl());
        headers.addValueChangeListener(change -> showCurl());
        query.addValueChangeListener(change -> showCurl());
        body.addValueChangeListener(change -> showCurl());

        HorizontalLayout requestLine = new HorizontalLayout(method, query, run);
        requestLine.setWidthFull();
        requestLine.setAlignItems(Alignment.BASELINE);
        requestLine.expand(query);
        HorizontalLayout curlRow = new HorizontalLayout(curl, copyCurl);
        curlRow.setWidthFull();
        curlRow.setAlignItems(Alignment.CENTER);
        add(prefilled, requestLine, headers, signToken, body, status, unsavedNote, responseHeaders, responseBody, trace,
                curlRow);
        clearResult();
    }

    /** The endpoint's URL (null for an endpoint not saved yet): the target of the curl command. */
    void setUrl(String endpointUrl) {
        url = endpointUrl;
        run.setEnabled(endpointUrl != null);
        clearResult();
        Optional<WorkflowView> view = endpointUrl == null ? Optional.empty() : savedWorkflow();
        shownVersion = view;
        signToken.setVisible(view.map(shown -> shown.workflow().listener().jwt().enabled()).orElse(false));
        if (!prefillDone && view.isPresent()) {
            // Once per editor: later saves must not overwrite what the admin has typed since.
            prefillDone = true;
            lastRequest.apply(view.get().workflow().requireId()).ifPresent(this::prefill);
        }
        showCurl();
    }

    /** Copies the method, query, headers and (untruncated) body of a logged request into the form. */
    private void prefill(RequestLogEntry entry) {
        method.setValue(method.getListDataView().contains(entry.method()) ? entry.method() : "POST");
        StringBuilder queryText = new StringBuilder();
        entry.query().forEach((name, values) -> values.forEach(value -> {
            if (value.equals(RequestLogEntry.MASK)) {
                return; // a masked credential: the journal does not have it
            }
            if (!queryText.isEmpty()) {
                queryText.append('&');
            }
            queryText.append(encode(name)).append('=').append(encode(value));
        }));
        query.setValue(queryText.toString());
        StringBuilder headerText = new StringBuilder();
        entry.headers().forEach((name, value) -> {
            if (!NOT_PREFILLED.contains(name) && !value.equals(RequestLogEntry.MASK)) {
                headerText.append(name).append(": ").append(value).append('\n');
            }
        });
        headers.setValue(headerText.toString().strip());
        boolean wholeBody = !entry.body().truncated();
        body.setValue(wholeBody ? entry.body().text() : "");
        prefilled.setText("Prefilled from the request of " + entry.receivedAt().truncatedTo(ChronoUnit.SECONDS)
                + (wholeBody ? "" : " (its body was too large to keep, so it is left out)")
                + "; masked credentials are not copied.");
        prefilled.setVisible(true);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private Optional<WorkflowView> savedWorkflow() {
        try {
            return saved.get();
        } catch (WorkflowNotFoundException e) {
            return Optional.empty();
        }
    }

    /** A fresh token when the endpoint demands one and the admin wants it signed. */
    private Optional<String> freshToken(Optional<WorkflowView> view) {
        if (!signToken.isVisible() || !signToken.getValue() || view.isEmpty() || hasAuthorizationLine()) {
            return Optional.empty();
        }
        return testWorkflow.sampleToken(view.get().workflow());
    }

    private boolean hasAuthorizationLine() {
        return headers.getValue().lines().anyMatch(line -> line.strip().toLowerCase(Locale.ROOT).startsWith("authorization:"));
    }

    void runTest() {
        Map<String, List<String>> headerValues = parseHeaders();
        if (headerValues == null) {
            return;
        }
        Optional<WorkflowView> view = savedWorkflow();
        if (view.isEmpty()) {
            clearResult();
            status.setText("Save the endpoint first: a test runs its saved version");
            return;
        }
        freshToken(view).ifPresent(token -> headerValues.put("authorization", List.of("Bearer " + token)));
        var address = view.get().workflow().address();
        IncomingRequest request = new IncomingRequest(method.getValue(),
                address == null ? "" : address.firstHash(), address == null ? "" : address.secondHash(),
                parseQuery(query.getValue()), headerValues, body.getValue().getBytes(StandardCharsets.UTF_8));
        TestResult result = testWorkflow.test(view.get().workflow(), request);
        show(Shown.of(result.response()));
        trace.setItems(result.trace());
        unsavedNote.setVisible(unsaved.getAsBoolean());
    }

    private void show(Shown shown) {
        status.setText(shown.status() == 0 ? shown.body() : "Status " + shown.status());
        status.getElement().getClassList().set("test-status-error", shown.status() >= 400);
        StringBuilder text = new StringBuilder();
        shown.headers().forEach((name, value) -> text.append(name).append(": ").append(value).append('\n'));
        responseHeaders.setValue(text.toString().strip());
        responseHeaders.setVisible(!shown.headers().isEmpty());
        responseBody.setValue(shown.status() == 0 ? "" : shown.body());
    }

    private void clearResult() {
        status.setText("Not run yet");
        status.getElement().getClassList().remove("test-status-error");
        unsavedNote.setVisible(false);
        responseHeaders.clear();
        responseHeaders.setVisible(false);
        responseBody.clear();
        trace.setItems(List.of());
    }

    /** The header lines as lower-case names to values; null (with the field marked) when a line is not {@code Name: value}. */
    private Map<String, List<String>> parseHeaders() {
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (String line : headers.getValue().split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                headers.setErrorMessage("Not a header: “" + line.strip() + "” (expected Name: value)");
                headers.setInvalid(true);
                return null;
            }
            values.computeIfAbsent(line.substring(0, colon).strip().toLowerCase(Locale.ROOT), name -> new ArrayList<>())
                    .add(line.substring(colon + 1).strip());
        }
        headers.setInvalid(false);
        return values;
    }

    private static Map<String, List<String>> parseQuery(String text) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        String raw = text == null ? "" : text.strip();
        if (raw.startsWith("?")) {
            raw = raw.substring(1);
        }
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            values.computeIfAbsent(URLDecoder.decode(name, StandardCharsets.UTF_8), key -> new ArrayList<>())
                    .add(URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return values;
    }

    private void showCurl() {
        String command = curlCommand();
        curl.setValue(command);
        copyCurl.setText(command);
    }

    /** The composed request as a curl command line for the endpoint's URL. */
    String curlCommand() {
        if (url == null) {
            return "";
        }
        String raw = query.getValue() == null ? "" : query.getValue().strip();
        if (raw.startsWith("?")) {
            raw = raw.substring(1);
        }
        StringBuilder command = new StringBuilder("curl -X ").append(method.getValue()).append(' ')
                .append(quote(raw.isEmpty() ? url : url + "?" + raw));
        for (String line : headers.getValue().split("\n")) {
            if (!line.isBlank()) {
                command.append(" \\\n  -H ").append(quote(line.strip()));
            }
        }
        freshToken(shownVersion).ifPresent(token ->
                command.append(" \\\n  -H ").append(quote("Authorization: Bearer " + token)));
        if (!body.getValue().isEmpty()) {
            command.append(" \\\n  --data-raw ").append(quote(body.getValue()));
        }
        return command.toString();
    }

    private static String quote(String text) {
        return "'" + text.replace("'", "'\\''") + "'";
    }

    private static String formatDuration(long micros) {
        return micros < 1000 ? micros + " µs" : String.format(Locale.ROOT, "%.1f ms", micros / 1000.0);
    }

    /** A reply as shown: its status (0 for one a test cannot show), headers and body. */
    record Shown(int status, Map<String, String> headers, String body) {

        static Shown of(ListenerResponse response) {
            return switch (response) {
                case ListenerResponse.DataResponse data -> new Shown(200,
                        data.contentType() == null ? Map.of() : Map.of("Content-Type", data.contentType()), data.body());
                case ListenerResponse.HtmlResponse html -> new Shown(200, Map.of("Content-Type", "text/html"), html.body());
                case ListenerResponse.RedirectResponse redirect -> new Shown(302, Map.of("Location", redirect.location()), "");
                case ListenerResponse.NoContentResponse noContent -> new Shown(204, noContent.headers(), "");
                case ListenerResponse.EmptyResponse empty -> new Shown(200, Map.of(), "");
                case ListenerResponse.ErrorResponse error -> new Shown(error.status(), error.headers(), errorText(error));
                case ListenerResponse.Decorated decorated -> {
                    Shown inner = of(decorated.response());
                    Map<String, String> merged = new LinkedHashMap<>(inner.headers());
                    if (decorated.headers() != null) {
                        merged.putAll(decorated.headers());
                    }
                    yield new Shown(decorated.status() == null ? inner.status() : decorated.status(), merged, inner.body());
                }
                case ListenerResponse.Deferred deferred -> new Shown(0, Map.of(), "The reply would come later");
                case ListenerResponse.EventStream stream -> new Shown(0, Map.of(), "The reply would be a live event stream");
            };
        }

        private static String errorText(ListenerResponse.ErrorResponse error) {
            StringBuilder text = new StringBuilder("error: ").append(error.error());
            if (error.reason() != null) {
                text.append("\nreason: ").append(error.reason());
            }
            if (error.step() != null) {
                text.append("\nstep: ").append(error.step());
            }
            if (error.message() != null) {
                text.append("\nmessage: ").append(error.message());
            }
            return text.toString();
        }
    }
}
