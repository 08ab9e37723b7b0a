package org.conductledger.ui.common;

/** This user's appearance choice as stored on this PC (the app keeps it in {@code settings.properties}). */
public interface UserPreferences {

    Appearance appearance();

    /** Stores the choice (file I/O: call it on the worker). */
    void storeAppearance(Appearance appearance);

    /** Kept in memory only (tests, and a composition built without a settings file). */
    static UserPreferences inMemory(Appearance initial) {
        return new UserPreferences() {
            private volatile Appearance current = initial;

            @Override
            public Appearance appearance() {
                return current;
            }

            @Override
            public void storeAppearance(Appearance appearance) {
                current = appearance;
            }
        };
    }
}
