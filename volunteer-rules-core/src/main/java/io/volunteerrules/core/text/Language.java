package io.volunteerrules.core.text;

/** The two languages every reason is written in. */
public enum Language {
    ZH,
    EN
}
