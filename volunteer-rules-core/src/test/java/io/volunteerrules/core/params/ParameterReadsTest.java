package io.volunteerrules.core.params;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ParameterReadsTest {

    private final ParameterSet set = new ParameterSet(LocalDate.of(2026, 1, 1), Map.of("a.x", 1, "a.y", true, "a.z", "t"));

    @Test
    void recordingReads_collects_the_keys_read_on_this_thread_only_while_it_runs() throws Exception {
        Set<String> reads = new HashSet<>();
        int x = ParameterSet.recordingReads(reads, () -> {
            boolean y = set.flag("a.y");
            return y ? set.integer("a.x") : 0;
        });
        set.text("a.z");
        Thread other = new Thread(() -> set.text("a.z"));
        ParameterSet.recordingReads(reads, () -> {
            other.start();
            try {
                other.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return null;
        });
        assertThat(x).isEqualTo(1);
        assertThat(reads).containsExactlyInAnyOrder("a.x", "a.y");
    }

    @Test
    void a_view_read_by_one_reader_records_its_own_reads_and_shares_the_values() {
        Set<String> first = new HashSet<>();
        Set<String> second = new HashSet<>();
        ParameterSet a = set.readBy("rule-a", first);
        ParameterSet b = set.readBy("rule-b", second);
        assertThat(a.integer("a.x")).isEqualTo(1);
        assertThat(b.flag("a.y")).isTrue();
        set.text("a.z");
        assertThat(first).containsExactly("a.x");
        assertThat(second).containsExactly("a.y");
        assertThat(a.reader()).isEqualTo("rule-a");
        assertThat(set.reader()).isNull();
        assertThat(a.date()).isEqualTo(set.date());
    }
}
