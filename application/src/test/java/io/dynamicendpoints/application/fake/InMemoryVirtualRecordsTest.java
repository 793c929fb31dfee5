package io.dynamicendpoints.application.fake;

import io.dynamicendpoints.application.port.VirtualRecords;
import io.dynamicendpoints.application.port.VirtualRecordsContract;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Keeps the fake honest: it passes the same suite as the JDBC adapter. */
class InMemoryVirtualRecordsTest extends VirtualRecordsContract {

    @Override
    protected VirtualRecords emptyRecords() {
        return new InMemoryVirtualRecords();
    }

    @Test
    void refusesValuesAJsonStoreCouldNotKeep() {
        VirtualRecords records = new InMemoryVirtualRecords();

        assertThatThrownBy(() -> records.create("note", Map.of("when", java.time.Instant.EPOCH)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("java.time.Instant");
    }
}
