package io.dynamicendpoints.domain.step;

import io.dynamicendpoints.domain.listener.ReturnType;

import java.util.List;
import java.util.Map;

/**
 * Produces the reply of a {@code continue} (or one frame of an {@code sse}) endpoint the moment the
 * run reaches it. It has its own return type, limited to the fixed ones, and may override the status
 * and add headers.
 */
public record EndpointResponseStep(
        String id,
        ReturnType returnType,
        String returnData,
        String returnHtml,
        String returnRedirect,
        Integer status,
        Map<String, String> headers,
        List<Step> then) implements Step {

    public EndpointResponseStep {
        id = StepRules.id(id);
        if (returnType == null || !returnType.isFixed()) {
            throw new InvalidStepException("return_type", "An endpoint response answers with data, html or redirect");
        }
        if (status != null && (status < 100 || status > 599)) {
            throw new InvalidStepException("status", "An HTTP status lies between 100 and 599");
        }
        returnData = StepRules.text(returnData);
        returnHtml = StepRules.text(returnHtml);
        returnRedirect = StepRules.text(returnRedirect);
        headers = StepRules.headers(headers);
        then = StepRules.children(then);
    }

    @Override
    public StepKind kind() {
        return StepKind.ENDPOINT_RESPONSE;
    }

    @Override
    public List<Step> children() {
        return then;
    }
}
