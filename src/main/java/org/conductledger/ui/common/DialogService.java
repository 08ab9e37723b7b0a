package org.conductledger.ui.common;

/** Messages to the user, behind an interface so view models stay testable without windows. */
public interface DialogService {

    void showError(Throwable failure);

    void showInfo(String message);

    boolean confirm(String message);
}
