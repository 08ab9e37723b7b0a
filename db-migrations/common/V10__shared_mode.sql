-- Conduct Ledger schema v10: shared department mode on PostgreSQL (issue 10, ADR 0018).

-- On a database server there is no key file beside the database: what the key file holds (each user's
-- password check, failed-login counters and lockouts, failed attempts not yet audited, the login policy)
-- is kept here as the same name/value pairs. Unused (empty) in an embedded file.
CREATE TABLE key_store (
    name         VARCHAR(200)  NOT NULL PRIMARY KEY,
    entry_value  VARCHAR(4000) NOT NULL
);
