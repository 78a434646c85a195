package io.volunteerrules.core.clauses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClauseTest {

    @Test
    void ids_splits_text_at_commas_in_order_and_trims_each_id() {
        assertThat(Clause.ids("ZZ-2.4")).containsExactly("ZZ-2.4");
        assertThat(Clause.ids(" ZZ-2.3, VSR-17 ,HN-26")).containsExactly("ZZ-2.3", "VSR-17", "HN-26");
        assertThat(Clause.ids("MCA-CERT-11, MCA-2015-3, FS-2006-1-2")).containsExactly("MCA-CERT-11", "MCA-2015-3", "FS-2006-1-2");
    }

    @Test
    void every_id_of_the_bundled_catalogue_has_the_form_of_an_id() {
        assertThat(ClauseCatalogue.bundled().clauses().keySet()).allMatch(id -> Clause.ID.matcher(id).matches());
    }

    @Test
    void ids_refuses_empty_text_an_empty_id_a_malformed_id_and_a_repeated_one() {
        assertThatThrownBy(() -> Clause.ids(" ")).hasMessage("must name at least one clause id, such as ZZ-2.4");
        assertThatThrownBy(() -> Clause.ids("ZZ-2.4,")).hasMessage("\"ZZ-2.4,\" has an empty clause id; separate ids "
                + "with one comma each, as in \"ZZ-2.4, VSR-19\"");
        assertThatThrownBy(() -> Clause.ids("ZZ-2.4; VSR-19")).hasMessage("\"ZZ-2.4; VSR-19\" is not a clause id such as "
                + "ZZ-2.4 or MCA-CERT-11");
        assertThatThrownBy(() -> Clause.ids("zz-2.4")).hasMessage("\"zz-2.4\" is not a clause id such as ZZ-2.4 or MCA-CERT-11");
        assertThatThrownBy(() -> Clause.ids("ZZ")).hasMessage("\"ZZ\" is not a clause id such as ZZ-2.4 or MCA-CERT-11");
        assertThatThrownBy(() -> Clause.ids("ZZ-2.4，VSR-19")).hasMessage("\"ZZ-2.4，VSR-19\" is not a clause id such as "
                + "ZZ-2.4 or MCA-CERT-11; separate ids with a comma (,), not ， or 、");
        assertThatThrownBy(() -> Clause.ids("ZZ-2.4, VSR-19, ZZ-2.4")).hasMessage("names clause ZZ-2.4 twice");
    }

    @Test
    void ids_of_a_list_takes_one_id_per_item() {
        assertThat(Clause.ids(List.of("CC-201", " CC-202 "))).containsExactly("CC-201", "CC-202");
        assertThatThrownBy(() -> Clause.ids(List.of("CC-201, CC-202"))).hasMessage("\"CC-201, CC-202\" is not a clause id such as ZZ-2.4 or MCA-CERT-11; give one id per item");
        assertThatThrownBy(() -> Clause.ids(Arrays.asList("CC-201", null))).hasMessage("holds an empty clause id");
        assertThatThrownBy(() -> Clause.ids(List.<String>of())).hasMessage("must name at least one clause id, such as [ZZ-2.4]");
    }
}
