package org.conductledger.report.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Finds the official Chinese faces installed on this computer (Windows {@code C:\Windows\Fonts}: simfang.ttf,
 * simhei.ttf, simkai.ttf, simsun.ttc; Linux {@code /usr/share/fonts/**}, {@code ~/.fonts},
 * {@code ~/.local/share/fonts}; macOS font folders) by file name, case-insensitively. Only TrueType outlines
 * are taken (PDFBox cannot embed CFF, so {@code OTTO} files are skipped). The directories are given, so tests
 * inject their own; {@link #systemDirectories()} lists the usual ones.
 */
public final class FontLocator {

    /** The font shipped with the application (WenQuanYi Micro Hei, Apache-2.0): used when no official face is found. */
    public static final String FALLBACK_RESOURCE = "/fonts/wqy-microhei.ttc";

    private static final int MAX_DEPTH = 6;

    /** File names per role, best first. */
    private static final Map<FontRole, List<String>> NAMES = Map.of(
            FontRole.TITLE, List.of("fzxbsjw.ttf", "方正小标宋简体.ttf", "fzxiaobiaosong-b05s.ttf", "fzxbsk.ttf", "fzxbsjw--gb1-0.ttf"),
            FontRole.HEADING, List.of("simhei.ttf", "黑体.ttf", "sthei.ttf"),
            FontRole.BODY, List.of("simfang.ttf", "fangsong_gb2312.ttf", "仿宋_gb2312.ttf", "fangsong.ttf", "仿宋.ttf", "stfangso.ttf"),
            FontRole.KAITI, List.of("simkai.ttf", "kaiti_gb2312.ttf", "楷体_gb2312.ttf", "kaiti.ttf", "楷体.ttf", "stkaiti.ttf"),
            FontRole.SONG, List.of("simsun.ttc", "simsun.ttf", "宋体.ttf", "nsimsun.ttf", "stsong.ttf"));

    private final List<Path> directories;

    public FontLocator(List<Path> directories) {
        this.directories = List.copyOf(directories);
    }

    /** The usual font folders of Windows, Linux and macOS that exist here (user folders from {@code user.home}). */
    public static List<Path> systemDirectories() {
        List<Path> dirs = new ArrayList<>();
        String windir = System.getenv("WINDIR");
        if (windir != null) {
            dirs.add(Path.of(windir, "Fonts"));
        }
        String localAppData = System.getenv("LOCALAPPDATA");
        if (localAppData != null) {
            dirs.add(Path.of(localAppData, "Microsoft", "Windows", "Fonts"));
        }
        String home = System.getProperty("user.home", "");
        for (String d : List.of("C:\\Windows\\Fonts", "/usr/share/fonts", "/usr/local/share/fonts", "/Library/Fonts",
                "/System/Library/Fonts")) {
            dirs.add(Path.of(d));
        }
        if (!home.isEmpty()) {
            dirs.add(Path.of(home, ".fonts"));
            dirs.add(Path.of(home, ".local", "share", "fonts"));
            dirs.add(Path.of(home, "Library", "Fonts"));
        }
        return dirs.stream().distinct().filter(Files::isDirectory).toList();
    }

    /** Scans the directories once; roles with no installed TrueType face are left to the fallback. */
    public FontSet resolve() {
        Map<String, Path> byName = new HashMap<>();
        for (Path dir : directories) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(dir, MAX_DEPTH, FileVisitOption.FOLLOW_LINKS)) {
                files.filter(Files::isRegularFile).forEach(f -> byName.putIfAbsent(
                        f.getFileName().toString().toLowerCase(Locale.ROOT), f));
            } catch (IOException | java.io.UncheckedIOException unreadable) {
                // A folder we may not read simply contributes nothing.
            }
        }
        Map<FontRole, FontSource> found = new EnumMap<>(FontRole.class);
        for (FontRole role : FontRole.values()) {
            for (String name : NAMES.get(role)) {
                Path file = byName.get(name.toLowerCase(Locale.ROOT));
                if (file != null && isTrueType(file)) {
                    found.put(role, FontSource.file(file));
                    break;
                }
            }
        }
        return new FontSet(found, FontSource.classpath(FALLBACK_RESOURCE));
    }

    /** True for TrueType outlines (a .ttf, or a .ttc whose first face is TrueType); false for CFF or anything else. */
    static boolean isTrueType(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(16);
            if (head.length < 4) {
                return false;
            }
            int tag = readInt(head, 0);
            if (tag == 0x74746366) {           // 'ttcf': look at the first face's sfnt version
                if (head.length < 16) {
                    return false;
                }
                long offset = readInt(head, 12) & 0xffffffffL;
                long skip = offset - 16;
                if (skip < 0 || in.skip(skip) != skip) {
                    return false;
                }
                byte[] face = in.readNBytes(4);
                return face.length == 4 && trueTypeVersion(readInt(face, 0));
            }
            return trueTypeVersion(tag);
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean trueTypeVersion(int tag) {
        return tag == 0x00010000 || tag == 0x74727565;   // 1.0 or 'true'; 'OTTO' is CFF
    }

    private static int readInt(byte[] b, int at) {
        return ((b[at] & 0xff) << 24) | ((b[at + 1] & 0xff) << 16) | ((b[at + 2] & 0xff) << 8) | (b[at + 3] & 0xff);
    }
}
