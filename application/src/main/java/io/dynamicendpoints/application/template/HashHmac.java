package io.dynamicendpoints.application.template;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;

/**
 * {@code hashHmac(algorithm, data, key, encoding = "hex")}: PHP's {@code hash_hmac}, for signing or
 * checking webhooks: {@code hashHmac("sha256", __data.__raw_body, "secret")} → lower-case hex;
 * {@code "base64"} as fourth argument gives Base64 instead (as Shopify and others send it). Algorithms:
 * {@code md5}, {@code sha1}, {@code sha224}, {@code sha256}, {@code sha384}, {@code sha512}. Text is
 * taken as UTF-8.
 */
final class HashHmac extends ScriptFunction {

    private static final Map<String, String> ALGORITHMS = Map.of(
            "md5", "HmacMD5", "sha1", "HmacSHA1", "sha224", "HmacSHA224",
            "sha256", "HmacSHA256", "sha384", "HmacSHA384", "sha512", "HmacSHA512");

    HashHmac() {
        super("hashHmac");
    }

    @Override
    Object call(Arguments arguments) {
        String algorithm = ALGORITHMS.get(arguments.text(0, "").toLowerCase(Locale.ROOT));
        if (algorithm == null) {
            throw new IllegalArgumentException("the algorithm is one of " + String.join(", ",
                    ALGORITHMS.keySet().stream().sorted().toList()));
        }
        String encoding = arguments.text(3, "hex");
        if (!encoding.equals("hex") && !encoding.equals("base64")) {
            throw new IllegalArgumentException("the encoding is 'hex' or 'base64'");
        }
        byte[] data = arguments.text(1, "").getBytes(StandardCharsets.UTF_8);
        byte[] key = arguments.text(2, "").getBytes(StandardCharsets.UTF_8);
        byte[] mac = mac(algorithm, key, data);
        return encoding.equals("hex") ? HexFormat.of().formatHex(mac) : Base64.getEncoder().encodeToString(mac);
    }

    static byte[] mac(String algorithm, byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance(algorithm);
            // An empty key is a valid HMAC key (PHP allows it); the JDK refuses it, so pass the equivalent
            // single zero byte: HMAC pads every short key with zeros to the block size (RFC 2104 §2).
            mac.init(new SecretKeySpec(key.length == 0 ? new byte[1] : key, algorithm));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK cannot compute " + algorithm, e);
        }
    }
}
