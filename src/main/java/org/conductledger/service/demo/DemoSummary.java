package org.conductledger.service.demo;

/** What a demo generation wrote. */
public record DemoSummary(long seed, int organisations, int members, int registers, int cases, int outcomes, int appeals,
                          int commendations, int clarifications) {

    /** The audit entry's wording (codes and numbers, like every audit summary). */
    String auditSummary() {
        return "seed: " + seed + "; organisations: " + organisations + "; members: " + members + "; registers: " + registers
                + "; cases: " + cases + "; outcomes: " + outcomes + "; appeals: " + appeals + "; commendations: "
                + commendations + "; clarifications: " + clarifications;
    }
}
