package io.volunteerrules.core.ruleset;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Whether the text files of a rule set (rules, YAML tables, scenarios) are UTF-8. Read leniently, a
 * file saved as GBK by a Windows editor has its Chinese replaced by U+FFFD and is used all the same:
 * a message, a source or an expected value changes unseen. Readers refuse such a file instead,
 * naming the line of its first byte that is not UTF-8.
 */
public final class Utf8 {

    private Utf8() {
    }

    /** The line (from 1) of the first byte sequence that is not UTF-8, or 0 if all of it is UTF-8. */
    public static int firstLineNotUtf8(byte[] content) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(content);
        if (!decoder.decode(in, CharBuffer.allocate(content.length + 1), true).isError()) {
            return 0;
        }
        int line = 1;
        for (int i = 0; i < in.position(); i++) {
            if (content[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    /**
     * {@code "stars/stars.parameters.yaml: line 12: the file is not UTF-8 text …"}, or null when the
     * content is UTF-8.
     */
    public static String problem(String file, byte[] content) {
        int line = firstLineNotUtf8(content);
        return line == 0 ? null : file + ": line " + line + ": " + REASON;
    }

    /** Why a file that is not UTF-8 is refused, and what to do. */
    public static final String REASON = "the file is not UTF-8 text: a byte on this line is not a character of"
            + " UTF-8 (saved in another encoding, such as GBK?); save the file as UTF-8";
}
