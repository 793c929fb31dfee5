package io.dynamicendpoints.application.template;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.MACSigner;

import java.util.Map;

/**
 * {@code jwtEncode(claims, secret, algorithm = "HS256")}: a signed JWT (compact form) whose payload is
 * the claims map: {@code jwtEncode({"sub": __data.user_id, "exp": now("U") + 300}, "s3cret")}. HMAC
 * only (HS256, HS384, HS512), signed by Nimbus JOSE.
 */
final class JwtEncode extends ScriptFunction {

    JwtEncode() {
        super("jwtEncode");
    }

    @Override
    Object call(Arguments arguments) {
        if (!(arguments.required(0, "the claims, a map") instanceof Map<?, ?> claims)) {
            throw new IllegalArgumentException("the claims must be a map, such as {\"sub\": \"42\"}");
        }
        String secret = TemplateValues.text(arguments.required(1, "the secret"));
        JWSHeader header = new JWSHeader.Builder(JwtKeys.algorithm(arguments.text(2, "HS256")))
                .type(JOSEObjectType.JWT).build();
        JWSObject token = new JWSObject(header, new Payload(JsonText.write(claims, RenderBudget.current().maxValueSize())));
        try {
            token.sign(new MACSigner(JwtKeys.key(secret)));
        } catch (JOSEException e) {
            throw new IllegalStateException("the token cannot be signed: " + e.getMessage(), e);
        }
        return token.serialize();
    }
}
