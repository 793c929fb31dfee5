package io.dynamicendpoints.application.template;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** docs/scripting.md documents every function and filter the engine adds, so the reference cannot fall behind. */
class ScriptingDocumentationTest {

    private static final Path DOCUMENT = Path.of("..", "docs", "scripting.md");

    @Test
    void documentsEveryFunctionAndFilterWithAnExample() throws IOException {
        String document = Files.readString(DOCUMENT);
        TemplateEngine engine = new TemplateEngine();
        List<String> names = Stream.concat(engine.functionNames().stream(), engine.filterNames().stream()).distinct().toList();

        List<String> undescribed = names.stream()
                .filter(name -> Stream.of("#### `" + name, " `" + name + "`", " `" + name + "(").noneMatch(document::contains))
                .toList();
        List<String> withoutExample = names.stream()
                .filter(name -> Stream.of(name + "(", "|" + name + " ", "|" + name + "}", "|" + name + "|")
                        .noneMatch(document::contains))
                .toList();

        assertThat(names).hasSizeGreaterThan(20);
        assertThat(undescribed).as("functions and filters docs/scripting.md does not describe").isEmpty();
        assertThat(withoutExample).as("functions and filters docs/scripting.md gives no example of").isEmpty();
    }
}
