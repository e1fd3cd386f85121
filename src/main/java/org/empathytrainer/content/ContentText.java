package org.empathytrainer.content;

import com.google.gson.JsonElement;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.empathytrainer.json.InvalidJsonException;
import org.empathytrainer.json.StrictJson;

/**
 * The text of a content file: UTF-8 and nothing else. A file saved as Windows-1252 or Latin-1 would otherwise load
 * with replacement characters where its accents were ("Caf\uFFFD"), and show them to every learner.
 */
final class ContentText {
    private static final char BYTE_ORDER_MARK = '\uFEFF';
    private static final char REPLACEMENT = '\uFFFD';

    private ContentText() {}

    /**
     * Reads a whole file as strict UTF-8 and parses it as JSON.
     *
     * @throws ContentException when a byte is not UTF-8, naming the line it is on
     */
    static JsonElement parse(InputStream in) throws IOException {
        byte[] bytes = in.readAllBytes();
        // Parsed straight from the bytes through a strict decoder: no string of the whole text (twice the file's size
        // when it holds a character beyond Latin-1) is made for the parser to copy from again.
        int start = startsWithByteOrderMark(bytes) ? 3 : 0;
        CharsetDecoder strict = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return StrictJson.parse(
                    new InputStreamReader(new ByteArrayInputStream(bytes, start, bytes.length - start), strict));
        } catch (CharacterCodingException | InvalidJsonException e) {
            // A byte that is not UTF-8 is reported before any JSON problem, wherever it is, as when the whole text
            // was decoded first: decode throws for it, naming its line.
            decode(bytes);
            throw e;
        }
    }

    private static boolean startsWithByteOrderMark(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
    }

    static String decode(byte[] bytes) {
        // The usual case, valid UTF-8, costs one string: the decoder replaces a byte that is not UTF-8 with U+FFFD,
        // so a text without one was valid. One with it (a file may hold the character itself) is decoded strictly.
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.indexOf(REPLACEMENT) < 0) {
            return !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text;
        }
        return decodeStrictly(bytes);
    }

    private static String decodeStrictly(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer input = ByteBuffer.wrap(bytes);
        CharBuffer output = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(input, output, true);
        if (result.isError()) {
            throw notUtf8(bytes, input.position());
        }
        decoder.flush(output);
        output.flip();
        // Windows editors often start a UTF-8 file with a byte order mark; it is not part of the text.
        if (output.hasRemaining() && output.get(0) == BYTE_ORDER_MARK) {
            output.position(1);
        }
        return output.toString();
    }

    private static ContentException notUtf8(byte[] bytes, int at) {
        int line = 1;
        for (int i = 0; i < at; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return new ContentException(
                "",
                String.format(
                        "is not UTF-8 text: the byte 0x%02X on line %d is not UTF-8 (saved as Windows-1252 or"
                                + " Latin-1?); save the file as UTF-8",
                        bytes[at] & 0xFF, line));
    }
}
