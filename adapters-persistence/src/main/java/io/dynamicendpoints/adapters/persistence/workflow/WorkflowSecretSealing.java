package io.dynamicendpoints.adapters.persistence.workflow;

import io.dynamicendpoints.adapters.persistence.secret.SecretBox;
import io.dynamicendpoints.adapters.persistence.secret.UnreadableSecretException;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;

/**
 * At start, seals the endpoint secrets still stored in clear (written before sealing existed) or
 * sealed with the previous key (before a rotation), so that neither waits for its workflow's next
 * save. The revision stays: nothing a reader sees changes. Several nodes starting at once may each
 * do it; a row changed meanwhile is skipped, as its writer sealed it already.
 */
@Singleton
final class WorkflowSecretSealing implements ApplicationEventListener<StartupEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(WorkflowSecretSealing.class);
    /** How a definition, written as compact JSON, holds an endpoint secret, and a sealed one. */
    private static final String ANY_SECRET = "%\"endpoint_secret\":\"%";
    private static final String SEALED_SECRET = "%\"endpoint_secret\":\"" + SecretBox.PREFIX + "%";

    private final WorkflowRowRepository rows;
    private final WorkflowRowMapper mapper;

    WorkflowSecretSealing(WorkflowRowRepository rows, WorkflowRowMapper mapper) {
        this.rows = rows;
        this.mapper = mapper;
    }

    @Override
    public void onApplicationEvent(StartupEvent event) {
        int sealed = sealAll();
        if (sealed > 0) {
            LOG.info("Sealed the endpoint secrets of {} workflow(s) with the current secrets key", sealed);
        }
    }

    /**
     * Seals what needs it; how many rows were rewritten. Outside a rotation only a clear secret needs
     * sealing, so only rows whose text shows one are read: a start with every secret sealed reads no
     * workflow here (the endpoint index reads them all already).
     */
    int sealAll() {
        int sealed = 0;
        List<WorkflowRow> candidates = mapper.rotating() ? rows.listOrderById()
                : rows.findByDefinitionLikeButNot(ANY_SECRET, SEALED_SECRET);
        for (WorkflowRow row : candidates) {
            try {
                String definition = mapper.resealed(row).orElse(null);
                if (definition != null) {
                    sealed += rows.updateDefinition(row.id(), row.revision(), definition);
                }
            } catch (UnreadableSecretException e) {
                // Left as it is: the right key may yet be configured. Reading it logs what to do.
                LOG.error("Workflow {}: {}", row.id(), e.getMessage());
            }
        }
        return sealed;
    }
}
