package io.dynamicendpoints.domain.traffic;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StatusCountsTest {

    @Test
    void classifiesEveryStatusByItsFirstDigit() {
        assertThat(StatusClass.of(100)).isEqualTo(StatusClass.INFORMATIONAL);
        assertThat(StatusClass.of(299)).isEqualTo(StatusClass.SUCCESS);
        assertThat(StatusClass.of(304)).isEqualTo(StatusClass.REDIRECTION);
        assertThat(StatusClass.of(404)).isEqualTo(StatusClass.CLIENT_ERROR);
        assertThat(StatusClass.of(599)).isEqualTo(StatusClass.SERVER_ERROR);
        assertThat(StatusClass.ofFirstDigit(4).label()).isEqualTo("4xx");
        assertThatThrownBy(() -> StatusClass.of(600)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StatusClass.of(99)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void addsCountsWithoutChangingTheOriginal() {
        StatusCounts some = StatusCounts.NONE.plus(StatusClass.SUCCESS, 2).plus(StatusClass.SERVER_ERROR, 1);

        assertThat(some.of(StatusClass.SUCCESS)).isEqualTo(2);
        assertThat(some.total()).isEqualTo(3);
        assertThat(StatusCounts.NONE.total()).isZero();
        assertThat(some).isEqualTo(StatusCounts.NONE.plus(StatusClass.SERVER_ERROR, 1).plus(StatusClass.SUCCESS, 2));
        assertThat(some.plus(some).of(StatusClass.SUCCESS)).isEqualTo(4);
        assertThat(some.plus(StatusCounts.NONE)).isEqualTo(some);
        assertThat(some.asMap()).containsKeys(StatusClass.values()).containsEntry(StatusClass.CLIENT_ERROR, 0L);
    }

    @Test
    void refusesNegativeCounts() {
        assertThatThrownBy(() -> StatusCounts.NONE.plus(StatusClass.SUCCESS, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EndpointActivity(java.time.Instant.EPOCH, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
