package org.conductledger.ui.common;

/** What a screen may ask of the running session; the application implements it, tests record the calls. */
public interface SessionControl {

    /** Locks the screen now (menu or Ctrl+L). */
    void lock();

    /** Ends the session and returns to the login screen. */
    void logout();

    /** The account was locked by wrong passwords inside the session: the user has seen {@code message}; end it. */
    void lockedOut(String message);

    /** The ledger was replaced under the session (a restore): end it without asking and show the login screen. */
    void returnToLogin();

    /** Does nothing: for views shown outside a session and for tests. */
    SessionControl NONE = new SessionControl() {
        @Override public void lock() { }
        @Override public void logout() { }
        @Override public void lockedOut(String message) { }
        @Override public void returnToLogin() { }
    };
}
