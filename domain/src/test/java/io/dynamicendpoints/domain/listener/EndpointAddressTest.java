package io.dynamicendpoints.domain.listener;

import io.dynamicendpoints.domain.workflow.WorkflowFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;

import static io.dynamicendpoints.domain.workflow.WorkflowFixtures.FIRST_HASH;
import static io.dynamicendpoints.domain.workflow.WorkflowFixtures.SECOND_HASH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class EndpointAddressTest {

    private static final String LOWER_HEX_32 = "[0-9a-f]{32}";

    @Test
    void generatesTwoHashesOfThirtyTwoLowerCaseHexCharacters() {
        EndpointAddress address = EndpointAddress.generate(new SecureRandom());

        assertThat(address.firstHash()).matches(LOWER_HEX_32);
        assertThat(address.secondHash()).matches(LOWER_HEX_32);
        assertThat(address.firstHash()).isNotEqualTo(address.secondHash());
    }

    @Test
    void generatesADifferentAddressEveryTime() {
        SecureRandom random = new SecureRandom();
        Set<String> firstHashes = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            firstHashes.add(EndpointAddress.generate(random).firstHash());
        }

        assertThat(firstHashes).hasSize(100);
    }

    @Test
    void generatesTheSameAddressFromTheSameSeed() {
        assertThat(EndpointAddress.generate(WorkflowFixtures.aSeededRandom()))
                .isEqualTo(EndpointAddress.generate(WorkflowFixtures.aSeededRandom()));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
            "0123456789ABCDEF0123456789ABCDEF", // upper case
            "0123456789abcdef0123456789abcde", // 31 characters
            "0123456789abcdef0123456789abcdef0", // 33 characters
            "0123456789abcdef0123456789abcdeg", // not hex
            "0123456789abcdef 123456789abcdef", // a space
            "../../../../../../../../../../../"})
    void refusesAFirstHashThatIsNotThirtyTwoLowerCaseHex(String hash) {
        assertThatIllegalArgumentException().isThrownBy(() -> new EndpointAddress(hash, SECOND_HASH));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"FEDCBA9876543210FEDCBA9876543210", "fedcba9876543210", "fedcba9876543210fedcba987654321z"})
    void refusesASecondHashThatIsNotThirtyTwoLowerCaseHex(String hash) {
        assertThatIllegalArgumentException().isThrownBy(() -> new EndpointAddress(FIRST_HASH, hash));
    }

    @Test
    void buildsTheListenerPath() {
        assertThat(new EndpointAddress(FIRST_HASH, SECOND_HASH).path())
                .isEqualTo("/listener/" + FIRST_HASH + "/" + SECOND_HASH);
    }

    @Test
    void acceptsItsOwnSecondHash() {
        assertThat(new EndpointAddress(FIRST_HASH, SECOND_HASH).hasSecondHash(SECOND_HASH)).isTrue();
    }

    @Test
    void acceptsAnEqualSecondHashThatIsAnotherStringInstance() {
        assertThat(new EndpointAddress(FIRST_HASH, SECOND_HASH).hasSecondHash(new String(SECOND_HASH.toCharArray())))
                .isTrue();
    }

    // The comparison visits every character without branching on them (constant time); a timing test would
    // only be noise on a shared CI machine, so these tests pin the outcome for mismatches at either end and
    // of any length.
    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
            "0edcba9876543210fedcba9876543210", // differs in the first character
            "fedcba9876543210fedcba9876543211", // differs in the last character
            "fedcba9876543210fedcba987654321", // a prefix
            "fedcba9876543210fedcba98765432100", // one character more
            "FEDCBA9876543210FEDCBA9876543210", // upper case
            "0123456789abcdef0123456789abcdef", // the first hash
            "fedcba9876543210fedcba987654321é"})
    void refusesAnyOtherSecondHash(String candidate) {
        assertThat(new EndpointAddress(FIRST_HASH, SECOND_HASH).hasSecondHash(candidate)).isFalse();
    }
}
