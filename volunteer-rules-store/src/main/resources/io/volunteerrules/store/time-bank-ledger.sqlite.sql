-- The time-bank ledger (ZZ-2.4 时间银行). SQLite takes the write lock when a transaction begins, so
-- changes to accounts are applied one after another across threads and processes and never overdraw;
-- entries are unique per kind and reference (the entry's idempotency key), so a service record is
-- credited once and a redemption made once, even when it is sent again after a crash. Dates are ISO
-- text; hours are exact decimal text (SQLite has no decimal type), at most 4 decimal places.
CREATE TABLE IF NOT EXISTS time_bank_account (
    volunteer_id TEXT PRIMARY KEY
);
CREATE TABLE IF NOT EXISTS time_bank_entry (
    serial       INTEGER PRIMARY KEY AUTOINCREMENT,
    volunteer_id TEXT NOT NULL REFERENCES time_bank_account (volunteer_id),
    kind         TEXT NOT NULL,
    reference_id TEXT NOT NULL,
    item_id      TEXT,
    hours        TEXT NOT NULL,
    entry_date   TEXT NOT NULL,
    CONSTRAINT time_bank_entry_once UNIQUE (kind, reference_id)
);
CREATE INDEX IF NOT EXISTS time_bank_entry_volunteer ON time_bank_entry (volunteer_id, entry_date);
