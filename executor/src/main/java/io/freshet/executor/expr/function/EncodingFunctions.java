package io.freshet.executor.expr.function;

import static io.freshet.executor.type.TypeKind.BYTEA;
import static io.freshet.executor.type.TypeKind.VARCHAR;

import io.freshet.executor.value.ByteString;
import io.freshet.executor.value.ByteaText;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Byte encodings: {@code md5} and {@code sha256} (hex text / bytea), {@code encode} and
 * {@code decode} in the {@code hex}, {@code base64} and {@code escape} formats, with
 * PostgreSQL's line wrapping of base64 at 76 characters.
 */
final class EncodingFunctions implements FunctionRegistry.Library {
    @Override
    public void register(FunctionRegistry r) {
        r.registerSimple("md5", Signature.of(VARCHAR), (a, c) ->
                HexFormat.of().formatHex(digest("MD5", ((String) a[0]).getBytes(StandardCharsets.UTF_8))));
        r.registerSimple("md5", Signature.of(BYTEA), (a, c) ->
                HexFormat.of().formatHex(digest("MD5", ((ByteString) a[0]).unsafeBytes())));
        r.registerSimple("sha256", Signature.of(BYTEA), (a, c) ->
                ByteString.wrap(digest("SHA-256", ((ByteString) a[0]).unsafeBytes())));
        r.registerSimple("encode", Signature.of(BYTEA, VARCHAR), (a, c) -> encode(((ByteString) a[0]).unsafeBytes(), (String) a[1]));
        r.registerSimple("decode", Signature.of(VARCHAR, VARCHAR), (a, c) -> decode((String) a[0], (String) a[1]));
        r.registerSimple("convert_to", Signature.of(VARCHAR, VARCHAR), (a, c) ->
                ByteString.wrap(((String) a[0]).getBytes(StandardCharsets.UTF_8)));
        r.registerSimple("convert_from", Signature.of(BYTEA, VARCHAR), (a, c) ->
                new String(((ByteString) a[0]).unsafeBytes(), StandardCharsets.UTF_8));
    }

    private static byte[] digest(String algorithm, byte[] data) {
        try {
            return MessageDigest.getInstance(algorithm).digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(byte[] b, String format) {
        switch (format.toLowerCase(java.util.Locale.ROOT)) {
            case "hex":
                return HexFormat.of().formatHex(b);
            case "base64": {
                String s = Base64.getEncoder().encodeToString(b);
                StringBuilder out = new StringBuilder(s.length() + s.length() / 76);
                for (int i = 0; i < s.length(); i += 76) {
                    if (i > 0) {
                        out.append('\n');
                    }
                    out.append(s, i, Math.min(s.length(), i + 76));
                }
                return out.toString();
            }
            case "escape": {
                StringBuilder out = new StringBuilder();
                for (byte x : b) {
                    int v = x & 0xFF;
                    if (v == '\\') {
                        out.append("\\\\");
                    } else if (v == 0 || v >= 0x80) {
                        out.append('\\').append((char) ('0' + (v >> 6))).append((char) ('0' + ((v >> 3) & 7)))
                                .append((char) ('0' + (v & 7)));
                    } else {
                        out.append((char) v);
                    }
                }
                return out.toString();
            }
            default:
                throw SqlErrors.invalidParameter("unrecognized encoding: \"" + format + "\"");
        }
    }

    private static ByteString decode(String s, String format) {
        switch (format.toLowerCase(java.util.Locale.ROOT)) {
            case "hex":
                return ByteString.wrap(ByteaText.decodeHex(s, 0));
            case "base64":
                try {
                    return ByteString.wrap(Base64.getMimeDecoder().decode(s.replaceAll("\\s", "")));
                } catch (IllegalArgumentException e) {
                    throw SqlErrors.invalidParameter("invalid base64 end sequence");
                }
            case "escape":
                return ByteaText.parse(s);
            default:
                throw SqlErrors.invalidParameter("unrecognized encoding: \"" + format + "\"");
        }
    }
}
