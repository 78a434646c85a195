package io.volunteerrules.examples.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocsSnippetTest {

    @Test
    void the_spring_boot_guide_quotes_the_compiled_controller() throws IOException {
        String guide = Files.readString(Path.of("..", "..", "docs", "spring-boot.md"));
        String source = Files.readString(Path.of("src/main/java/io/volunteerrules/examples/rest/DecisionsController.java"));
        assertThat(strip(between(guide, "```java\n", "```"))).isEqualTo(strip(between(source, "// docs:begin\n", "// docs:end")));
    }

    private static String between(String text, String start, String end) {
        int from = text.indexOf(start);
        assertThat(from).as("marker %s", start).isNotNegative();
        return text.substring(from + start.length(), text.indexOf(end, from + start.length()));
    }

    private static List<String> strip(String block) {
        return block.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }
}
