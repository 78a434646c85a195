package io.volunteerrules.drools.facts;

import io.volunteerrules.core.text.Labelled;

/**
 * What an incubation base supports (ZZ-3.1: 支持志愿服务组织的登记成立和初期运作): an organisation not
 * yet registered is helped to register; a registered one through its early operation.
 */
public enum SupportKind implements Labelled {
    REGISTRATION,
    EARLY_OPERATION;
}
