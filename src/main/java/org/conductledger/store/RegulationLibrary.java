package org.conductledger.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.conductledger.model.ArticleText;
import org.conductledger.model.Regulation;

/** The regulation texts shipped with the application ({@code /regulations/}), read once each. */
public final class RegulationLibrary {

    private final Map<Regulation, String> texts = new EnumMap<>(Regulation.class);

    public synchronized String text(Regulation regulation) {
        if (regulation.file() == null) {
            return "";
        }
        return texts.computeIfAbsent(regulation, r -> {
            try (InputStream in = RegulationLibrary.class.getResourceAsStream("/regulations/" + r.file())) {
                if (in == null) {
                    throw new IllegalStateException("regulation text missing from the build: " + r.file());
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The text of one article ("第十四条") or section ("四") of a regulation. */
    public Optional<String> article(Regulation regulation, String article) {
        return ArticleText.find(text(regulation), article);
    }
}
