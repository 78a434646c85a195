package io.volunteerrules.benchmarks.city;

import static org.assertj.core.api.Assertions.assertThat;

import io.volunteerrules.core.request.EvaluationRequest;
import io.volunteerrules.core.validation.RequestValidator;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CityGeneratorTest {

    private static CityGenerator city(long seed) {
        return new CityGenerator(seed, LocalDate.of(2026, 5, 1), 100, 200);
    }

    @Test
    void same_seed_gives_the_same_city() {
        assertThat(city(11).requests(300).toList()).isEqualTo(city(11).requests(300).toList());
    }

    @Test
    void a_volunteer_does_not_depend_on_the_volunteers_generated_before() {
        assertThat(city(11).volunteer(250)).isEqualTo(city(11).requests(300).toList().get(250));
    }

    @Test
    void another_seed_gives_another_city() {
        assertThat(city(12).requests(50).toList()).isNotEqualTo(city(11).requests(50).toList());
    }

    @Test
    void every_generated_request_is_valid() {
        RequestValidator validator = new RequestValidator();
        List<EvaluationRequest> requests = city(13).requests(2_000).toList();
        assertThat(requests.stream().flatMap(r -> validator.check(r).stream()).map(Object::toString).toList()).isEmpty();
    }

    @Test
    void ages_span_every_capacity_band() {
        List<Integer> ages = city(14).requests(3_000)
                .map(r -> java.time.Period.between(r.volunteers().get(0).birthDate(), r.asOf()).getYears()).toList();
        assertThat(ages).anyMatch(a -> a < 8).anyMatch(a -> a >= 8 && a < 16).anyMatch(a -> a == 16 || a == 17)
                .anyMatch(a -> a >= 18 && a < 60).anyMatch(a -> a >= 60);
    }

    @Test
    void service_hours_are_skewed_towards_a_few_volunteers() {
        List<Integer> records = city(15).requests(3_000).map(r -> r.serviceRecords().size()).sorted().toList();
        int total = records.stream().mapToInt(Integer::intValue).sum();
        int topTenth = records.subList(records.size() * 9 / 10, records.size()).stream().mapToInt(Integer::intValue).sum();
        assertThat(topTenth).isGreaterThan(total / 3);
    }
}
