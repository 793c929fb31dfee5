package io.dynamicendpoints.application.requestlog;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.assertj.core.api.Assertions.assertThat;

class LossCountTest {

    @Test
    void countsEveryLossButWarnsOnceWithinTheInterval() {
        Logger logger = Logger.getLogger("LossCountTest");
        logger.setUseParentHandlers(false);
        List<String> warnings = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                warnings.add(record.getMessage());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        logger.addHandler(capture);
        try {
            LossCount lost = new LossCount(logger, count -> count + " lost");

            for (int i = 0; i < 1_000; i++) {
                lost.increment();
            }

            assertThat(lost.sum()).isEqualTo(1_000);
            assertThat(warnings).containsExactly("1 lost");
        } finally {
            logger.removeHandler(capture);
        }
    }
}
