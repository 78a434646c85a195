package io.volunteerrules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.volunteerrules.core.model.OrganisationKind;
import io.volunteerrules.core.model.RegistrationPlatform;
import io.volunteerrules.core.model.TrainingTier;
import io.volunteerrules.core.text.Labelled;
import io.volunteerrules.drools.VolunteerRules;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The catalogue page as people read it: it fits a laptop screen (every table laid out in fixed
 * column widths that add up to the page's width, long names allowed to wrap, dates never broken),
 * explains what its words mean, and names the model's values by their labels rather than by enum
 * names. (How it looks in a browser is checked by hand in headless Chromium: docs/policy-staff-guide.md.)
 */
class CataloguePageTest {

    static String page;

    @BeforeAll
    static void render() {
        page = CatalogueCommand.render(VolunteerRules.builder().build(), "the bundled rules");
    }

    /** The text a reader sees: no tags, no attributes (a label's enum name is kept for hovering only). */
    private static String visibleText() {
        return page.substring(page.indexOf("<body>")).replaceAll("<[^>]*>", " ");
    }

    @Test
    void every_table_has_fixed_column_widths_that_fill_the_page_width() {
        assertThat(CatalogueCommand.STYLE).contains("table{border-collapse:collapse;table-layout:fixed;width:100%")
                .contains("overflow-wrap:anywhere").contains(".date,.nowrap{white-space:nowrap}");
        Matcher tables = Pattern.compile("<table[^>]*>(.*?)</table>", Pattern.DOTALL).matcher(page);
        int count = 0;
        while (tables.find()) {
            count++;
            Matcher group = Pattern.compile("<colgroup>(.*?)</colgroup>").matcher(tables.group(1));
            assertThat(group.find()).as("a table without column widths").isTrue();
            Matcher width = Pattern.compile("width:(\\d+)%").matcher(group.group(1));
            int sum = 0;
            while (width.find()) {
                sum += Integer.parseInt(width.group(1));
            }
            assertThat(sum).as(group.group(1)).isEqualTo(100);
        }
        assertThat(count).isGreaterThan(20);
    }

    @Test
    void dates_are_kept_on_one_line() {
        // every row's dates, and every scenario's as-of date, sit in a span that never wraps
        assertThat(page).doesNotContainPattern("<td>\\d{4}-\\d{2}-\\d{2}").doesNotContainPattern("as of \\d{4}-")
                .containsPattern("<td><span class=\"date\">2021-03-07</span> –<br>")
                .containsPattern("as of <span class=\"date\">\\d{4}-\\d{2}-\\d{2}</span>");
        // a list of clause links wraps between the links, never inside an id such as MCA-CERT-10
        assertThat(page).contains("\n<a href=\"#MCA-CERT-10\">MCA-CERT-10</a>").contains("nav a{margin-right:.55rem;white-space:nowrap}");
    }

    @Test
    void the_page_explains_decides_reports_and_its_columns() {
        assertThat(page).contains("<span class=\"kind kind-decides\">判定 · decides</span>")
                .contains("<span class=\"kind kind-reports\">统计 · reports</span>");
        String text = visibleText().replaceAll("\\s+", " ");
        assertThat(text).contains("A rule can decide this clause from the facts of a request")
                .contains("asks for a figure or a checklist")
                .contains("Both days included; a row without an end applies until a later row starts")
                .contains("The table keys the rule was seen reading while the scenarios ran");
        // each clause says which kind it is, in both languages
        assertThat(page).containsPattern("<h2>ZZ-2\\.3 <span class=\"kind kind-decides\">判定 · decides</span></h2>")
                .containsPattern("<h2>ZZ-1\\.3 <span class=\"kind kind-reports\">统计 · reports</span></h2>");
    }

    @Test
    void values_are_shown_by_their_chinese_and_english_labels_not_by_enum_names() {
        assertThat(page).contains(">" + RegistrationPlatform.NATIONAL_SYSTEM.zh() + " · " + RegistrationPlatform.NATIONAL_SYSTEM.en() + "<")
                .contains(">" + OrganisationKind.VOLUNTEER_SERVICE_ORGANISATION.zh() + " · "
                        + OrganisationKind.VOLUNTEER_SERVICE_ORGANISATION.en() + "<")
                .contains(">" + TrainingTier.PROFESSIONAL.zh() + " · " + TrainingTier.PROFESSIONAL.en() + "<")
                // the name stays at hand for whoever edits the table
                .contains("title=\"NATIONAL_SYSTEM\"");
        String text = visibleText();
        List<String> shown = new ArrayList<>();
        for (Class<? extends Enum<?>> e : Labels.ofModel().enums()) {
            for (Enum<?> constant : e.getEnumConstants()) {
                if (constant.name().contains("_") && text.contains(constant.name())) {
                    shown.add(e.getSimpleName() + "." + constant.name());
                }
            }
        }
        assertThat(shown).as("enum names a reader sees").isEmpty();
        // outcomes too
        assertThat(text).doesNotContain(": REFUSED").doesNotContain(": ALLOWED").doesNotContain("NEEDS_REVIEW")
                .contains("拒绝 · refused").contains("允许 · allowed");
        // a table's description naming values lists their labels
        assertThat(text).contains("(the national volunteer-service information system, Zhiyuan Zhengzhou, another platform)");
    }

    @Test
    void numbers_carry_their_unit_in_the_right_number() {
        assertThat(page).contains("<td>1 person</td>").doesNotContain("1 persons").contains("<td>300 hours</td>");
    }

    @Test
    void every_labelled_enum_of_the_model_is_found_on_the_class_path() {
        List<Class<? extends Enum<?>>> enums = Labels.ofModel().enums();
        assertThat(enums).contains(RegistrationPlatform.class, OrganisationKind.class, TrainingTier.class)
                .allSatisfy(e -> assertThat(Labelled.class).isAssignableFrom(e));
        // a list is read as values of the enums that have them all (two enums list both platforms, alike)
        assertThat(Labels.ofModel().of(List.of("NATIONAL_SYSTEM", "ZHIYUAN_ZHENGZHOU")).orElseThrow())
                .extracting(Labelled::en)
                .containsExactly(RegistrationPlatform.NATIONAL_SYSTEM.en(), RegistrationPlatform.ZHIYUAN_ZHENGZHOU.en());
        assertThat(Labels.ofModel().of(List.of("NATIONAL_SYSTEM", "NO_SUCH_VALUE"))).isEmpty();
    }
}
