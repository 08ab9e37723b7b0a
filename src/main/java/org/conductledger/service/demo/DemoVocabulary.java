package org.conductledger.service.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The demo's words (/demo/vocabulary.properties): surnames and given-name characters, units, departments,
 * reasons and templates. Lists are separated by "|", "word:weight" weighs an entry.
 */
final class DemoVocabulary {

    private static final String RESOURCE = "/demo/vocabulary.properties";

    private final Properties words = new Properties();
    private final java.util.Map<String, Words> parsed = new java.util.HashMap<>();

    private DemoVocabulary() {
    }

    static DemoVocabulary load() {
        DemoVocabulary vocabulary = new DemoVocabulary();
        try (InputStream in = DemoVocabulary.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + RESOURCE);
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                vocabulary.words.load(reader);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + RESOURCE, e);
        }
        return vocabulary;
    }

    /** A list of words and their weights. */
    record Words(List<String> words, double[] weights) {

        String pick(Dice dice) {
            return words.get(dice.weighted(weights));
        }
    }

    Words words(String key) {
        return parsed.computeIfAbsent(key, this::parse);
    }

    private Words parse(String key) {
        String value = words.getProperty(key);
        if (value == null) {
            throw new IllegalStateException("No demo words " + key);
        }
        List<String> list = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        for (String entry : value.split("\\|")) {
            String item = entry.strip();
            int colon = item.lastIndexOf(':');
            if (colon > 0 && item.substring(colon + 1).matches("[0-9.]+")) {
                list.add(item.substring(0, colon));
                weights.add(Double.parseDouble(item.substring(colon + 1)));
            } else {
                list.add(item);
                weights.add(1.0);
            }
        }
        return new Words(List.copyOf(list), weights.stream().mapToDouble(Double::doubleValue).toArray());
    }

    List<String> list(String key) {
        return words(key).words();
    }

    /** One entry of {@code key}, with {@code arguments} put into its {0}, {1} … */
    String pick(String key, Dice dice, Object... arguments) {
        String pattern = words(key).pick(dice);
        return arguments.length == 0 && !pattern.contains("{") ? pattern : MessageFormat.format(pattern, arguments);
    }
}
