package io.dynamicendpoints.adapters.http.listener;

import io.dynamicendpoints.application.receive.ListenerResponse.SseFrame;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class EventStreamFrameTest {

    @Test
    void writesTheEventAndItsDataThenABlankLine() {
        assertThat(text(SseFrame.of("progress", "started J1"))).isEqualTo("event: progress\ndata: started J1\n\n");
    }

    @Test
    void writesEachLineOfDataOnItsOwnDataLine() {
        assertThat(text(SseFrame.of("message", "line one\nline two\r\nline three")))
                .isEqualTo("event: message\ndata: line one\ndata: line two\ndata: line three\n\n");
    }

    @Test
    void givesEmptyDataAnEmptyDataLineSoBrowsersDispatchTheEvent() {
        assertThat(text(SseFrame.of("done", ""))).isEqualTo("event: done\ndata: \n\n");
    }

    @Test
    void writesAHeartbeatAsAComment() {
        assertThat(text(SseFrame.heartbeat())).isEqualTo(": heartbeat\n\n");
    }

    @Test
    void keepsAnEventNameOnItsLine() {
        assertThat(text(SseFrame.of("a\nb", "x"))).isEqualTo("event: a b\ndata: x\n\n");
    }

    private static String text(SseFrame frame) {
        return new String(EventStreamFrame.bytes(frame), StandardCharsets.UTF_8);
    }
}
