package io.volunteerrules.drools.internal.support;

import io.volunteerrules.core.model.InsuranceType;
import io.volunteerrules.core.model.OrganisationKind;
import io.volunteerrules.core.model.PublicationPlatform;
import io.volunteerrules.core.model.ServiceField;
import java.util.List;

/**
 * Turns the enum names of a list parameter into labelled values, so that a message lists
 * "全国志愿服务信息系统、志愿郑州" rather than {@code NATIONAL_SYSTEM, ZHIYUAN_ZHENGZHOU}.
 */
public final class Labels {

    private Labels() {
    }

    /** The platforms of a list parameter. */
    public static List<PublicationPlatform> platforms(List<String> names) {
        return names.stream().map(PublicationPlatform::valueOf).toList();
    }

    /** The fields of service of a list parameter. */
    public static List<ServiceField> fields(List<String> names) {
        return names.stream().map(ServiceField::valueOf).toList();
    }

    /** The insurance types of a list parameter. */
    public static List<InsuranceType> insuranceTypes(List<String> names) {
        return names.stream().map(InsuranceType::valueOf).toList();
    }

    /** The organisation kinds of a list parameter. */
    public static List<OrganisationKind> kinds(List<String> names) {
        return names.stream().map(OrganisationKind::valueOf).toList();
    }
}
