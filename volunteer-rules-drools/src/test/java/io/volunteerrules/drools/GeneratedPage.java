package io.volunteerrules.drools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A page under {@code docs/} generated from the rule set and committed: the test that owns it fails
 * when the committed page differs from what the rules generate, and rewrites it when run with
 * {@code -Ddocs.update=true} (or when it does not exist yet).
 */
final class GeneratedPage {

    private GeneratedPage() {
    }

    /**
     * Checks {@code docs/<name>} against {@code generated}.
     *
     * @param owner the test class whose javadoc says how to regenerate the page
     */
    static void check(String name, String generated, Class<?> owner) throws IOException {
        Path page = Path.of("..", "docs", name);
        if (Boolean.getBoolean("docs.update") || !Files.exists(page)) {
            Files.createDirectories(page.getParent());
            Files.writeString(page, generated);
        }
        assertThat(Files.readString(page))
                .as("docs/%s is out of date; regenerate it as %s's javadoc says", name, owner.getSimpleName())
                .isEqualTo(generated);
    }
}
