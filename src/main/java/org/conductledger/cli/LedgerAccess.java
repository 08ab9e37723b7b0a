package org.conductledger.cli;

import java.util.Set;
import org.conductledger.app.Services;
import org.conductledger.model.OrganisationForm;
import org.conductledger.model.Role;
import org.conductledger.store.DatabaseLocation;

/** How commands open a ledger: as a user (login), or by creating it (init). */
public interface LedgerAccess {

    /** Logs in; {@code allowPasswordChangeDue} lets only {@code passwd} run while a reset password awaits its change. */
    Services login(DatabaseLocation location, String username, char[] password, boolean allowPasswordChangeDue);

    /** Restores {@code backup} when the ledger cannot be opened: the user is checked against the backup itself. */
    org.conductledger.service.RestoreResult restoreWithoutLogin(DatabaseLocation location, java.nio.file.Path backup,
                                                                String username, char[] password);

    Services initialise(DatabaseLocation location, OrganisationForm root, String admin, String fullName,
                        Set<Role> extraRoles, char[] password);
}
