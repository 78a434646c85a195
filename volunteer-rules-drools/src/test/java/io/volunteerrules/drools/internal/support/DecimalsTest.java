package io.volunteerrules.drools.internal.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class DecimalsTest {

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    @Test
    void shareAtMost_compares_exactly_at_the_limit() {
        assertThat(Decimals.shareAtMost(d("500"), d("1000"), d("0.5"))).isTrue();
        assertThat(Decimals.shareAtMost(d("500.01"), d("1000"), d("0.5"))).isFalse();
        // a third is not "at most 0.3333": no rounding decides the limit
        assertThat(Decimals.shareAtMost(d("1"), d("3"), d("0.3333"))).isFalse();
    }

    @Test
    void shareShown_keeps_a_share_just_over_a_limit_apart_from_the_limit() {
        assertThat(Decimals.share(d("500.01"), d("1000"))).isEqualByComparingTo("0.5");
        assertThat(Decimals.shareShown(d("500.01"), d("1000"))).isEqualByComparingTo("0.50001");
        assertThat(Decimals.shareShown(d("1"), d("3"))).isEqualByComparingTo("0.333333");
    }

    @Test
    void wholeUnits_rounds_down() {
        assertThat(Decimals.wholeUnits(d("79.5"), d("40"))).isEqualByComparingTo("1");
        assertThat(Decimals.wholeUnits(d("80"), d("40"))).isEqualByComparingTo("2");
    }

    @Test
    void atLeast_is_false_for_a_missing_value() {
        assertThat(Decimals.atLeast(null, d("80"))).isFalse();
        assertThat(Decimals.atLeast(d("80"), d("80"))).isTrue();
    }
}
