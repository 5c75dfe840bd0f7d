//! Writing state files safely: atomic replacement with a backup, and a lock
//! file that keeps two writers apart.
//!
//! A state file is never half-written: the new content goes to a temporary
//! file in the same directory, is flushed to disk and renamed over the old
//! file, and the directory is flushed so the rename survives a crash.

use std::fs::{self, OpenOptions};
use std::io::{self, ErrorKind, Write};
use std::path::{Path, PathBuf};

/// Replaces the file at `path` with `contents` atomically. With `backup`,
/// an existing file's old content is first kept at [`backup_path`], also
/// atomically. A symbolic link is followed, so the file it names is replaced.
/// A replaced file keeps its permissions; a new one is readable by its owner
/// only, since state holds secrets.
pub fn write_atomic(path: &Path, contents: &[u8], backup: bool) -> io::Result<()> {
    let target = follow_symlink(path)?;
    if backup {
        match fs::read(&target) {
            Ok(old) => replace(&backup_path(&target), &old)?,
            Err(e) if e.kind() == ErrorKind::NotFound => {}
            Err(e) => return Err(e),
        }
    }
    replace(&target, contents)
}

/// Where [`write_atomic`] keeps the previous content: `<path>.backup`, as
/// Terraform names it (`terraform.tfstate.backup`).
pub fn backup_path(path: &Path) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(".backup");
    PathBuf::from(name)
}

fn follow_symlink(path: &Path) -> io::Result<PathBuf> {
    match fs::symlink_metadata(path) {
        Ok(meta) if meta.file_type().is_symlink() => fs::canonicalize(path),
        _ => Ok(path.to_path_buf()),
    }
}

fn replace(path: &Path, contents: &[u8]) -> io::Result<()> {
    let dir = parent_dir(path);
    let mut temp = tempfile::Builder::new()
        .prefix(".amplan-")
        .suffix(".tmp")
        .tempfile_in(dir)?;
    temp.write_all(contents)?;
    if let Ok(meta) = fs::metadata(path) {
        temp.as_file().set_permissions(meta.permissions())?;
    }
    temp.as_file().sync_all()?;

    temp.persist(path).map_err(|e| e.error)?;
    sync_dir(dir)
}

fn parent_dir(path: &Path) -> &Path {
    match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    }
}

#[cfg(unix)]
fn sync_dir(dir: &Path) -> io::Result<()> {
    fs::File::open(dir)?.sync_all()
}

#[cfg(not(unix))]
fn sync_dir(_dir: &Path) -> io::Result<()> {
    Ok(())
}

/// A held lock on a state file: the file `.<name>.lock.info` beside it,
/// the name Terraform's local backend uses for its lock information. The
/// file is created only if absent, so a second writer is refused; it is
/// removed when the lock is dropped.
///
/// Terraform itself locks with `fcntl` on the state file and overwrites
/// this file, so the lock keeps amplan runs apart from each other and from
/// a Terraform run in progress, but Terraform does not see it. A lock file
/// left by a crash must be removed by hand.
#[derive(Debug)]
pub struct StateLock {
    lock_path: PathBuf,
}

impl StateLock {
    /// Takes the lock on the state file at `path`; fails with
    /// `ErrorKind::AlreadyExists` while another holder has it.
    pub fn acquire(path: &Path) -> io::Result<StateLock> {
        let lock_path = lock_path(path);
        let mut file = OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&lock_path)?;
        // Held from here on, so a failed write below still removes the file.
        let lock = StateLock { lock_path };
        file.write_all(lock_info(path).as_bytes())?;
        file.sync_all()?;
        Ok(lock)
    }

    /// The lock file, for messages about a held lock.
    pub fn lock_path(&self) -> &Path {
        &self.lock_path
    }
}

impl Drop for StateLock {
    fn drop(&mut self) {
        // Nothing useful can be done if removal fails; the next acquire
        // reports the leftover file.
        let _ = fs::remove_file(&self.lock_path);
    }
}

/// The lock file for a state file: `.terraform.tfstate.lock.info` for
/// `terraform.tfstate`.
pub fn lock_path(path: &Path) -> PathBuf {
    let mut name = std::ffi::OsString::from(".");
    name.push(path.file_name().unwrap_or(path.as_os_str()));
    name.push(".lock.info");
    parent_dir(path).join(name)
}

/// Lock information in the shape of Terraform's `LockInfo`.
fn lock_info(path: &Path) -> String {
    let info = serde_json::json!({
        "ID": uuid::Uuid::new_v4().to_string(),
        "Operation": "amplan",
        "Info": "",
        "Who": std::env::var("USER").unwrap_or_default(),
        "Version": env!("CARGO_PKG_VERSION"),
        "Path": path.display().to_string(),
    });
    info.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn files_in(dir: &Path) -> Vec<String> {
        let mut names: Vec<String> = fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }

    #[test]
    fn write_creates_the_file_and_leaves_no_temporary() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("terraform.tfstate");
        write_atomic(&path, b"one", true).unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"one");
        assert_eq!(files_in(dir.path()), ["terraform.tfstate"]);
    }

    #[test]
    fn write_with_backup_keeps_the_old_content() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("terraform.tfstate");
        write_atomic(&path, b"one", true).unwrap();
        write_atomic(&path, b"two", true).unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"two");
        assert_eq!(
            fs::read(dir.path().join("terraform.tfstate.backup")).unwrap(),
            b"one"
        );
        write_atomic(&path, b"three", true).unwrap();
        assert_eq!(fs::read(backup_path(&path)).unwrap(), b"two");
        assert_eq!(
            files_in(dir.path()),
            ["terraform.tfstate", "terraform.tfstate.backup"]
        );
    }

    #[test]
    fn write_without_backup_leaves_no_backup() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("s.tfstate");
        write_atomic(&path, b"one", false).unwrap();
        write_atomic(&path, b"two", false).unwrap();
        assert_eq!(files_in(dir.path()), ["s.tfstate"]);
    }

    #[test]
    fn write_into_missing_directory_fails() {
        let dir = tempfile::tempdir().unwrap();
        let err = write_atomic(&dir.path().join("no/such/s.tfstate"), b"x", true).unwrap_err();
        assert_eq!(err.kind(), ErrorKind::NotFound);
    }

    #[cfg(unix)]
    #[test]
    fn write_keeps_permissions_and_follows_symlinks() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let real = dir.path().join("real.tfstate");
        fs::write(&real, b"old").unwrap();
        fs::set_permissions(&real, fs::Permissions::from_mode(0o640)).unwrap();
        let link = dir.path().join("link.tfstate");
        std::os::unix::fs::symlink(&real, &link).unwrap();

        write_atomic(&link, b"new", false).unwrap();
        assert!(fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink());
        assert_eq!(fs::read(&real).unwrap(), b"new");
        assert_eq!(
            fs::metadata(&real).unwrap().permissions().mode() & 0o777,
            0o640
        );
    }

    #[test]
    fn second_lock_is_refused_while_the_first_is_held() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("terraform.tfstate");
        let first = StateLock::acquire(&path).unwrap();
        assert_eq!(
            first.lock_path(),
            dir.path().join(".terraform.tfstate.lock.info")
        );
        assert_eq!(
            StateLock::acquire(&path).unwrap_err().kind(),
            ErrorKind::AlreadyExists
        );

        drop(first);
        assert!(!dir.path().join(".terraform.tfstate.lock.info").exists());
        let again = StateLock::acquire(&path).unwrap();
        drop(again);
    }

    #[test]
    fn lock_file_holds_terraform_style_lock_info() {
        let dir = tempfile::tempdir().unwrap();
        let lock = StateLock::acquire(&dir.path().join("terraform.tfstate")).unwrap();
        let info: serde_json::Value =
            serde_json::from_slice(&fs::read(lock.lock_path()).unwrap()).unwrap();
        assert!(info["ID"]
            .as_str()
            .is_some_and(|id| uuid::Uuid::parse_str(id).is_ok()));
    }

    #[test]
    fn lock_path_of_a_bare_file_name_is_in_the_current_directory() {
        assert_eq!(
            lock_path(Path::new("terraform.tfstate")),
            Path::new("./.terraform.tfstate.lock.info")
        );
    }
}
