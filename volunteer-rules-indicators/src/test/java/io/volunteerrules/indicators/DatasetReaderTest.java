package io.volunteerrules.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DatasetReaderTest {

    private static Path csvFolder() throws URISyntaxException {
        return Path.of(DatasetReaderTest.class.getClassLoader().getResource("csv-dataset/meta.csv").toURI()).getParent();
    }

    @Test
    void read_takes_a_folder_of_csv_files_with_empty_cells_as_missing_counts() throws Exception {
        IndicatorDataset d = DatasetReader.read(csvFolder());
        assertThat(d.asOf()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(d.source()).isEqualTo("a small dataset for tests, with a comma");
        assertThat(d.districts()).hasSize(2);
        assertThat(d.districts().get(0).partyMemberVolunteers()).isEqualTo(120L);
        assertThat(d.districts().get(1).organisations()).isNull();
        assertThat(d.funding()).hasSize(2);
        assertThat(d.lotteryFund().get(0).volunteerServiceYuan()).isEqualByComparingTo("100");

        CityIndicators report = Indicators.bundled().compute(d);
        assertThat(report.registration().residentPopulation()).isEqualTo(3001);
        assertThat(report.target().daysToDeadline()).isZero();
    }

    @Test
    void readJson_names_the_field_that_does_not_fit() {
        assertThatThrownBy(() -> DatasetReader.readJson("{\"asOf\": \"2025-09-30\", \"districts\": [{\"name\": \"甲区\", \"residentPopulation\": \"many\"}]}"))
                .isInstanceOf(InvalidDatasetException.class)
                .hasMessageContaining("districts[0].residentPopulation");
    }

    @Test
    void readJson_rejects_an_unknown_field() {
        assertThatThrownBy(() -> DatasetReader.readJson("{\"asOf\": \"2025-09-30\", \"population\": 5}"))
                .isInstanceOf(InvalidDatasetException.class)
                .hasMessageContaining("population");
    }

    @Test
    void read_names_a_missing_csv_file(@org.junit.jupiter.api.io.TempDir Path empty) {
        assertThatThrownBy(() -> DatasetReader.read(empty)).isInstanceOf(InvalidDatasetException.class)
                .hasMessageContaining("meta.csv: file not found")
                .hasMessageContaining("districts.csv: file not found");
    }
}
