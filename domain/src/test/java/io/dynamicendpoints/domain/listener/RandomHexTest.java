package io.dynamicendpoints.domain.listener;

import org.junit.jupiter.api.Test;

import java.security.SecureRandom;

import static org.assertj.core.api.Assertions.assertThat;

class RandomHexTest {

    @Test
    void givesTwoLowerCaseHexCharactersPerByte() {
        assertThat(RandomHex.of(new SecureRandom(), 16)).matches("[0-9a-f]{32}");
        assertThat(RandomHex.of(new SecureRandom(), 12)).matches("[0-9a-f]{24}");
    }
}
