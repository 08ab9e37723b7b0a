package org.conductledger.cli;

/** The one JSON helper the commands need: a quoted, escaped string. */
final class Json {

    private Json() {
    }

    static String quote(String text) {
        return org.conductledger.exchange.JsonText.quote(text);
    }
}
