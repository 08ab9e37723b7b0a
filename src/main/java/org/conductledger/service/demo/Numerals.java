package org.conductledger.service.demo;

/** Chinese numerals for ordinal names (第十二党支部). */
final class Numerals {

    private static final String DIGITS = "零一二三四五六七八九";

    private Numerals() {
    }

    /** 1 → 一, 10 → 十, 12 → 十二, 35 → 三十五, 105 → 一百零五; Arabic digits from 1,000 on. */
    static String chinese(int n) {
        if (n <= 0 || n >= 1000) {
            return String.valueOf(n);
        }
        StringBuilder s = new StringBuilder();
        int hundreds = n / 100;
        int tens = n / 10 % 10;
        int ones = n % 10;
        if (hundreds > 0) {
            s.append(DIGITS.charAt(hundreds)).append('百');
            if (tens == 0 && ones > 0) {
                s.append('零');
            }
        }
        if (tens > 0) {
            if (tens > 1 || hundreds > 0) {
                s.append(DIGITS.charAt(tens));
            }
            s.append('十');
        }
        if (ones > 0) {
            s.append(DIGITS.charAt(ones));
        }
        return s.toString();
    }
}
