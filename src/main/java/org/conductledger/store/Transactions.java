package org.conductledger.store;

import java.util.function.Supplier;

/** Runs work in one database transaction: everything inside commits together or not at all. */
public interface Transactions {

    <T> T inTransaction(Supplier<T> work);

    default void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
