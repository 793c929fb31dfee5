package io.dynamicendpoints.adapters.http.listener;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ListenerAddressTest {

    @Test
    void readsBothHashes() {
        assertThat(ListenerAddress.of("/listener/abc/def")).isEqualTo(new ListenerAddress("abc", "def"));
    }

    @Test
    void ignoresTheQueryAndFragment() {
        assertThat(ListenerAddress.of("/listener/abc/def?x=1/2&y=%20")).isEqualTo(new ListenerAddress("abc", "def"));
        assertThat(ListenerAddress.of("/listener/abc/def#top")).isEqualTo(new ListenerAddress("abc", "def"));
    }

    @Test
    void takesATrailingSlashAsTheRouterDoes() {
        assertThat(ListenerAddress.of("/listener/abc/def/")).isEqualTo(new ListenerAddress("abc", "def"));
        assertThat(ListenerAddress.of("/listener/abc/def/?x=1")).isEqualTo(new ListenerAddress("abc", "def"));
    }

    @Test
    void leavesEveryOtherShapeToTheRouter() {
        assertThat(ListenerAddress.of("/api/workflows")).isNull();
        assertThat(ListenerAddress.of("/listener/abc")).isNull();
        assertThat(ListenerAddress.of("/listener/abc/")).isNull();
        assertThat(ListenerAddress.of("/listener//def")).isNull();
        assertThat(ListenerAddress.of("/listener/abc//")).isNull();
        assertThat(ListenerAddress.of("/listener/abc/def//")).isNull();
        assertThat(ListenerAddress.of("/listener/abc/def/ghi")).isNull();
        assertThat(ListenerAddress.of("/listener/../api/workflows")).isNull();
        assertThat(ListenerAddress.of("/listener/")).isNull();
        assertThat(ListenerAddress.of("/listenerx/abc/def")).isNull();
    }

    @Test
    void leavesEscapedAddressesToTheRouterWhichDecodesThem() {
        assertThat(ListenerAddress.of("/listener/%61bc/def")).isNull();
        assertThat(ListenerAddress.of("/listener/abc/d%2Ff")).isNull();
    }
}
