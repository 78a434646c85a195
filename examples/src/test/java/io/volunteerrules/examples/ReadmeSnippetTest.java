package io.volunteerrules.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReadmeSnippetTest {

    @Test
    void the_readme_java_snippet_is_the_compiled_embedding_example() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"));
        String source = Files.readString(Path.of("src/main/java/io/volunteerrules/examples/Embedding.java"));
        String snippet = between(readme, "```java\n", "```");
        String region = between(source, "// README:begin\n", "        // README:end");
        assertThat(strip(snippet)).isEqualTo(strip(region));
    }

    @Test
    void the_embedding_example_runs_on_the_bundled_request() {
        assertThat(Embedding.firstQuestionAllowed(QuickStart.bundledExample())).isFalse();
    }

    private static String between(String text, String start, String end) {
        int from = text.indexOf(start);
        assertThat(from).as("marker %s", start).isNotNegative();
        int to = text.indexOf(end, from + start.length());
        return text.substring(from + start.length(), to);
    }

    private static List<String> strip(String block) {
        return block.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }
}
