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
    void keepsTextThatRepeatsThePreviousEntryOnceAndReadsItBackInFull() {
        StoredEntry first = entry(UUID.randomUUID(), 7, MINUTE + 1, 200, "{\"a\": 1}", null, null, null);
        StoredEntry same = entry(UUID.randomUUID(), 7, MINUTE + 2, 200, "{\"a\": 2}", null, null, null);
        StoredEntry other = withHeaders(entry(UUID.randomUUID(), 7, MINUTE + 3, 200, "{\"a\": 3}", null, null, null),
                "{\"x-event\":\"refunded\"}");
        StoredEntry sameAgain = entry(UUID.randomUUID(), 7, MINUTE + 4, 200, "{\"a\": 4}", null, null, null);

        byte[] repeated = new ChunkWriter(64).add(first).add(same).add(other).add(sameAgain).toBytes();
        int alone = new ChunkWriter(64).add(first).toBytes().length - 1;

        assertThat(ChunkReader.entries(repeated)).containsExactly(first, same, other, sameAgain);
        assertThat(repeated.length - 1).as("entries that repeat the path and headers of the one before take less room")
                .isLessThan(4 * alone - 30);
        ChunkReader reader = new ChunkReader(repeated);
        reader.next();
        reader.next();
        reader.next();
        assertThat(reader.next()).isTrue();
        assertThat(reader.entry()).as("an entry read alone, after skipping the ones it refers to").isEqualTo(sameAgain);
    }

    @Test
    void keepsEachOfTheHeaderTextsOfInterleavingClientsOnceWhenTheyAreTheSameStrings() {
        String paid = "{\"x-event\":\"paid\",\"user-agent\":\"provider-a/1.0 (webhooks; retries=3)\"}";
        String refunded = "{\"user-agent\":\"provider-b/2.4 (notifications)\",\"x-event\":\"refunded\"}";
        List<StoredEntry> shared = new ArrayList<>();
        List<StoredEntry> copied = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String headers = i % 2 == 0 ? paid : refunded;
            StoredEntry entry = entry(UUID.randomUUID(), 7, MINUTE + i, 200, "{\"n\": " + i + "}", null, null, null);
            shared.add(withHeaders(entry, headers));
            copied.add(withHeaders(entry, new String(headers.toCharArray())));
        }

        ChunkWriter sharedWriter = new ChunkWriter(64);
        shared.forEach(sharedWriter::add);
        ChunkWriter copiedWriter = new ChunkWriter(64);
        copied.forEach(copiedWriter::add);
        byte[] sharedBytes = sharedWriter.toBytes();
        byte[] copiedBytes = copiedWriter.toBytes();

        assertThat(ChunkReader.entries(sharedBytes)).containsExactlyElementsOf(shared);
        assertThat(ChunkReader.entries(copiedBytes)).containsExactlyElementsOf(copied);
        assertThat(copiedBytes.length - sharedBytes.length)
                .as("the four later entries refer to the copies of the first two instead of repeating them")
                .isGreaterThanOrEqualTo(2 * (paid.length() + refunded.length()) - 4 * 2 * Integer.BYTES);
    }

    @Test
    void readsChunksOfTheFirstVersionWhichHadNoReferences() {
        StoredEntry only = entry(UUID.randomUUID(), 7, MINUTE + 1, 200, "{}", "run-1", "[]", null);
        byte[] bytes = new ChunkWriter(64).add(only).toBytes();
        bytes[0] = 1; // a single entry refers to nothing: its bytes are what version 1 wrote

        assertThat(ChunkReader.entries(bytes)).containsExactly(only);
    }

    @Test
    void refusesBytesOfAnotherFormat() {
        assertThatThrownBy(() -> new ChunkReader(new byte[]{42})).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void packsByWorkflowAndMinuteCutsFullChunksAndListsThemInTheOrderOfTheWorkflowIndex() {
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
                org.assertj.core.groups.Tuple.tuple(7L, MINUTE + ChunkWriter.MICROS_PER_MINUTE, 1),
                org.assertj.core.groups.Tuple.tuple(8L, MINUTE, 1));
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
    void aLargeBatchIsCommittedInPartsOfAFewMegabytesHoldingEveryEntryOnce() {
        ChunkBuffers buffers = new ChunkBuffers(1 << 20);
        ChunkBatch batch = new ChunkBatch(null, buffers);
        List<StoredEntry> entries = new ArrayList<>();
        String body = "z".repeat(20_000);
        for (int i = 0; i < 300; i++) { // 6 MB in chunks of about 256 KB
            entries.add(entry(UUID.randomUUID(), 7 + i % 3, MINUTE + i, 200, body, null, null, null));
        }
        entries.forEach(batch::add);

        List<ChunkBatch> parts = batch.parts();

        assertThat(batch.size()).isEqualTo(entries.size());
        assertThat(parts).hasSizeGreaterThanOrEqualTo(3).allSatisfy(part -> assertThat(
                part.rows().stream().mapToInt(row -> row.entries().length).sum()).isLessThanOrEqualTo(ChunkBatch.PART_BYTES));
        assertThat(parts.stream().mapToInt(ChunkBatch::size).sum()).isEqualTo(entries.size());
        assertThat(parts.stream().flatMap(part -> part.rows().stream())
                .flatMap(row -> ChunkReader.entries(row.entries()).stream())).containsExactlyInAnyOrderElementsOf(entries);
        assertThat(buffers.pooled()).as("the chunks' arrays are back in the pool").isPositive();
        assertThatThrownBy(() -> batch.add(entries.getFirst())).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aBatchIsFullOnceItsFullChunksMakeAPartNotBefore() {
        ChunkBatch batch = new ChunkBatch(null, new ChunkBuffers(1 << 20));
        String body = "z".repeat(20_000);
        int i = 0;
        // Many endpoints with a few entries each: no chunk is full, however many bytes wait.
        for (; i < 200; i++) {
            batch.add(entry(UUID.randomUUID(), 1000 + i, MINUTE + i, 200, body, null, null, null));
        }
        assertThat(batch.full()).isFalse();
        // One busy endpoint fills chunk after chunk.
        for (; !batch.full() && i < 1000; i++) {
            batch.add(entry(UUID.randomUUID(), 7, MINUTE + i, 200, body, null, null, null));
        }

        assertThat(batch.full()).isTrue();
        assertThat(batch.rows().stream().filter(row -> row.workflowId() == 7).count()).isGreaterThanOrEqualTo(
                ChunkBatch.PART_BYTES / ChunkWriter.MAX_BYTES);
    }

    @Test
    void aBatchIsSparseWhileHundredsOfEndpointsHaveAFewEntriesEachNotOneBusyEndpoint() {
        ChunkBatch spread = new ChunkBatch(null, new ChunkBuffers(1 << 20));
        for (int i = 0; i < ChunkBatch.SPARSE_CHUNKS - 1; i++) {
            spread.add(entry(UUID.randomUUID(), 1000 + i, MINUTE + i, 200, "{}", null, null, null));
        }
        assertThat(spread.sparse()).as("fewer endpoints than it takes").isFalse();
        spread.add(entry(UUID.randomUUID(), 999, MINUTE, 200, "{}", null, null, null));
        assertThat(spread.sparse()).as("one entry for each of %d endpoints", ChunkBatch.SPARSE_CHUNKS).isTrue();
        // The same endpoints once their chunks hold half of what a chunk may, on average.
        for (int round = 1; round < ChunkBatch.SPARSE_ENTRIES; round++) {
            for (int i = 0; i < ChunkBatch.SPARSE_CHUNKS; i++) {
                spread.add(entry(UUID.randomUUID(), 999 + i, MINUTE + round, 200, "{}", null, null, null));
            }
        }
        assertThat(spread.sparse()).isFalse();

        ChunkBatch busy = new ChunkBatch(null, new ChunkBuffers(1 << 20));
        for (int i = 0; i < 20 * ChunkWriter.MAX_ENTRIES; i++) {
            busy.add(entry(UUID.randomUUID(), 7, MINUTE + i, 200, "{}", null, null, null));
        }
        assertThat(busy.sparse()).as("full chunks of one endpoint").isFalse();
    }

    @Test
    void aSmallBatchIsOnePart() {
        ChunkBatch batch = new ChunkBatch(null, null);
        for (int i = 0; i < 10; i++) {
            batch.add(entry(UUID.randomUUID(), 7 + i % 2, MINUTE + i, 200, "{}", null, null, null));
        }

        assertThat(batch.parts()).singleElement().satisfies(part -> {
            assertThat(part.size()).isEqualTo(10);
            assertThat(part.rows()).hasSize(2);
        });
    }

    @Test
    void aBatchOfPooledArraysEncodesWhatAPlainOneDoesAndLeavesNothingBehindInTheNext() {
        ChunkBuffers buffers = new ChunkBuffers(1 << 20);
        List<StoredEntry> first = new ArrayList<>();
        List<StoredEntry> second = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            first.add(entry(UUID.randomUUID(), 7, MINUTE + i, 200, "first " + "y".repeat(i * 100), null, null, null));
            second.add(entry(UUID.randomUUID(), 7, MINUTE + i, 201, "2nd", null, null, null));
        }

        ChunkBatch reused = new ChunkBatch(null, buffers);
        first.forEach(reused::add);
        assertThat(ChunkReader.entries(reused.rows().getFirst().entries())).containsExactlyElementsOf(first);
        ChunkBatch next = new ChunkBatch(null, buffers);
        second.forEach(next::add);

        assertThat(next.rows()).singleElement().satisfies(row -> {
            assertThat(row.entries()).isEqualTo(ChunkRow.pack(second).getFirst().entries());
            assertThat(ChunkReader.entries(row.entries())).containsExactlyElementsOf(second);
        });
    }

    @Test
    void buffersAreUsedAgainUpToTheirLimitAndOversizeRequestsGetTheirOwn() {
        ChunkBuffers buffers = new ChunkBuffers(3 * ChunkBuffers.SMALLEST);
        byte[] small = buffers.take(100);
        assertThat(small).hasSize(ChunkBuffers.SMALLEST);
        buffers.give(small);
        assertThat(buffers.take(ChunkBuffers.SMALLEST)).isSameAs(small);

        byte[] middle = buffers.take(ChunkBuffers.SMALLEST + 1);
        assertThat(middle).hasSize(2 * ChunkBuffers.SMALLEST);
        buffers.give(middle);
        buffers.give(small);
        assertThat(buffers.pooled()).isEqualTo(3 * ChunkBuffers.SMALLEST);
        buffers.give(new byte[ChunkBuffers.SMALLEST]);
        assertThat(buffers.pooled()).as("beyond the limit, arrays are left to the collector").isEqualTo(3 * ChunkBuffers.SMALLEST);

        assertThat(buffers.take(10 * ChunkWriter.MAX_BYTES)).hasSize(10 * ChunkWriter.MAX_BYTES);
    }

    private static StoredEntry withHeaders(StoredEntry entry, String headers) {
        return new StoredEntry(entry.id(), entry.workflowId(), entry.receivedAtMicros(), entry.method(), entry.path(),
                entry.query(), headers, entry.body(), entry.bodyLength(), entry.bodyTruncated(), entry.tokenData(),
                entry.authOutcome(), entry.status(), entry.responseHeaders(), entry.responseBody(),
                entry.responseBodyLength(), entry.responseBodyTruncated(), entry.durationMs(), entry.runId(),
                entry.trace(), entry.replayOf());
    }

    private static StoredEntry entry(UUID id, long workflow, long micros, int status, String body, String runId,
                                     String trace, UUID replayOf) {
        return new StoredEntry(id, workflow, micros, "POST", "/listener/a/b", "{}", "{\"x-event\":\"paid\"}", body,
                body.length(), false, runId == null ? null : "{\"plan\":\"gold\"}", "none", status, "{}", "{\"ok\":true}",
                11, false, 3, runId, trace, replayOf);
    }
}
