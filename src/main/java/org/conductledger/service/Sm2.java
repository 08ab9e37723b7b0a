package org.conductledger.service;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.bouncycastle.asn1.gm.GMNamedCurves;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.bouncycastle.crypto.CryptoException;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.generators.ECKeyPairGenerator;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECKeyGenerationParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.params.ParametersWithRandom;
import org.bouncycastle.crypto.signers.SM2Signer;

/**
 * SM2 signatures (GB/T 32918, the national standard) for data packages, through Bouncy Castle's
 * lightweight API: key pairs on sm2p256v1, sign and verify with the default user ID, and a fingerprint of a
 * public key (SM3, grouped for reading out over the phone).
 */
public final class Sm2 {

    private static final X9ECParameters CURVE = GMNamedCurves.getByName("sm2p256v1");
    private static final ECDomainParameters DOMAIN = new ECDomainParameters(CURVE.getCurve(), CURVE.getG(), CURVE.getN(),
            CURVE.getH());

    private Sm2() {
    }

    /** A key pair: the private scalar and the public point (uncompressed encoding). */
    public record KeyPair(byte[] privateKey, byte[] publicKey) {
    }

    public static KeyPair generate(SecureRandom random) {
        ECKeyPairGenerator generator = new ECKeyPairGenerator();
        generator.init(new ECKeyGenerationParameters(DOMAIN, random));
        AsymmetricCipherKeyPair pair = generator.generateKeyPair();
        return new KeyPair(((ECPrivateKeyParameters) pair.getPrivate()).getD().toByteArray(),
                ((ECPublicKeyParameters) pair.getPublic()).getQ().getEncoded(false));
    }

    public static byte[] sign(byte[] privateKey, byte[] message) {
        SM2Signer signer = new SM2Signer();
        signer.init(true, new ParametersWithRandom(new ECPrivateKeyParameters(new BigInteger(1, privateKey), DOMAIN),
                new SecureRandom()));
        signer.update(message, 0, message.length);
        try {
            return signer.generateSignature();
        } catch (CryptoException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether {@code signature} is {@code publicKey}'s over {@code message}; false for any malformed input. */
    public static boolean verify(byte[] publicKey, byte[] message, byte[] signature) {
        try {
            SM2Signer signer = new SM2Signer();
            signer.init(false, new ECPublicKeyParameters(CURVE.getCurve().decodePoint(publicKey), DOMAIN));
            signer.update(message, 0, message.length);
            return signer.verifySignature(signature);
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** {@code plain} encrypted for {@code publicKey} (SM2 public-key encryption, C1C3C2). */
    public static byte[] encrypt(byte[] publicKey, byte[] plain) {
        try {
            org.bouncycastle.crypto.engines.SM2Engine engine =
                    new org.bouncycastle.crypto.engines.SM2Engine(org.bouncycastle.crypto.engines.SM2Engine.Mode.C1C3C2);
            engine.init(true, new ParametersWithRandom(new ECPublicKeyParameters(CURVE.getCurve().decodePoint(publicKey),
                    DOMAIN), new SecureRandom()));
            return engine.processBlock(plain, 0, plain.length);
        } catch (org.bouncycastle.crypto.InvalidCipherTextException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The plain bytes of {@code cipher} for {@code privateKey}; empty when it was not encrypted for this key. */
    public static java.util.Optional<byte[]> decrypt(byte[] privateKey, byte[] cipher) {
        try {
            org.bouncycastle.crypto.engines.SM2Engine engine =
                    new org.bouncycastle.crypto.engines.SM2Engine(org.bouncycastle.crypto.engines.SM2Engine.Mode.C1C3C2);
            engine.init(false, new ECPrivateKeyParameters(new BigInteger(1, privateKey), DOMAIN));
            return java.util.Optional.of(engine.processBlock(cipher, 0, cipher.length));
        } catch (org.bouncycastle.crypto.InvalidCipherTextException | RuntimeException e) {
            return java.util.Optional.empty();
        }
    }

    /** SM3 of the public key, first 16 bytes in hex, in groups of four: "3f2a 9c01 …". */
    public static String fingerprint(byte[] publicKey) {
        SM3Digest digest = new SM3Digest();
        digest.update(publicKey, 0, publicKey.length);
        byte[] out = new byte[digest.getDigestSize()];
        digest.doFinal(out, 0);
        String hex = HexFormat.of().formatHex(out, 0, 16).toUpperCase(java.util.Locale.ROOT);
        return String.join(" ", hex.split("(?<=\\G.{4})"));
    }

    /** SM3 of {@code bytes} in lower-case hex (part hashes and content hashes). */
    public static String sm3(byte[] bytes) {
        SM3Digest digest = new SM3Digest();
        digest.update(bytes, 0, bytes.length);
        byte[] out = new byte[digest.getDigestSize()];
        digest.doFinal(out, 0);
        return HexFormat.of().formatHex(out);
    }
}
