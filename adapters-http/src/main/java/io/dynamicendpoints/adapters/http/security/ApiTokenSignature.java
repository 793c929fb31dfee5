package io.dynamicendpoints.adapters.http.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.micronaut.security.token.jwt.signature.SignatureGeneratorConfiguration;

import java.nio.charset.StandardCharsets;

/**
 * Signs and verifies API access tokens with HS256 and the installation's secret, and nothing else: an
 * HS384 or HS512 token made with the same secret is not one the platform issued, so it is refused too.
 * Nimbus does the cryptography (and refuses a key under 256 bits); this class only fixes the algorithm.
 */
final class ApiTokenSignature implements SignatureGeneratorConfiguration {

    static final JWSAlgorithm ALGORITHM = JWSAlgorithm.HS256;

    private final MACSigner signer;
    private final MACVerifier verifier;

    /** @throws JOSEException when the secret is shorter than 256 bits */
    ApiTokenSignature(String secret) throws JOSEException {
        byte[] key = secret.getBytes(StandardCharsets.UTF_8);
        this.signer = new MACSigner(key);
        this.verifier = new MACVerifier(key);
    }

    @Override
    public SignedJWT sign(JWTClaimsSet claims) throws JOSEException {
        SignedJWT token = new SignedJWT(new JWSHeader.Builder(ALGORITHM).type(JOSEObjectType.JWT).build(), claims);
        token.sign(signer);
        return token;
    }

    @Override
    public boolean verify(SignedJWT token) throws JOSEException {
        return ALGORITHM.equals(token.getHeader().getAlgorithm()) && token.verify(verifier);
    }

    @Override
    public boolean supports(JWSAlgorithm algorithm) {
        return ALGORITHM.equals(algorithm);
    }

    @Override
    public String supportedAlgorithmsMessage() {
        return "Only HS256 is supported for API access tokens";
    }

    /** The secret stays out of logs and error messages. */
    @Override
    public String toString() {
        return "ApiTokenSignature[HS256]";
    }
}
