package io.dynamicendpoints.domain.workflow;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RunModeTest {

    @Test
    void readsTheExternalNamesOfApiJson() {
        assertThat(RunMode.fromExternalName("sync")).contains(RunMode.SYNC);
        assertThat(RunMode.fromExternalName("async")).contains(RunMode.ASYNC);
    }

    @Test
    void knowsNoOtherName() {
        assertThat(RunMode.fromExternalName("SYNC")).isEmpty();
        assertThat(RunMode.fromExternalName("")).isEmpty();
        assertThat(RunMode.fromExternalName(null)).isEmpty();
    }
}
