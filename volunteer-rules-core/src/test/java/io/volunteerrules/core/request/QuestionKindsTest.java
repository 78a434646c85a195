package io.volunteerrules.core.request;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import io.volunteerrules.core.model.Ref;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The places a question kind is declared agree: the sealed interface, its JSON names and its references. */
class QuestionKindsTest {

    @Test
    void every_permitted_question_kind_has_its_json_name_and_no_other_name_exists() throws Exception {
        Map<String, Class<?>> json = new TreeMap<>();
        for (JsonSubTypes.Type t : Question.class.getAnnotation(JsonSubTypes.class).value()) {
            json.put(t.name(), t.value());
        }
        Map<String, Class<?>> permitted = new TreeMap<>();
        for (Class<?> kind : Question.class.getPermittedSubclasses()) {
            permitted.put((String) kind.getField("TYPE").get(null), kind);
        }
        assertThat(json).isEqualTo(permitted);
    }

    @Test
    void every_id_a_question_names_is_a_declared_reference() {
        for (Class<?> kind : Question.class.getPermittedSubclasses()) {
            for (RecordComponent rc : kind.getRecordComponents()) {
                if (rc.getName().endsWith("Id")) {
                    assertThat(rc.getAnnotation(Ref.class)).as(kind.getSimpleName() + "." + rc.getName()).isNotNull();
                }
            }
        }
    }

    @Test
    void every_fact_list_of_a_request_is_found_with_its_type_ids_and_noun() {
        assertThat(FactList.all()).hasSize((int) Arrays.stream(EvaluationRequest.class.getRecordComponents())
                .filter(c -> c.getType() == java.util.List.class).count() - 1);
        assertThat(FactList.all()).allMatch(FactList::hasIds);
        Map<String, String> nouns = FactList.all().stream()
                .collect(Collectors.toMap(FactList::name, FactList::noun, (a, b) -> a, TreeMap::new));
        assertThat(nouns).containsEntry("serviceRecords", "service record").containsEntry("activities", "activity")
                .containsEntry("catalogueItems", "catalogue item").containsEntry("volunteers", "volunteer");
        assertThat(FactList.of(io.volunteerrules.core.model.ServiceRecord.class)).get()
                .extracting(FactList::name).isEqualTo("serviceRecords");
    }
}
