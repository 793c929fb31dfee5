package io.dynamicendpoints.application.receive;

import io.dynamicendpoints.application.template.TemplateEngine;
import io.dynamicendpoints.domain.listener.EndpointAddress;
import io.dynamicendpoints.domain.listener.ReturnType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static io.dynamicendpoints.domain.workflow.WorkflowFixtures.FIRST_HASH;
import static io.dynamicendpoints.domain.workflow.WorkflowFixtures.SECOND_HASH;
import static io.dynamicendpoints.domain.workflow.WorkflowFixtures.aDraft;
import static io.dynamicendpoints.domain.workflow.WorkflowFixtures.aListener;
import static io.dynamicendpoints.domain.workflow.WorkflowFixtures.anAddress;
import static org.assertj.core.api.Assertions.assertThat;

class EndpointIndexTest {

    private static final TemplateEngine TEMPLATES = new TemplateEngine();

    private static PublishedEndpoint anEndpointAt(EndpointAddress address) {
        return PublishedEndpoint.compile(aDraft(aListener(ReturnType.DATA, "{}")).withAddress(address).publish(), TEMPLATES);
    }

    @Test
    void findsEveryOneOfManyEndpointsByItsTwoHashes() {
        Random random = new Random(8);
        List<PublishedEndpoint> published = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            published.add(anEndpointAt(EndpointAddress.generate(random)));
        }

        EndpointIndex index = new EndpointIndex(published);

        assertThat(index.size()).isEqualTo(5_000);
        for (PublishedEndpoint endpoint : published) {
            EndpointAddress address = endpoint.workflow().address();
            assertThat(index.find(address.firstHash(), address.secondHash())).isSameAs(endpoint);
            assertThat(index.withFirstHash(address.firstHash())).isSameAs(endpoint);
        }
    }

    @Test
    void findsNothingAtAnAddressNoEndpointHas() {
        Random random = new Random(9);
        List<PublishedEndpoint> published = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            published.add(anEndpointAt(EndpointAddress.generate(random)));
        }
        EndpointIndex index = new EndpointIndex(published);

        for (int i = 0; i < 1_000; i++) {
            EndpointAddress unknown = EndpointAddress.generate(random);
            assertThat(index.find(unknown.firstHash(), unknown.secondHash())).isNull();
            assertThat(index.withFirstHash(unknown.firstHash())).isNull();
        }
        assertThat(index.find("00000000000000000000000000000000", "00000000000000000000000000000000")).isNull();
    }

    @Test
    void anEmptyIndexFindsNothing() {
        assertThat(EndpointIndex.EMPTY.find(FIRST_HASH, SECOND_HASH)).isNull();
        assertThat(EndpointIndex.EMPTY.withFirstHash(FIRST_HASH)).isNull();
        assertThat(EndpointIndex.EMPTY.size()).isZero();
    }

    @Test
    void acceptsAnEqualSecondHashThatIsAnotherStringInstance() {
        PublishedEndpoint endpoint = anEndpointAt(anAddress());

        assertThat(new EndpointIndex(List.of(endpoint)).find(new String(FIRST_HASH.toCharArray()),
                new String(SECOND_HASH.toCharArray()))).isSameAs(endpoint);
    }

    // The comparison is constant time (no branch on how much matched); a timing test would only be noise
    // on a shared CI machine, so these tests pin the outcome for mismatches at either end and of any length.
    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
            "0edcba9876543210fedcba9876543210", // differs in the first character
            "fedcba9876543210fedcba9876543211", // differs in the last character
            "fedcba9876543210fedcba987654321", // a prefix
            "fedcba9876543210fedcba98765432100", // one character more
            "FEDCBA9876543210FEDCBA9876543210", // upper case
            "0123456789abcdef0123456789abcdef", // the first hash
            "fedcba9876543210fedcba987654321é",
            "fedcba9876543210fedcba987654321g"})
    void refusesAnyOtherSecondHash(String candidate) {
        EndpointIndex index = new EndpointIndex(List.of(anEndpointAt(anAddress())));

        assertThat(index.find(FIRST_HASH, candidate)).isNull();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
            "0123456789ABCDEF0123456789ABCDEF", // upper case
            "0123456789abcdef0123456789abcde", // a prefix
            "0123456789abcdef0123456789abcdef0", // one character more
            "0123456789abcdef0123456789abcdeF"})
    void refusesAFirstHashThatIsNotExactlyTheStoredOne(String candidate) {
        EndpointIndex index = new EndpointIndex(List.of(anEndpointAt(anAddress())));

        assertThat(index.find(candidate, SECOND_HASH)).isNull();
        assertThat(index.withFirstHash(candidate)).isNull();
    }
}
