package org.conductledger.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.awt.image.BufferedImage;
import java.io.InputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** Every size the windows ask for is on the class path (copied from installer/icons) and is that size. */
class AppIconsTest {

    @Test
    void everyIconSizeIsOnTheClassPathAtItsSize() throws Exception {
        for (int size : AppIcons.SIZES) {
            String name = "/icons/conduct-ledger-" + size + ".png";
            try (InputStream in = AppIcons.class.getResourceAsStream(name)) {
                assertNotNull(in, name);
                BufferedImage image = ImageIO.read(in);
                assertEquals(size, image.getWidth(), name);
                assertEquals(size, image.getHeight(), name);
            }
        }
    }
}
