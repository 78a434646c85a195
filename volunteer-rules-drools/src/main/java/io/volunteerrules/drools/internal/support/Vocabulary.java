package io.volunteerrules.drools.internal.support;

import io.volunteerrules.core.text.Bilingual;
import io.volunteerrules.core.text.Labelled;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Properties;

/**
 * Names of the codes a request uses for skills, health conditions and qualifications, and of the
 * fields of records, volunteers and issuers a rule finds empty, so that a message says 急救 / first aid
 * rather than {@code first-aid} and 服务地点 / place rather than {@code place}. The names are in
 * {@code vocabulary.properties} beside this class ({@code skill.first-aid.zh = 急救}). A code it does
 * not name is written as a code in quotation marks (“rope-rescue” / "rope-rescue"), so that a reader
 * sees it is a code rather than a word of the sentence; the message check reports such a code
 * ({@link io.volunteerrules.drools.lint.MessageCheck#renderedProblems}), so that the bundled
 * scenarios fail, and {@code test} of a rules directory says so, until the code is named here.
 */
public final class Vocabulary {

    private static final Properties NAMES = read();

    private Vocabulary() {
    }

    /** The skills of a list, by name. */
    public static List<Labelled> skills(Collection<String> codes) {
        return named("skill", codes);
    }

    /** The health conditions of a list, by name. */
    public static List<Labelled> conditions(Collection<String> codes) {
        return named("condition", codes);
    }

    /** The qualifications of a list, by name. */
    public static List<Labelled> qualifications(Collection<String> codes) {
        return named("qualification", codes);
    }

    /** One qualification, by name. */
    public static Labelled qualification(String code) {
        return name("qualification", code);
    }

    /** A field of a service record (records.required-fields), by name: 服务地点 / place. */
    public static Labelled recordField(String field) {
        return name("record-field", field);
    }

    /** A field of a training record (records.training-required-fields), by name: 培训单位 / provider. */
    public static Labelled trainingField(String field) {
        return name("training-field", field);
    }

    /** A field of a volunteer's basic information, by name: 证件号码 / ID number. */
    public static Labelled volunteerField(String field) {
        return name("volunteer-field", field);
    }

    /** A field of an issuer's details, by name: 经办人 / handler. */
    public static Labelled issuerField(String field) {
        return name("issuer-field", field);
    }

    private static List<Labelled> named(String kind, Collection<String> codes) {
        return codes.stream().map(code -> name(kind, code)).toList();
    }

    private static Labelled name(String kind, String code) {
        String zh = NAMES.getProperty(kind + "." + code + ".zh");
        String en = NAMES.getProperty(kind + "." + code + ".en");
        return new Bilingual(zh == null ? "“" + code + "”" : zh.strip(), en == null ? "\"" + code + "\"" : en.strip());
    }

    private static Properties read() {
        Properties p = new Properties();
        try (InputStream in = Vocabulary.class.getResourceAsStream("vocabulary.properties")) {
            if (in != null) {
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read vocabulary.properties", e);
        }
        return p;
    }
}
