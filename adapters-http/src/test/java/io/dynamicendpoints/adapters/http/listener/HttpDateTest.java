package io.dynamicendpoints.adapters.http.listener;

import io.dynamicendpoints.application.fake.MutableClock;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class HttpDateTest {

    @Test
    void writesAnImfFixdateWithTwoDigitsOfDayInGmt() {
        HttpDate date = new HttpDate(new MutableClock(Instant.parse("2026-11-06T09:05:03.250Z")));

        assertThat(date.now()).isEqualTo("Fri, 06 Nov 2026 09:05:03 GMT");
    }

    @Test
    void followsTheClockFromOneSecondToTheNext() {
        MutableClock clock = new MutableClock(Instant.parse("2026-12-31T23:59:59.999Z"));
        HttpDate date = new HttpDate(clock);

        String lastSecondOfTheYear = date.now();
        clock.set(Instant.parse("2027-01-01T00:00:00.000Z"));

        assertThat(lastSecondOfTheYear).isEqualTo("Thu, 31 Dec 2026 23:59:59 GMT");
        assertThat(date.now()).isEqualTo("Fri, 01 Jan 2027 00:00:00 GMT");
    }

    @Test
    void readsTheSecondBeforeTheEpochAsTheSecondItIs() {
        HttpDate date = new HttpDate(new MutableClock(Instant.parse("1969-12-31T23:59:59.500Z")));

        assertThat(date.now()).isEqualTo("Wed, 31 Dec 1969 23:59:59 GMT");
    }
}
