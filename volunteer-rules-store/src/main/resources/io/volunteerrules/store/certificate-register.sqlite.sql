-- The certificate issuance register (ZZ-2.5 编号、登记). serial numbers every certificate once, across
-- all issuers, processes and restarts (AUTOINCREMENT never hands out a serial again, even one whose
-- row is gone); number, verification_code and the id of the key that made the code (key_id) are set
-- in the same transaction. Dates are ISO text (2026-05-01).
CREATE TABLE IF NOT EXISTS certificate_register (
    serial            INTEGER PRIMARY KEY AUTOINCREMENT,
    number            TEXT UNIQUE,
    issued_on         TEXT NOT NULL,
    volunteer_id      TEXT NOT NULL,
    activity_id       TEXT,
    issuer_id         TEXT NOT NULL,
    content           TEXT NOT NULL,
    verification_code TEXT,
    key_id            TEXT
);
