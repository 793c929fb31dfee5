package io.dynamicendpoints.domain.record;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VirtualRecordTest {

    @Test
    void isACopyThatCannotBeChanged() {
        Map<String, Object> data = new HashMap<>(Map.of("email", "x@example.com"));
        VirtualRecord record = new VirtualRecord(data);

        data.put("later", 1);

        assertThat(record.data()).containsOnlyKeys("email");
        assertThatThrownBy(() -> record.data().put("a", 1)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void mayHoldNullValues() {
        Map<String, Object> data = new HashMap<>();
        data.put("nothing", null);

        assertThat(new VirtualRecord(data).data()).containsEntry("nothing", null);
    }

    @Test
    void isReadByTemplatesAsDataWithReservedDoubleUnderscoreKeys() {
        assertThat(VirtualRecord.VARIABLE).isEqualTo("__data");
        assertThat(VirtualRecord.HEADERS).isEqualTo("__headers");
        assertThat(VirtualRecord.RAW_BODY).isEqualTo("__raw_body");
        assertThat(VirtualRecord.empty().data()).isEmpty();
    }
}
