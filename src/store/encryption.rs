//! Converting a notebook to and from an encrypted one (SQLCipher's
//! `sqlcipher_export`); only with the `encryption` feature.

use super::error::{StoreError, StoreResult};
use super::schema::APPLICATION_ID;
use super::Store;
use rusqlite::params;
use std::fs::OpenOptions;
use std::os::unix::fs::OpenOptionsExt;
use std::path::Path;

impl Store {
    /// Writes the whole notebook to a new file `to`, encrypted with `key` (an
    /// empty key writes it unencrypted).
    pub fn export_keyed(&self, to: &Path, key: &str) -> StoreResult<()> {
        if !cfg!(feature = "encryption") {
            return Err(StoreError::NotEmpty(
                "this Coachbook was built without encryption; build it with \
                 cargo build --release --features encryption"
                    .into(),
            ));
        }
        OpenOptions::new()
            .write(true)
            .create_new(true)
            .mode(0o600)
            .open(to)
            .map_err(|source| StoreError::Io {
                action: "cannot create",
                path: to.to_path_buf(),
                source,
            })?;
        let version: i64 = self.conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
        self.conn.execute(
            "ATTACH DATABASE ?1 AS target KEY ?2",
            params![to.to_string_lossy(), key],
        )?;
        let exported = self
            .conn
            .query_row("SELECT sqlcipher_export('target')", [], |_| Ok(()))
            .and_then(|_| {
                self.conn.execute_batch(&format!(
                    "PRAGMA target.user_version = {version}; PRAGMA target.application_id = {APPLICATION_ID};"
                ))
            });
        self.conn.execute("DETACH DATABASE target", [])?;
        exported?;
        Ok(())
    }
}
