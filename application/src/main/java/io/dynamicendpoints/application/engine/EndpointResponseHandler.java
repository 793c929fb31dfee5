package io.dynamicendpoints.application.engine;

import io.dynamicendpoints.application.template.TemplateOutput;
import io.dynamicendpoints.domain.step.EndpointResponseStep;

/** Renders the step's reply and hands it to whoever waits; the run then goes on with {@code then}. */
public final class EndpointResponseHandler implements StepHandler<EndpointResponseStep> {

    private final StepTemplates templates;

    public EndpointResponseHandler(StepTemplates templates) {
        this.templates = templates;
    }

    @Override
    public Class<EndpointResponseStep> stepType() {
        return EndpointResponseStep.class;
    }

    @Override
    public StepOutcome execute(EndpointResponseStep step, ExecutionContext context) {
        String source = switch (step.returnType()) {
            case DATA -> step.returnData();
            case HTML -> step.returnHtml();
            case REDIRECT -> step.returnRedirect();
            case CONTINUE, SSE -> throw new IllegalStateException("An endpoint response answers with a fixed type");
        };
        TemplateOutput output = switch (step.returnType()) {
            case DATA -> TemplateOutput.DATA;
            case HTML -> TemplateOutput.HTML;
            case REDIRECT, CONTINUE, SSE -> TemplateOutput.TEXT;
        };
        context.sink().reply(new RenderedReply(step.returnType(), templates.render(source, output, context), step.status(),
                templates.renderAll(step.headers(), context)));
        return new StepOutcome.Next(step.then());
    }
}
