package io.volunteerrules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.volunteerrules.drools.VolunteerRules;
import org.junit.jupiter.api.Test;

/** The catalogue shows each rule's message as a scenario renders it, not its template. */
class MessageExamplesTest {

    @Test
    void the_catalogue_shows_messages_with_the_values_of_a_scenario_and_their_next_steps() {
        String html = CatalogueCommand.render(VolunteerRules.builder().build(), "the bundled rules");

        // below-task-minimum-age, as a scenario renders it (a volunteer's name and a written date), with its next step
        assertThat(html)
                .containsPattern("在2026年\\d+月\\d+日时为\\d+周岁，低于任务“[^”]+”的最低年龄\\d+周岁")
                .containsPattern("下一步：组织方另行安排\\S+参加与其年龄相适应的任务")
                .containsPattern("Next step: The organiser assigns \\S+ to a task that suits their age instead")
                .doesNotContain("{volunteer}在{start}时为{age}周岁，低于任务");
    }
}
