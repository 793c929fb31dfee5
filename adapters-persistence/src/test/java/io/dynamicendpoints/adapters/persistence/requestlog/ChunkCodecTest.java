package io.dynamicendpoints.adapters.persistence.requestlog;

import io.dynamicendpoints.domain.requestlog.RequestId;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What {@link ChunkWriter} encodes, {@link ChunkReader} gives back, and how {@link ChunkBatch} packs entries. */
class ChunkCodecTest {

    private static final long MINUTE = 29_536_000L * ChunkWriter.MICROS_PER_MINUTE;

    @Test
    void readsBackEveryFieldIncludingNullsAndTextBeyondAscii() {
        StoredEntry full = entry(UUID.randomUUID(), 7, MINUTE + 5, 201, "caf\u00e9 \u2713 \uD83D\uDE00", "run-1",
                "[{\"step_id\":\"ack\"}]", UUID.randomUUID());
        StoredEntry bare = entry(UUID.randomUUID(), 7, MINUTE + 6, 404, "", null, null, null);

        byte[] bytes = new ChunkWriter(64).add(full).add(bare).toBytes();

        assertThat(ChunkReader.entries(bytes)).containsExactly(full, bare);
    }

    @Test
    void readsWhatAListingFiltersOnWithoutDecodingTheRest() {
        StoredEntry first = entry(UUID.randomUUID(), 7, MINUTE + 1, 200, "{\"a\": 1}", null, null, null);
        StoredEntry second = entry(UUID.randomUUID(), 7, MINUTE + 2, 503, "second body", null, null, null);
        ChunkReader reader = new ChunkReader(new ChunkWriter(64).add(first).add(second).toBytes());

        assertThat(reader.next()).isTrue();
        assertThat(reader.id()).isEqualTo(first.id());
        assertThat(reader.next()).isTrue();
        assertThat(reader.receivedAtMicros()).isEqualTo(MINUTE + 2);
        assertThat(reader.status()).isEqualTo(503);
        assertThat(reader.body()).isEqualTo("second body");
        assertThat(reader.entry()).isEqualTo(second);
        assertThat(reader.next()).isFalse();
    }

    @Test
    void refusesBytesOfAnotherFormat() {
        assertThatThrownBy(() -> new ChunkReader(new byte[]{42})).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void packsByWorkflowAndMinuteAndCutsFullChunks() {
        List<StoredEntry> entries = new ArrayList<>();
        for (int i = 0; i < ChunkWriter.MAX_ENTRIES + 3; i++) {
            entries.add(entry(UUID.randomUUID(), 7, MINUTE + i, 200, "{}", null, null, null));
        }
        entries.add(entry(UUID.randomUUID(), 8, MINUTE, 500, "{}", null, null, null));
        entries.add(entry(UUID.randomUUID(), 7, MINUTE + ChunkWriter.MICROS_PER_MINUTE, 404, "{}", null, null, null));

        List<ChunkRow> chunks = ChunkRow.pack(entries);

        assertThat(chunks).extracting(ChunkRow::workflowId, ChunkRow::minuteMicros, ChunkRow::entryCount).containsExactly(
                org.assertj.core.groups.Tuple.tuple(7L, MINUTE, ChunkWriter.MAX_ENTRIES),
                org.assertj.core.groups.Tuple.tuple(7L, MINUTE, 3),
                org.assertj.core.groups.Tuple.tuple(8L, MINUTE, 1),
                org.assertj.core.groups.Tuple.tuple(7L, MINUTE + ChunkWriter.MICROS_PER_MINUTE, 1));
        ChunkRow first = chunks.getFirst();
        assertThat(first.oldestMicros()).isEqualTo(MINUTE);
        assertThat(first.newestMicros()).isEqualTo(MINUTE + ChunkWriter.MAX_ENTRIES - 1);
        assertThat(first.statusClasses()).containsExactly(0, ChunkWriter.MAX_ENTRIES, 0, 0, 0);
        assertThat(first.id()).isEqualTo(entries.subList(0, ChunkWriter.MAX_ENTRIES).stream().map(StoredEntry::id)
                .min(RequestId::compare).orElseThrow());
        assertThat(ChunkReader.entries(first.entries())).containsExactlyElementsOf(entries.subList(0, ChunkWriter.MAX_ENTRIES));
    }

    @Test
    void cutsAChunkOnceItsBytesPassTheLimit() {
        String big = "x".repeat(ChunkWriter.MAX_BYTES / 2);
        List<StoredEntry> entries = List.of(
                entry(UUID.randomUUID(), 7, MINUTE, 200, big, null, null, null),
                entry(UUID.randomUUID(), 7, MINUTE + 1, 200, big, null, null, null),
                entry(UUID.randomUUID(), 7, MINUTE + 2, 200, big, null, null, null));

        assertThat(ChunkRow.pack(entries)).extracting(ChunkRow::entryCount).containsExactly(2, 1);
    }

    @Test
    void aBatchSplitsIntoOnePartPerChunkHoldingEveryEntryOnce() {
        ChunkBatch batch = new ChunkBatch(null);
        List<StoredEntry> entries = new ArrayList<>();
        for (int i = 0; i < ChunkWriter.MAX_ENTRIES + 5; i++) {
            entries.add(entry(UUID.randomUUID(), 7 + i % 2, MINUTE + i, 200, "{}", null, null, null));
        }
        entries.forEach(batch::add);

        List<ChunkBatch> parts = batch.parts();

        assertThat(batch.size()).isEqualTo(entries.size());
        assertThat(parts).hasSize(batch.rows().size()).allSatisfy(part -> assertThat(part.rows()).hasSize(1));
        assertThat(parts).extracting(ChunkBatch::size).containsExactly(ChunkWriter.MAX_ENTRIES / 2 + 3, ChunkWriter.MAX_ENTRIES / 2 + 2);
        assertThat(parts.stream().flatMap(part -> ChunkReader.entries(part.rows().getFirst().entries()).stream()))
                .containsExactlyInAnyOrderElementsOf(entries);
    }

    private static StoredEntry entry(UUID id, long workflow, long micros, int status, String body, String runId,
                                     String trace, UUID replayOf) {
        return new StoredEntry(id, workflow, micros, "POST", "/listener/a/b", "{}", "{\"x-event\":\"paid\"}", body,
                body.length(), false, runId == null ? null : "{\"plan\":\"gold\"}", "none", status, "{}", "{\"ok\":true}",
                11, false, 3, runId, trace, replayOf);
    }
}
