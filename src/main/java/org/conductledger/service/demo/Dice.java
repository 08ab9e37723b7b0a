package org.conductledger.service.demo;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;

/** The demo's one source of chance: seeded, so the same seed makes the same ledger. */
final class Dice {

    private final Random random;

    Dice(long seed) {
        this.random = new Random(seed);
    }

    /** A whole number from {@code min} to {@code max}, both included. */
    int between(int min, int max) {
        return max <= min ? min : min + random.nextInt(max - min + 1);
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    double unit() {
        return random.nextDouble();
    }

    long nextLong() {
        return random.nextLong();
    }

    <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    <T> T pick(T[] items) {
        return items[random.nextInt(items.length)];
    }

    /** A day from {@code from} to {@code to}, both included ({@code from} when the range is empty). */
    LocalDate day(LocalDate from, LocalDate to) {
        long days = ChronoUnit.DAYS.between(from, to);
        return days <= 0 ? from : from.plusDays((long) (random.nextDouble() * (days + 1)));
    }

    /** A random number of days after {@code from}, from {@code min} to {@code max}. */
    LocalDate after(LocalDate from, int min, int max) {
        return from.plusDays(between(min, max));
    }

    /** An index into {@code weights}, each index as likely as its weight. */
    int weighted(double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double x = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }
}
