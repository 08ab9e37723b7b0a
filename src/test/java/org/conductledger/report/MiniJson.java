package org.conductledger.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A strict little JSON reader for tests: objects → LinkedHashMap, arrays → List, integers → Long, true/false → Boolean. */
public final class MiniJson {

    private final String text;
    private int at;

    private MiniJson(String text) {
        this.text = text;
    }

    public static Object parse(String text) {
        MiniJson p = new MiniJson(text);
        Object value = p.value();
        p.space();
        if (p.at != text.length()) {
            throw p.error("trailing characters");
        }
        return value;
    }

    private IllegalArgumentException error(String what) {
        return new IllegalArgumentException(what + " at " + at + ": " + text.substring(at, Math.min(text.length(), at + 30)));
    }

    private void space() {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
    }

    private void expect(char c) {
        space();
        if (at >= text.length() || text.charAt(at) != c) {
            throw error("expected " + c);
        }
        at++;
    }

    private Object value() {
        space();
        char c = text.charAt(at);
        if (c == '{') {
            Map<String, Object> map = new LinkedHashMap<>();
            at++;
            space();
            if (text.charAt(at) == '}') {
                at++;
                return map;
            }
            do {
                space();
                String key = string();
                expect(':');
                if (map.put(key, value()) != null) {
                    throw error("duplicate key " + key);
                }
                space();
            } while (text.charAt(at++) == ',');
            at--;
            expect('}');
            return map;
        }
        if (c == '[') {
            List<Object> list = new ArrayList<>();
            at++;
            space();
            if (text.charAt(at) == ']') {
                at++;
                return list;
            }
            do {
                list.add(value());
                space();
            } while (text.charAt(at++) == ',');
            at--;
            expect(']');
            return list;
        }
        if (c == '"') {
            return string();
        }
        if (text.startsWith("null", at)) {
            at += 4;
            return null;
        }
        for (boolean flag : new boolean[] {true, false}) {
            if (text.startsWith(String.valueOf(flag), at)) {
                at += String.valueOf(flag).length();
                return flag;
            }
        }
        int start = at;
        while (at < text.length() && (Character.isDigit(text.charAt(at)) || text.charAt(at) == '-')) {
            at++;
        }
        if (start == at) {
            throw error("unexpected");
        }
        return Long.parseLong(text.substring(start, at));
    }

    private String string() {
        if (text.charAt(at) != '"') {
            throw error("expected string");
        }
        StringBuilder out = new StringBuilder();
        at++;
        while (text.charAt(at) != '"') {
            char c = text.charAt(at++);
            if (c == '\\') {
                char e = text.charAt(at++);
                out.append(switch (e) {
                    case 'u' -> {
                        char u = (char) Integer.parseInt(text.substring(at, at + 4), 16);
                        at += 4;
                        yield u;
                    }
                    case 'n' -> '\n';
                    default -> e;
                });
            } else {
                out.append(c);
            }
        }
        at++;
        return out.toString();
    }
}
