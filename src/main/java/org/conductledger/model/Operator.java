package org.conductledger.model;

/** Someone who runs an account besides its holder: name and post (a shared operator is recorded here, not as a second registration). */
public record Operator(String name, String post) {
}
