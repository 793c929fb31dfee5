package io.dynamicendpoints.application.port;

import io.dynamicendpoints.application.port.VirtualRecords.StoredRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every {@link VirtualRecords} promises, written once and run against the in-memory fake and
 * each JDBC adapter (H2 and PostgreSQL), so the engine's tests over the fake mean something for the
 * real store. "Oldest" and "newest" follow the ids, which grow in creation order; {@code where}
 * compares as {@link RecordFilter} defines it.
 */
public abstract class VirtualRecordsContract {

    private VirtualRecords records;

    /** The implementation under test, holding no record; called before every test. */
    protected abstract VirtualRecords emptyRecords();

    @BeforeEach
    void startEmpty() {
        records = emptyRecords();
    }

    @Test
    void createGivesEveryRecordItsOwnGrowingId() {
        long first = records.create("note", Map.of("text", "one"));
        long second = records.create("note", Map.of("text", "two"));
        long other = records.create("contact", Map.of("email", "a@example.org"));

        assertThat(second).isGreaterThan(first);
        assertThat(other).isGreaterThan(second);
    }

    @Test
    void fieldsSurviveARoundTrip() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("text", "Grüße, \"quoted\" and {{ braces }}");
        fields.put("count", 42);
        fields.put("big", 3_000_000_000L);
        fields.put("price", 9.5);
        fields.put("vip", true);
        fields.put("nothing", null);
        fields.put("tags", Arrays.asList("a", 1, null));
        fields.put("address", Map.of("city", "Lyon", "zip", "69001"));
        long id = records.create("contact", fields);

        StoredRecord found = records.findFirst("contact", Map.of()).orElseThrow();

        assertThat(found.id()).isEqualTo(id);
        assertThat(found.entity()).isEqualTo("contact");
        assertThat(found.fields()).isEqualTo(fields);
    }

    @Test
    void wholeNumbersComeBackAsTheSmallestTypeThatHoldsThem() {
        records.create("counter", Map.of("small", 7L, "large", 3_000_000_000L));

        Map<String, Object> fields = records.findFirst("counter", Map.of()).orElseThrow().fields();

        assertThat(fields.get("small")).isEqualTo(7);
        assertThat(fields.get("large")).isEqualTo(3_000_000_000L);
    }

    @Test
    void createStampsCreationAndUpdateTimes() {
        records.create("note", Map.of("text", "one"));

        StoredRecord found = records.findFirst("note", Map.of()).orElseThrow();

        assertThat(found.createdAt()).isNotNull();
        assertThat(found.updatedAt()).isNotNull().isAfterOrEqualTo(found.createdAt());
    }

    @Test
    void findFirstReturnsTheOldestMatchingRecord() {
        long first = records.create("ticket", Map.of("status", "open", "title", "first"));
        records.create("ticket", Map.of("status", "closed", "title", "second"));
        records.create("ticket", Map.of("status", "open", "title", "third"));

        StoredRecord found = records.findFirst("ticket", Map.of("status", "open")).orElseThrow();

        assertThat(found.id()).isEqualTo(first);
        assertThat(found.fields()).containsEntry("title", "first");
    }

    @Test
    void findFirstNeedsEveryPairOfWhereToMatch() {
        records.create("contact", Map.of("email", "a@example.org", "list", "news"));
        long both = records.create("contact", Map.of("email", "a@example.org", "list", "offers"));

        assertThat(records.findFirst("contact", Map.of("email", "a@example.org", "list", "offers")))
                .map(StoredRecord::id).contains(both);
        assertThat(records.findFirst("contact", Map.of("email", "b@example.org", "list", "offers"))).isEmpty();
    }

    @Test
    void findFirstWithoutWhereReturnsTheOldestRecordOfTheEntity() {
        records.create("contact", Map.of("email", "a@example.org"));
        long oldestNote = records.create("note", Map.of("text", "one"));
        records.create("note", Map.of("text", "two"));

        assertThat(records.findFirst("note", Map.of())).map(StoredRecord::id).contains(oldestNote);
    }

    @Test
    void findFirstReturnsEmptyWhenNothingMatches() {
        records.create("note", Map.of("text", "one"));

        assertThat(records.findFirst("note", Map.of("text", "two"))).isEmpty();
        assertThat(records.findFirst("note", Map.of("missing", "one"))).isEmpty();
        assertThat(records.findFirst("contact", Map.of())).isEmpty();
    }

    @Test
    void numbersAndBooleansAreComparedAsTheirText() {
        long id = records.create("contact", Map.of("age", 42, "score", 9.5, "vip", true));

        assertThat(records.findFirst("contact", Map.of("age", "42", "score", "9.5", "vip", "true")))
                .map(StoredRecord::id).contains(id);
        assertThat(records.findFirst("contact", Map.of("age", "42.0"))).isEmpty();
        assertThat(records.findFirst("contact", Map.of("vip", "TRUE"))).isEmpty();
    }

    @Test
    void textIsComparedExactly() {
        records.create("contact", Map.of("email", "Ann@example.org"));

        assertThat(records.findFirst("contact", Map.of("email", "ann@example.org"))).isEmpty();
        assertThat(records.findFirst("contact", Map.of("email", "Ann@example.org "))).isEmpty();
        assertThat(records.findFirst("contact", Map.of("email", "Ann@example.org"))).isPresent();
    }

    @Test
    void nullListsAndMapsMatchNoText() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("email", null);
        fields.put("tags", List.of("a"));
        fields.put("address", Map.of("city", "Lyon"));
        records.create("contact", fields);

        assertThat(records.findFirst("contact", Map.of("email", ""))).isEmpty();
        assertThat(records.findFirst("contact", Map.of("email", "null"))).isEmpty();
        assertThat(records.findFirst("contact", Map.of("tags", "[a]"))).isEmpty();
        assertThat(records.findFirst("contact", Map.of("address", "{city=Lyon}"))).isEmpty();
    }

    @Test
    void updateMergesFieldsIntoEveryMatchingRecord() {
        long first = records.create("ticket", Map.of("status", "open", "title", "first"));
        long closed = records.create("ticket", Map.of("status", "closed", "title", "second"));
        long third = records.create("ticket", Map.of("status", "open", "title", "third"));

        int changed = records.update("ticket", Map.of("status", "open"), Map.of("status", "seen", "owner", "ann"));

        assertThat(changed).isEqualTo(2);
        assertThat(fieldsOf("ticket", first)).isEqualTo(Map.of("status", "seen", "title", "first", "owner", "ann"));
        assertThat(fieldsOf("ticket", third)).isEqualTo(Map.of("status", "seen", "title", "third", "owner", "ann"));
        assertThat(fieldsOf("ticket", closed)).isEqualTo(Map.of("status", "closed", "title", "second"));
    }

    @Test
    void updateReturnsZeroWhenNothingMatches() {
        records.create("ticket", Map.of("status", "open"));

        assertThat(records.update("ticket", Map.of("status", "closed"), Map.of("owner", "ann"))).isZero();
        assertThat(records.update("contact", Map.of("status", "open"), Map.of("owner", "ann"))).isZero();
        assertThat(records.findFirst("ticket", Map.of()).orElseThrow().fields()).isEqualTo(Map.of("status", "open"));
    }

    @Test
    void updateLeavesOtherEntitiesAlone() {
        records.create("ticket", Map.of("status", "open"));
        long contact = records.create("contact", Map.of("status", "open"));

        assertThat(records.update("ticket", Map.of("status", "open"), Map.of("status", "seen"))).isEqualTo(1);

        assertThat(fieldsOf("contact", contact)).isEqualTo(Map.of("status", "open"));
    }

    @Test
    void updateCanSetAFieldToNull() {
        long id = records.create("contact", Map.of("email", "a@example.org", "phone", "555"));
        Map<String, Object> cleared = new LinkedHashMap<>();
        cleared.put("phone", null);

        records.update("contact", Map.of("email", "a@example.org"), cleared);

        Map<String, Object> fields = fieldsOf("contact", id);
        assertThat(fields).containsEntry("phone", null).containsEntry("email", "a@example.org");
    }

    @Test
    void updateKeepsCreationTimeAndAdvancesUpdateTime() {
        records.create("note", Map.of("text", "one"));
        StoredRecord before = records.findFirst("note", Map.of()).orElseThrow();

        records.update("note", Map.of("text", "one"), Map.of("text", "two"));

        StoredRecord after = records.findFirst("note", Map.of()).orElseThrow();
        assertThat(after.createdAt()).isEqualTo(before.createdAt());
        assertThat(after.updatedAt()).isAfterOrEqualTo(before.updatedAt());
    }

    @Test
    void anUpdatedRecordIsFoundByItsNewValues() {
        long id = records.create("ticket", Map.of("status", "open"));

        records.update("ticket", Map.of("status", "open"), Map.of("status", "closed"));

        assertThat(records.findFirst("ticket", Map.of("status", "open"))).isEmpty();
        assertThat(records.findFirst("ticket", Map.of("status", "closed"))).map(StoredRecord::id).contains(id);
    }

    @Test
    void newestListsNewestFirstUpToTheLimit() {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(records.create("note", Map.of("n", i)));
        }
        records.create("contact", Map.of("email", "a@example.org"));

        assertThat(records.newest("note", 3)).extracting(StoredRecord::id)
                .containsExactly(ids.get(4), ids.get(3), ids.get(2));
        assertThat(records.newest("note", 10)).extracting(StoredRecord::id)
                .containsExactly(ids.get(4), ids.get(3), ids.get(2), ids.get(1), ids.get(0));
    }

    @Test
    void newestReturnsWholeRecords() {
        long id = records.create("note", Map.of("text", "one"));

        StoredRecord newest = records.newest("note", 1).getFirst();

        assertThat(newest).isEqualTo(records.findFirst("note", Map.of()).orElseThrow());
        assertThat(newest.id()).isEqualTo(id);
        assertThat(newest.fields()).isEqualTo(Map.of("text", "one"));
    }

    @Test
    void newestWithoutRoomOrRecordsIsEmpty() {
        records.create("note", Map.of("text", "one"));

        assertThat(records.newest("note", 0)).isEmpty();
        assertThat(records.newest("contact", 5)).isEmpty();
    }

    @Test
    void findFirstAndUpdateSearchEveryRecordOfTheEntity() {
        for (int i = 0; i < 450; i++) {
            records.create("event", Map.of("n", i));
        }
        long wanted = records.create("event", Map.of("n", "wanted"));

        assertThat(records.findFirst("event", Map.of("n", "wanted"))).map(StoredRecord::id).contains(wanted);
        assertThat(records.findFirst("event", Map.of("n", "449"))).map(StoredRecord::id).contains(wanted - 1);
        assertThat(records.update("event", Map.of("n", "wanted"), Map.of("seen", true))).isEqualTo(1);
    }

    @Test
    void concurrentCreatesAllGetDistinctIds() throws Exception {
        int writers = 4;
        int createsEach = 10;
        List<Callable<List<Long>>> tasks = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            int writer = w;
            tasks.add(() -> {
                List<Long> ids = new ArrayList<>();
                for (int i = 0; i < createsEach; i++) {
                    ids.add(records.create("note", Map.of("writer", writer, "n", i)));
                }
                return ids;
            });
        }

        Set<Long> ids = new HashSet<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(writers)) {
            for (Future<List<Long>> result : pool.invokeAll(tasks)) {
                ids.addAll(result.get());
            }
        }

        assertThat(ids).hasSize(writers * createsEach);
        assertThat(records.newest("note", 1_000)).hasSize(writers * createsEach);
    }

    @Test
    void concurrentMergesIntoOneRecordLoseNoField() throws Exception {
        long id = records.create("profile", Map.of("key", "shared"));
        int writers = 6;
        int mergesEach = 5;
        List<Callable<Integer>> tasks = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            int writer = w;
            tasks.add(() -> {
                int changed = 0;
                for (int i = 0; i < mergesEach; i++) {
                    changed += records.update("profile", Map.of("key", "shared"), Map.of("w" + writer + "_" + i, i));
                }
                return changed;
            });
        }

        int changed = 0;
        try (ExecutorService pool = Executors.newFixedThreadPool(writers)) {
            for (Future<Integer> result : pool.invokeAll(tasks)) {
                changed += result.get();
            }
        }

        assertThat(changed).isEqualTo(writers * mergesEach);
        assertThat(fieldsOf("profile", id)).hasSize(1 + writers * mergesEach);
    }

    private Map<String, Object> fieldsOf(String entity, long id) {
        return records.newest(entity, 1_000).stream()
                .filter(found -> found.id() == id)
                .findFirst()
                .orElseThrow()
                .fields();
    }
}
