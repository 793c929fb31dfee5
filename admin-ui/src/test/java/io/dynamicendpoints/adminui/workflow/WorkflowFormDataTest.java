package io.dynamicendpoints.adminui.workflow;

import io.dynamicendpoints.domain.listener.ReturnType;
import io.dynamicendpoints.domain.workflow.RunMode;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class WorkflowFormDataTest {

    @Test
    void readsAndWritesEveryFieldOfTheDocument() {
        Map<String, Object> listener = new LinkedHashMap<>();
        listener.put("return_type", "redirect");
        listener.put("return_data", "d");
        listener.put("return_html", "h");
        listener.put("return_redirect", "https://example.com/{{ __data.ref }}");
        listener.put("add_authentication", true);
        listener.put("endpoint_key", "k1");
        listener.put("endpoint_secret", "s1");
        listener.put("require_exp", false);
        listener.put("max_token_lifetime", 300);
        listener.put("allow_cors", true);
        listener.put("cors_domains", "*");
        listener.put("strict_preflight_auth", true);
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("name", "n");
        document.put("description", "d");
        document.put("run_mode", "sync");
        document.put("published", true);
        document.put("listener", listener);
        List<Object> steps = List.of(Map.of("id", "a", "type", "store_value"));

        WorkflowFormData data = WorkflowFormData.from(document);
        Map<String, Object> written = data.toDocument(steps);

        assertThat(data.getRunMode()).isEqualTo(RunMode.SYNC);
        assertThat(data.getReturnType()).isEqualTo(ReturnType.REDIRECT);
        document.put("steps", steps);
        assertThat(written).isEqualTo(document);
    }

    @Test
    void aNewEndpointAnswersJsonInTheBackgroundWithoutAuthentication() {
        Map<String, Object> written = WorkflowFormData.blank().toDocument(List.of());

        assertThat(written).containsEntry("run_mode", "async").containsEntry("published", false);
        @SuppressWarnings("unchecked")
        Map<String, Object> listener = (Map<String, Object>) written.get("listener");
        assertThat(listener).containsEntry("return_type", "data")
                .containsEntry("add_authentication", false).containsEntry("allow_cors", false);
    }
}
