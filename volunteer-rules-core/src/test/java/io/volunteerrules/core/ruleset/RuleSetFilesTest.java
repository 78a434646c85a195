package io.volunteerrules.core.ruleset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleSetFilesTest {

    @TempDir
    Path dir;

    @TempDir
    Path outside;

    private void ruleSet() throws IOException {
        Files.writeString(dir.resolve(RuleSetFiles.MARKER), "name: test\n");
        Files.createDirectories(dir.resolve("area"));
        Files.writeString(dir.resolve("area/area.drl"), "package rules.area;\n");
    }

    @Test
    void fromDirectory_reads_regular_files() throws IOException {
        ruleSet();
        assertThat(RuleSetFiles.fromDirectory(dir).rules()).extracting(RuleFile::path).containsExactly("area/area.drl");
    }

    @Test
    void fromDirectory_refuses_a_symbolic_link_to_a_file_outside() throws IOException {
        ruleSet();
        Path secret = Files.writeString(outside.resolve("secret.drl"), "package rules.secret;\n");
        Files.createSymbolicLink(dir.resolve("area/linked.drl"), secret);
        assertThatThrownBy(() -> RuleSetFiles.fromDirectory(dir))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("area/linked.drl is a symbolic link");
    }

    @Test
    void fromDirectory_refuses_a_symbolic_link_inside_the_directory_too() throws IOException {
        ruleSet();
        Files.createSymbolicLink(dir.resolve("area/again.drl"), dir.resolve("area/area.drl"));
        assertThatThrownBy(() -> RuleSetFiles.fromDirectory(dir)).hasMessageContaining("area/again.drl is a symbolic link");
    }

    @Test
    void fromDirectory_refuses_a_linked_folder() throws IOException {
        ruleSet();
        Files.writeString(outside.resolve("x.drl"), "package rules.x;\n");
        Files.createSymbolicLink(dir.resolve("elsewhere"), outside);
        assertThatThrownBy(() -> RuleSetFiles.fromDirectory(dir)).hasMessageContaining("elsewhere is a symbolic link");
    }

    @Test
    void fromDirectory_refuses_a_linked_marker() throws IOException {
        Files.createDirectories(dir.resolve("area"));
        Path marker = Files.writeString(outside.resolve(RuleSetFiles.MARKER), "name: test\n");
        Files.createSymbolicLink(dir.resolve(RuleSetFiles.MARKER), marker);
        assertThatThrownBy(() -> RuleSetFiles.fromDirectory(dir)).hasMessageContaining("not a link");
    }
}
