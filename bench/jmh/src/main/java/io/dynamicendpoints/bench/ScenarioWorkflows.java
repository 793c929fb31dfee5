package io.dynamicendpoints.bench;

import io.dynamicendpoints.domain.listener.CorsRules;
import io.dynamicendpoints.domain.listener.EndpointAddress;
import io.dynamicendpoints.domain.listener.EndpointListener;
import io.dynamicendpoints.domain.listener.JwtRequirement;
import io.dynamicendpoints.domain.listener.ReturnType;
import io.dynamicendpoints.domain.workflow.RunMode;
import io.dynamicendpoints.domain.workflow.Workflow;
import io.dynamicendpoints.domain.workflow.WorkflowId;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Workflows shaped like the benchmark scenarios, built directly in the domain. */
final class ScenarioWorkflows {

    /** Scenario (a)'s reply template. */
    static final String DATA_REPLY = "{\"status\": \"received\", \"ref\": \"{{ __data.case_ref }}\"}";

    private ScenarioWorkflows() {
    }

    static List<Workflow> dataReplies(List<EndpointAddress> addresses) {
        List<Workflow> workflows = new ArrayList<>(addresses.size());
        long id = 1;
        for (EndpointAddress address : addresses) {
            EndpointListener listener = new EndpointListener(address, ReturnType.DATA, DATA_REPLY, "", "",
                    JwtRequirement.OFF, CorsRules.OFF);
            workflows.add(new Workflow(Optional.of(new WorkflowId(id)), 1, "endpoint " + id, "", RunMode.SYNC, true,
                    listener, List.of()));
            id++;
        }
        return workflows;
    }
}
