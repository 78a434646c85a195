package io.volunteerrules.core.model;

import io.volunteerrules.core.json.StrictFields;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;

/**
 * A public-service project the government buys from volunteer-service organisations (ZZ-3.2:
 * 向社会公开购买志愿服务的项目目录、服务标准、资金预算).
 *
 * @param field          the project's field of service, compared with the published catalogue
 *                       ({@code organisations.published-catalogue-fields} once the
 *                       city's catalogue is entered)
 * @param purchaserId    the buying department, if known
 * @param budgetYuan     the published budget in yuan, if known
 */
public record PublicServiceProject(
        @NotBlank String id,
        @NotBlank String name,
        @NotNull ServiceField field,
        @Ref(Organisation.class) String purchaserId,
        @PositiveOrZero BigDecimal budgetYuan) implements StrictFields {
}
