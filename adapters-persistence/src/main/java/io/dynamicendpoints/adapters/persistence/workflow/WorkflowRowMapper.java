package io.dynamicendpoints.adapters.persistence.workflow;

import io.dynamicendpoints.adapters.persistence.secret.SecretBox;
import io.dynamicendpoints.adapters.persistence.secret.UnreadableSecretException;
import io.dynamicendpoints.application.workflow.WorkflowDocument;
import io.dynamicendpoints.domain.listener.EndpointAddress;
import io.dynamicendpoints.domain.listener.EndpointSecret;
import io.dynamicendpoints.domain.workflow.Workflow;
import io.dynamicendpoints.domain.workflow.WorkflowId;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Converts between workflows and rows. The definition is the application's {@link WorkflowDocument}
 * (the one mapping of a workflow to plain values) as JSON text, so storage and the HTTP API can never
 * disagree on the shape. The id and the URL hashes are left out of that text: their columns are the
 * only place they are kept, so nothing can drift apart.
 *
 * <p>The listener's {@code endpoint_secret} is sealed ({@link SecretBox}) in the stored text and
 * opened when read: the domain and the API keep working with the clear value, the database never
 * sees it. A clear value stored before sealing existed still reads.
 */
@Singleton
final class WorkflowRowMapper {

    private static final Argument<Map<String, Object>> DOCUMENT = Argument.mapOf(String.class, Object.class);

    /** The listener settings that are secrets; sealed at rest. */
    static final String ENDPOINT_SECRET = "endpoint_secret";

    private static final Logger LOG = LoggerFactory.getLogger(WorkflowRowMapper.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JsonMapper json;
    private final SecretBox secrets;
    /** Rows whose secret did not open, reported once each rather than at every index refresh. */
    private final Set<Long> unreadable = ConcurrentHashMap.newKeySet();

    WorkflowRowMapper(JsonMapper json, SecretBox secrets) {
        this.json = json;
        this.secrets = secrets;
    }

    /** The row of a workflow as it is to be stored; {@code id} and {@code createdAt} are null for a new one. */
    WorkflowRow toRow(Workflow workflow, @Nullable Long id, long revision, @Nullable Instant createdAt) {
        EndpointAddress address = workflow.address();
        return new WorkflowRow(id, revision, workflow.name(), workflow.description(),
                workflow.runMode().externalName(), workflow.published(), address.firstHash(), address.secondHash(),
                definition(workflow), createdAt, null);
    }

    /**
     * An endpoint secret that does not open with the configured keys reads as a random one (logged).
     *
     * @throws IllegalStateException when the row contradicts itself (its published column disagrees
     *                               with its definition), which only a write by other means can cause
     */
    Workflow toWorkflow(WorkflowRow row) {
        WorkflowId id = new WorkflowId(row.id());
        Workflow workflow = WorkflowDocument.read(document(row), new EndpointAddress(row.firstHash(), row.secondHash()))
                .stored(id, row.revision());
        if (workflow.published() != row.published()) {
            throw new IllegalStateException("Workflow " + id + " is stored inconsistently: its published column says "
                    + row.published() + ", its definition " + workflow.published());
        }
        return workflow;
    }

    private String definition(Workflow workflow) {
        Map<String, Object> document = new LinkedHashMap<>(WorkflowDocument.write(workflow, null));
        document.remove("id");
        if (document.get("listener") instanceof Map<?, ?> listener) {
            Map<Object, Object> withoutAddress = new LinkedHashMap<>(listener);
            withoutAddress.remove("first_hash");
            withoutAddress.remove("second_hash");
            if (withoutAddress.get(ENDPOINT_SECRET) instanceof String secret) {
                withoutAddress.put(ENDPOINT_SECRET, secrets.seal(secret));
            }
            document.put("listener", withoutAddress);
        }
        try {
            return json.writeValueAsString(document);
        } catch (IOException e) {
            throw new UncheckedIOException("Workflow '" + workflow.name() + "' could not be written as JSON", e);
        }
    }

    private Map<String, Object> document(WorkflowRow row) {
        Map<String, Object> document = stored(row);
        if (document.get("listener") instanceof Map<?, ?> listener && listener.get(ENDPOINT_SECRET) instanceof String sealed
                && SecretBox.isSealed(sealed)) {
            Map<Object, Object> opened = new LinkedHashMap<>(listener);
            try {
                opened.put(ENDPOINT_SECRET, secrets.open(sealed));
            } catch (UnreadableSecretException e) {
                // One unreadable secret must not take every other endpoint down with it (the index loads
                // them all). An unguessable stand-in makes this endpoint refuse every token until its
                // secret is rotated or the right key configured; never an empty secret, which would sign.
                if (unreadable.add(row.id())) {
                    LOG.error("Workflow {}: {}. Its endpoint refuses every token until the right key is configured"
                            + " or its secret is rotated", row.id(), e.getMessage());
                }
                opened.put(ENDPOINT_SECRET, EndpointSecret.generate(RANDOM).template());
            }
            document.put("listener", opened);
        }
        return document;
    }

    /** The definition as stored, the secret still sealed; null when the row's text is not JSON. */
    Map<String, Object> stored(WorkflowRow row) {
        try {
            return new LinkedHashMap<>(json.readValue(row.definition(), DOCUMENT));
        } catch (IOException e) {
            throw new UncheckedIOException("The definition of workflow " + row.id() + " is not JSON", e);
        }
    }

    /**
     * The row's definition with its endpoint secret sealed with the current key, when it is clear or
     * sealed with the previous one; empty when it needs nothing.
     */
    /** Whether values sealed already may need sealing again (a previous key is configured). */
    boolean rotating() {
        return secrets.rotating();
    }

    Optional<String> resealed(WorkflowRow row) {
        Map<String, Object> document = stored(row);
        if (!(document.get("listener") instanceof Map<?, ?> listener)
                || !(listener.get(ENDPOINT_SECRET) instanceof String stored) || !secrets.needsSealing(stored)) {
            return Optional.empty();
        }
        Map<Object, Object> sealed = new LinkedHashMap<>(listener);
        sealed.put(ENDPOINT_SECRET, secrets.seal(secrets.open(stored)));
        document.put("listener", sealed);
        try {
            return Optional.of(json.writeValueAsString(document));
        } catch (IOException e) {
            throw new UncheckedIOException("Workflow " + row.id() + " could not be written as JSON", e);
        }
    }
}
