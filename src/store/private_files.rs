//! Files written beside the notebook (exports, reports): private from the start.

use std::fs::{DirBuilder, OpenOptions};
use std::io::{self, Write};
use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt};
use std::path::Path;

/// Writes `contents` to `path` with mode 0600 (its folder created 0700),
/// synced to disk. A regular file is written beside its name and renamed
/// over it when complete: a full disk leaves the previous file whole, and the
/// new one is private whatever mode the old one had. A device or pipe
/// (`/dev/null`, `/dev/stdout`) is written in place.
pub fn write_private(path: &Path, contents: &[u8]) -> io::Result<()> {
    if let Ok(meta) = std::fs::metadata(path) {
        if !meta.is_file() && !meta.is_dir() {
            return OpenOptions::new().write(true).open(path)?.write_all(contents);
        }
    }
    if let Some(folder) = path.parent().filter(|p| !p.as_os_str().is_empty() && !p.exists()) {
        DirBuilder::new().recursive(true).mode(0o700).create(folder)?;
    }
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().to_string())
        .unwrap_or_default();
    let partial = path.with_file_name(format!(".{name}.{}.partial", std::process::id()));
    let written = (|| {
        let mut file = OpenOptions::new()
            .write(true)
            .create(true)
            .truncate(true)
            .mode(0o600)
            .open(&partial)?;
        file.write_all(contents)?;
        file.sync_all()?;
        std::fs::rename(&partial, path)
    })();
    if written.is_err() {
        let _ = std::fs::remove_file(&partial);
    }
    written
}

/// A file name made of `text`: letters and digits kept, the rest turned into dashes.
pub fn file_name(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars() {
        if c.is_alphanumeric() {
            out.extend(c.to_lowercase());
        } else if !out.ends_with('-') {
            out.push('-');
        }
    }
    out.trim_matches('-').to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    #[test]
    fn private_files_in_private_folders() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("reports/dana.md");
        write_private(&path, b"# hello").unwrap();
        let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(&path), 0o600);
        assert_eq!(mode(path.parent().unwrap()), 0o700);
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "# hello");
        assert_eq!(file_name("José Núñez / 1:1"), "josé-núñez-1-1");
    }

    #[test]
    fn an_existing_file_is_replaced_whole_and_private() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("export.json");
        std::fs::write(&path, "old export").unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
        write_private(&path, b"private notes").unwrap();
        assert_eq!(std::fs::metadata(&path).unwrap().permissions().mode() & 0o777, 0o600);
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "private notes");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1, "no partial left");
        write_private(Path::new("/dev/null"), b"nothing").unwrap();
    }

    #[test]
    fn a_full_disk_leaves_the_previous_file_whole() {
        let Some(full) = tmpfs_full_disk() else {
            eprintln!("skipped: this user cannot mount a small tmpfs to fill");
            return;
        };
        let target = full.join("report.md");
        write_private(&target, b"last week's report").unwrap();
        let err = write_private(&target, &vec![b'x'; 2 << 20]).unwrap_err();
        let kept = std::fs::read_to_string(&target);
        let entries = std::fs::read_dir(&full).map(|d| d.count());
        let _ = std::process::Command::new("umount").arg(&full).status();
        assert_eq!(err.raw_os_error(), Some(libc::ENOSPC), "{err}");
        assert_eq!(kept.unwrap(), "last week's report");
        assert_eq!(entries.unwrap(), 1, "no partial left on the full disk");
    }

    /// A 1 MiB tmpfs where this user may mount one (CI runs as root).
    fn tmpfs_full_disk() -> Option<std::path::PathBuf> {
        let dir = tempfile::tempdir().ok()?.keep();
        let mounted = std::process::Command::new("mount")
            .args(["-t", "tmpfs", "-o", "size=1m", "tmpfs"])
            .arg(&dir)
            .stderr(std::process::Stdio::null())
            .status()
            .ok()?
            .success();
        mounted.then_some(dir)
    }
}
