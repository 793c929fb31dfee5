package io.dynamicendpoints.adapters.persistence.requestlog;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class FlatJsonTest {

    private final JsonMapper jackson = JsonMapper.createDefault();

    @Test
    void writesStringsAJsonParserReadsBack() throws Exception {
        Map<String, String> map = new LinkedHashMap<>();
        map.put("plain", "value");
        map.put("quote\"s", "back\\slash / slash");
        map.put("controls", "a\nb\rc\td\u0001e\u001f");
        map.put("unicode", "Grüße 東京 😀");
        map.put("lone", "x\uD800y\uDC00z");
        map.put("", "");

        Map<String, String> read = jackson.readValue(FlatJson.strings(map), Argument.mapOf(String.class, String.class));

        assertThat(read).containsEntry("plain", "value").containsEntry("quote\"s", "back\\slash / slash")
                .containsEntry("controls", "a\nb\rc\td\u0001e\u001f").containsEntry("unicode", "Grüße 東京 😀")
                .containsEntry("", "").hasSize(6);
    }

    @Test
    void escapesWhatFollowsAPlainStartExactlyOnce() {
        assertThat(FlatJson.strings(Map.of("x-note", "plain then \"quoted\"\n"))).isEqualTo("{\"x-note\":\"plain then \\\"quoted\\\"\\n\"}");
        assertThat(FlatJson.strings(Map.of("k", "smile \uD83D\uDE00 done"))).isEqualTo("{\"k\":\"smile \uD83D\uDE00 done\"}");
    }

    @Test
    void writesListsOfStrings() throws Exception {
        Map<String, List<String>> map = new LinkedHashMap<>();
        map.put("a", List.of("1", "2"));
        map.put("empty", List.of());

        assertThat(FlatJson.stringLists(map)).isEqualTo("{\"a\":[\"1\",\"2\"],\"empty\":[]}");
        assertThat(jackson.readValue(FlatJson.stringLists(map), Argument.mapOf(Argument.STRING, Argument.listOf(String.class)))).isEqualTo(map);
        assertThat(FlatJson.strings(Map.of())).isEqualTo("{}");
    }
}
