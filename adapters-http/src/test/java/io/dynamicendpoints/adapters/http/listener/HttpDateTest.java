package io.dynamicendpoints.adapters.http.listener;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class HttpDateTest {

    /** A clock the test moves by hand. */
    private static final class HandClock extends Clock {
        private Instant now;

        HandClock(String now) {
            this.now = Instant.parse(now);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void writesAnImfFixdateWithTwoDigitsOfDayInGmt() {
        HttpDate date = new HttpDate(new HandClock("2026-11-06T09:05:03.250Z"));

        assertThat(date.now()).isEqualTo("Fri, 06 Nov 2026 09:05:03 GMT");
    }

    @Test
    void followsTheClockFromOneSecondToTheNext() {
        HandClock clock = new HandClock("2026-12-31T23:59:59.999Z");
        HttpDate date = new HttpDate(clock);

        String lastSecondOfTheYear = date.now();
        clock.now = Instant.parse("2027-01-01T00:00:00.000Z");

        assertThat(lastSecondOfTheYear).isEqualTo("Thu, 31 Dec 2026 23:59:59 GMT");
        assertThat(date.now()).isEqualTo("Fri, 01 Jan 2027 00:00:00 GMT");
    }

    @Test
    void readsTheSecondBeforeTheEpochAsTheSecondItIs() {
        HttpDate date = new HttpDate(new HandClock("1969-12-31T23:59:59.500Z"));

        assertThat(date.now()).isEqualTo("Wed, 31 Dec 1969 23:59:59 GMT");
    }
}
