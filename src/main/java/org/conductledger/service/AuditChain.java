package org.conductledger.service;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.conductledger.model.AuditEntry;

/**
 * The hash of an audit entry: SM3 (GB/T 32905, the national standard hash) over a canonical form of
 * every field, the previous entry's hash included — so editing, deleting or reordering any entry
 * breaks the chain from that entry on.
 */
public final class AuditChain {

    private static final char SEPARATOR = '\u001F';

    private AuditChain() {
    }

    public static String hash(AuditEntry e) {
        String canonical = String.join(String.valueOf(SEPARATOR),
                String.valueOf(e.seq()), e.occurredAt().toString(), text(e.userId()), text(e.username()), text(e.orgId()),
                text(e.action()), text(e.objectType()), text(e.objectId()), text(e.summary()), text(e.result()),
                text(e.host()), e.prevHash());
        byte[] bytes = canonical.getBytes(StandardCharsets.UTF_8);
        SM3Digest digest = new SM3Digest();
        digest.update(bytes, 0, bytes.length);
        byte[] out = new byte[digest.getDigestSize()];
        digest.doFinal(out, 0);
        return HexFormat.of().formatHex(out);
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
