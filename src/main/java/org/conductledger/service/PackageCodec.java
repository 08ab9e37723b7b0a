package org.conductledger.service;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.conductledger.model.LedgerException;
import org.conductledger.model.PackageItem;
import org.conductledger.model.PackageManifest;

/**
 * The bytes of a data package's parts: the manifest as properties text (signed as written), and the data as
 * one line per record — type, id at the sender, then name=value fields — separated by unit separators,
 * with backslash escapes for line breaks, separators and backslashes.
 */
public final class PackageCodec {

    private static final char SEP = '\u001f';

    private PackageCodec() {
    }

    /** The three parts as they travel: manifest bytes, data bytes, and the signature over the manifest bytes. */
    public record Parts(byte[] manifest, byte[] data, byte[] signature) {
    }

    public static byte[] manifest(PackageManifest m) {
        Properties p = new Properties();
        p.setProperty("format", Integer.toString(m.format()));
        p.setProperty("seq", Integer.toString(m.seq()));
        p.setProperty("senderInstall", m.senderInstall());
        p.setProperty("senderOrgCode", m.senderOrgCode());
        p.setProperty("senderOrgName", m.senderOrgName());
        p.setProperty("receiverCode", m.receiverCode());
        p.setProperty("createdAt", m.createdAt().toString());
        m.counts().forEach((type, n) -> p.setProperty("count." + type, Integer.toString(n)));
        p.setProperty("dataHash", m.dataHash());
        p.setProperty("publicKey", Base64.getEncoder().encodeToString(m.publicKey()));
        if (m.encryption() != null) {
            p.setProperty("encryption", m.encryption().scheme());
            p.setProperty("receiverInstall", m.encryption().receiverInstall());
            p.setProperty("wrappedKey", Base64.getEncoder().encodeToString(m.encryption().wrappedKey()));
            p.setProperty("nonce", Base64.getEncoder().encodeToString(m.encryption().nonce()));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            p.store(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), "Conduct Ledger data package");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    public static PackageManifest manifest(byte[] bytes) {
        Properties p = new Properties();
        try {
            p.load(new StringReader(new String(bytes, StandardCharsets.UTF_8)));
            Map<String, Integer> counts = new LinkedHashMap<>();
            for (String name : p.stringPropertyNames()) {
                if (name.startsWith("count.")) {
                    counts.put(name.substring("count.".length()), Integer.parseInt(p.getProperty(name)));
                }
            }
            return new PackageManifest(Integer.parseInt(p.getProperty("format")), Integer.parseInt(p.getProperty("seq")),
                    required(p, "senderInstall"), required(p, "senderOrgCode"), required(p, "senderOrgName"),
                    required(p, "receiverCode"), Instant.parse(required(p, "createdAt")), counts, required(p, "dataHash"),
                    Base64.getDecoder().decode(required(p, "publicKey")),
                    p.getProperty("encryption") == null ? null : new PackageManifest.Encryption(p.getProperty("encryption"),
                            required(p, "receiverInstall"), Base64.getDecoder().decode(required(p, "wrappedKey")),
                            Base64.getDecoder().decode(required(p, "nonce"))));
        } catch (IOException | RuntimeException e) {
            throw new LedgerException(e, "package.error.damaged");
        }
    }

    private static String required(Properties p, String name) {
        String value = p.getProperty(name);
        if (value == null) {
            throw new IllegalArgumentException(name);
        }
        return value;
    }

    public static byte[] data(List<PackageItem> items) {
        StringBuilder out = new StringBuilder();
        for (PackageItem item : items) {
            out.append(escape(item.type())).append(SEP).append(item.originId());
            item.fields().forEach((k, v) -> out.append(SEP).append(escape(k)).append('=').append(escape(v == null ? "" : v)));
            out.append('\n');
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    public static List<PackageItem> data(byte[] bytes) {
        List<PackageItem> items = new ArrayList<>();
        try {
            for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n")) {
                if (line.isEmpty()) {
                    continue;
                }
                String[] parts = line.split(String.valueOf(SEP), -1);
                Map<String, String> fields = new LinkedHashMap<>();
                for (int i = 2; i < parts.length; i++) {
                    int eq = parts[i].indexOf('=');
                    fields.put(unescape(parts[i].substring(0, eq)), unescape(parts[i].substring(eq + 1)));
                }
                items.add(new PackageItem(unescape(parts[0]), Long.parseLong(parts[1]), fields));
            }
        } catch (RuntimeException e) {
            throw new LedgerException(e, "package.error.damaged");
        }
        return items;
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r").replace(String.valueOf(SEP), "\\u");
    }

    private static String unescape(String s) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                out.append(n == 'n' ? '\n' : n == 'r' ? '\r' : n == 'u' ? SEP : n);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** A public-key card: what a receiver hands its senders so that their packages are encrypted for it. */
    public record KeyCard(String orgCode, String orgName, String installId, byte[] publicKey) {
        public String fingerprint() {
            return Sm2.fingerprint(publicKey);
        }
    }

    public static byte[] keyCard(KeyCard card) {
        Properties p = new Properties();
        p.setProperty("orgCode", card.orgCode());
        p.setProperty("orgName", card.orgName());
        p.setProperty("installId", card.installId());
        p.setProperty("publicKey", Base64.getEncoder().encodeToString(card.publicKey()));
        p.setProperty("fingerprint", card.fingerprint());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            p.store(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), "Conduct Ledger public key card");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    public static KeyCard keyCard(byte[] bytes) {
        Properties p = new Properties();
        try {
            p.load(new StringReader(new String(bytes, StandardCharsets.UTF_8)));
            return new KeyCard(required(p, "orgCode"), required(p, "orgName"), required(p, "installId"),
                    Base64.getDecoder().decode(required(p, "publicKey")));
        } catch (IOException | RuntimeException e) {
            throw new LedgerException(e, "package.error.keyCard");
        }
    }
}
