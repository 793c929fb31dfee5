package io.dynamicendpoints.domain.condition;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MatchTest {

    @Test
    void readsAllAndAny() {
        assertThat(Match.fromExternalName("all")).contains(Match.ALL);
        assertThat(Match.fromExternalName("any")).contains(Match.ANY);
    }

    @Test
    void knowsNoOtherName() {
        assertThat(Match.fromExternalName("and")).isEmpty();
        assertThat(Match.fromExternalName(null)).isEmpty();
    }
}
