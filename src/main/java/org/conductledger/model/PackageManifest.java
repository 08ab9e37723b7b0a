package org.conductledger.model;

import java.time.Instant;
import java.util.Map;

/**
 * What a data package says about itself (signed by the sender): its number in the sender's series to this
 * receiver, who sent it (installation, organisation), for whom, when, how many records of each type, the
 * hash of its data part, and the sender's public key.
 */
public record PackageManifest(int format, int seq, String senderInstall, String senderOrgCode, String senderOrgName,
                              String receiverCode, Instant createdAt, Map<String, Integer> counts, String dataHash,
                              byte[] publicKey, Encryption encryption) {

    public static final int FORMAT = 1;

    /** How the data part is encrypted for the receiving installation (null: it is not). */
    public record Encryption(String scheme, String receiverInstall, byte[] wrappedKey, byte[] nonce) {
    }

    public PackageManifest {
        counts = Map.copyOf(counts);
        publicKey = publicKey.clone();
    }

    public int itemCount() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }
}
