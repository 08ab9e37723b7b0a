package org.conductledger.service;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts a package's data for one receiving installation: a fresh AES-256-GCM key encrypts the data, and
 * that key is encrypted with the receiver's SM2 public key. Only the receiver's private key opens it; GCM
 * also refuses any changed byte.
 */
final class PackageCipher {

    static final String SCHEME = "SM2-AES256GCM";

    private PackageCipher() {
    }

    record Sealed(byte[] data, byte[] wrappedKey, byte[] nonce) {
    }

    static Sealed seal(byte[] receiverPublicKey, byte[] plain) {
        SecureRandom random = new SecureRandom();
        byte[] key = new byte[32];
        byte[] nonce = new byte[12];
        random.nextBytes(key);
        random.nextBytes(nonce);
        try {
            Cipher aes = Cipher.getInstance("AES/GCM/NoPadding");
            aes.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, nonce));
            return new Sealed(aes.doFinal(plain), Sm2.encrypt(receiverPublicKey, key), nonce);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        } finally {
            java.util.Arrays.fill(key, (byte) 0);
        }
    }

    static Optional<byte[]> open(byte[] privateKey, byte[] data, byte[] wrappedKey, byte[] nonce) {
        Optional<byte[]> key = Sm2.decrypt(privateKey, wrappedKey);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        try {
            Cipher aes = Cipher.getInstance("AES/GCM/NoPadding");
            aes.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key.get(), "AES"), new GCMParameterSpec(128, nonce));
            return Optional.of(aes.doFinal(data));
        } catch (GeneralSecurityException | RuntimeException e) {
            return Optional.empty();
        } finally {
            java.util.Arrays.fill(key.get(), (byte) 0);
        }
    }
}
