package org.conductledger.ui.common;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Picks the first installed CJK user-interface font. JavaFX CSS takes one family, not a fallback list,
 * so the choice is made at start-up from what the PC has: Windows, 统信UOS/麒麟, other Linux, macOS.
 */
public final class Fonts {

    static final List<String> PREFERRED = List.of(
            "Microsoft YaHei", "Microsoft YaHei UI", "微软雅黑",
            "Noto Sans CJK SC", "Source Han Sans SC", "思源黑体",
            "WenQuanYi Micro Hei", "文泉驿微米黑", "WenQuanYi Zen Hei",
            "PingFang SC", "Hiragino Sans GB", "SimHei", "SimSun", "AR PL UMing CN");

    private Fonts() {
    }

    public static Optional<String> chooseFrom(Set<String> installed) {
        return PREFERRED.stream().filter(installed::contains).findFirst();
    }

    /** A root style such as {@code -fx-font-family: "Microsoft YaHei";}, or empty to keep the default. */
    public static String rootStyle(java.util.Collection<String> installedFamilies) {
        return chooseFrom(Set.copyOf(installedFamilies)).map(f -> "-fx-font-family: \"" + f + "\";").orElse("");
    }
}
