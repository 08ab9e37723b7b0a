package org.conductledger.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.conductledger.ui.common.Fonts;
import org.junit.jupiter.api.Test;

class FontsTest {

    @Test
    void prefersTheWindowsFaceThenTheLinuxOnes() {
        assertEquals(Optional.of("Microsoft YaHei"), Fonts.chooseFrom(Set.of("Arial", "SimSun", "Microsoft YaHei")));
        assertEquals(Optional.of("WenQuanYi Micro Hei"), Fonts.chooseFrom(Set.of("DejaVu Sans", "WenQuanYi Micro Hei")));
        assertEquals(Optional.of("Noto Sans CJK SC"), Fonts.chooseFrom(Set.of("Noto Sans CJK SC", "WenQuanYi Micro Hei")));
    }

    @Test
    void keepsTheDefaultWhenNoCjkFontIsInstalled() {
        assertEquals("", Fonts.rootStyle(List.of("DejaVu Sans", "Liberation Serif")));
        assertEquals("-fx-font-family: \"SimSun\";", Fonts.rootStyle(List.of("SimSun")));
    }
}
