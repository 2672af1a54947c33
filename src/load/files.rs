//! Where the loader's texts come from: the disk (regular files only, each capped in
//! size), texts put in place of files (an edit about to be written), or memory
//! alone (a plan at an older git revision).

use std::cell::RefCell;
use std::collections::HashMap;
use std::fs;
use std::io::{self, Read};
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};

use super::{Workspace, is_year_name};
use crate::diagnostic::{Code, Diagnostic};
use crate::i18n::Lang;
use crate::source::FileId;
use crate::t;

/// Where the loader finds a plan's files: the disk, with some texts put in place of
/// what is there (an edit about to be written, so it is checked by the code `check`
/// runs), or memory alone (a plan at an older git revision, for `diff`). Paths are
/// joined onto the plan folder the way the loader joins them (`root/2026-27/plan.toml`).
pub(super) struct Files<'a> {
    /// Texts in place of (or besides) the files on disk.
    pub(super) texts: &'a [(PathBuf, String)],
    /// Whether the disk is looked at at all.
    pub(super) disk: bool,
    /// Files already read from disk ([`Files::read_ahead`]), for [`read`] to take.
    pub(super) ahead: RefCell<HashMap<PathBuf, Utf8>>,
}

/// A file's bytes as text, or why they are not.
type Utf8 = Result<String, std::string::FromUtf8Error>;

/// Fewer files than this are read one after the other: threads cost more than
/// they save on a plan of a few files.
const READ_AHEAD_FILES: usize = 8;

impl<'a> Files<'a> {
    /// Where the loader finds its files: `texts`, and the disk if `disk`.
    pub(super) fn new(texts: &'a [(PathBuf, String)], disk: bool) -> Self {
        Files {
            texts,
            disk,
            ahead: RefCell::new(HashMap::new()),
        }
    }

    /// Reads the files at `paths` from disk on every core (and checks that they
    /// are UTF-8), ahead of [`read`], which takes them in order: a large plan's
    /// tens of megabytes are read while the other core does the same. A file that
    /// cannot be read is left for [`read`] to read again and fail on, in order.
    pub(super) fn read_ahead(&self, paths: &[PathBuf], lang: Lang) {
        let paths: Vec<&PathBuf> = paths.iter().filter(|p| self.text(p).is_none()).collect();
        let wide = self.disk && paths.len() >= READ_AHEAD_FILES;
        if !wide {
            return;
        }
        let read = crate::parallel::map(&paths, wide, |path| {
            let text = read_file(path, lang).ok().map(String::from_utf8);
            text.map(|text| ((*path).clone(), text))
        });
        self.ahead.borrow_mut().extend(read.into_iter().flatten());
    }
}

impl Files<'_> {
    pub(super) fn text(&self, path: &Path) -> Option<&str> {
        self.texts
            .iter()
            .find(|(p, _)| p == path)
            .map(|(_, t)| t.as_str())
    }

    /// Whether `path` is there at all, as a file, a folder or even a dangling link,
    /// so that a broken `strategy.toml` is named as unreadable, not as missing.
    pub(super) fn exists(&self, path: &Path) -> bool {
        self.text(path).is_some() || (self.disk && fs::symlink_metadata(path).is_ok())
    }

    /// The folders directly in `root`, with the ones only the texts name. What is
    /// not part of the format (`README.md`, `.git/`, a dangling link) is left alone;
    /// an entry named like a year that cannot be looked at is an error naming it.
    pub(super) fn dirs(&self, root: &Path, lang: Lang) -> Result<Vec<(String, PathBuf)>> {
        let mut dirs = Vec::new();
        if self.disk {
            let cannot_list = || t!(lang, "load-cannot-list", path = shown(root));
            for entry in fs::read_dir(root).with_context(cannot_list)? {
                let entry = entry.with_context(cannot_list)?;
                let name = entry.file_name().to_string_lossy().into_owned();
                let path = entry.path();
                if name.starts_with('.') {
                    continue;
                }
                match fs::metadata(&path) {
                    Ok(meta) if meta.is_dir() => dirs.push((name, path)),
                    Ok(_) => {}
                    Err(e) if is_year_name(&name) => {
                        return Err(anyhow::Error::new(e).context(t!(
                            lang,
                            "load-cannot-read",
                            path = shown(&path)
                        )));
                    }
                    Err(_) => {}
                }
            }
        }
        for (path, _) in self.texts {
            if let Some(dir) = path.parent()
                && dir.parent() == Some(root)
                && !dirs.iter().any(|(_, d)| d == dir)
                && let Some(name) = dir.file_name()
            {
                dirs.push((name.to_string_lossy().into_owned(), dir.to_owned()));
            }
        }
        dirs.sort();
        Ok(dirs)
    }

    /// The `.toml` files of a folder, `plan.toml` first. Every `.toml` entry is kept,
    /// whatever it is, so that one that is not a readable regular file (a dangling
    /// link, a pipe, a folder) fails with its name instead of being left out of the
    /// plan without a word.
    pub(super) fn tomls(&self, dir: &Path, lang: Lang) -> Result<Vec<PathBuf>> {
        let mut files: Vec<PathBuf> = self
            .texts
            .iter()
            .map(|(p, _)| p.clone())
            .filter(|p| p.parent() == Some(dir) && p.extension().is_some_and(|e| e == "toml"))
            .collect();
        if self.disk {
            let listing = match fs::read_dir(dir) {
                Err(e) if e.kind() == io::ErrorKind::NotFound && !files.is_empty() => Vec::new(),
                listing => {
                    let cannot_list = || t!(lang, "load-cannot-list", path = shown(dir));
                    listing
                        .with_context(cannot_list)?
                        .collect::<io::Result<Vec<_>>>()
                        .with_context(cannot_list)?
                }
            };
            for entry in listing {
                let path = entry.path();
                if path.extension().is_some_and(|e| e == "toml") && !files.contains(&path) {
                    files.push(path);
                }
            }
        }
        files.sort_by_key(|p| (p.file_name() != Some("plan.toml".as_ref()), p.clone()));
        Ok(files)
    }
}

/// The most bytes one plan file may hold: a hundred times the largest plan a student
/// union writes (100,000 items are 43 MB), so that a link to `/dev/zero` or a log
/// file named `.toml` ends in an error naming it instead of filling the memory.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// A path for a message: shown as the user would type it.
pub(super) fn shown(path: &Path) -> String {
    path.display().to_string()
}

/// Reads a regular file of at most [`MAX_FILE_BYTES`]. A device, a pipe or a folder
/// is refused before it is opened (opening a pipe would wait for a writer forever);
/// the cap is also kept while reading, for a file that grows meanwhile.
pub fn read_file(path: &Path, lang: Lang) -> Result<Vec<u8>> {
    let cannot_read = || t!(lang, "load-cannot-read", path = shown(path));
    // Both are I/O errors, so that a script sees `unreadable` as for any file
    // that cannot be read.
    let too_big = || {
        let limit = MAX_FILE_BYTES / (1024 * 1024);
        let message = t!(lang, "load-too-big", path = shown(path), limit = limit);
        anyhow::Error::new(io::Error::new(io::ErrorKind::FileTooLarge, message))
    };
    let meta = fs::metadata(path).with_context(cannot_read)?;
    if !meta.is_file() {
        let message = t!(lang, "load-not-a-file", path = shown(path));
        return Err(io::Error::new(io::ErrorKind::InvalidInput, message).into());
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(too_big());
    }
    let file = fs::File::open(path).with_context(cannot_read)?;
    let mut bytes = Vec::with_capacity(usize::try_from(meta.len()).unwrap_or(0));
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .with_context(cannot_read)?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(too_big());
    }
    Ok(bytes)
}

/// Reads a file's bytes; text that is not UTF-8 becomes a `toml-syntax` diagnostic at
/// the first bad byte, and the file is kept (lossily) so the diagnostic can excerpt it.
pub(super) fn read(
    ws: &mut Workspace,
    path: PathBuf,
    files: &Files<'_>,
    lang: Lang,
) -> Result<FileId> {
    if let Some(text) = files.text(&path) {
        let text = text.to_owned();
        return Ok(ws.sources.add(path, text));
    }
    let ahead = files.ahead.borrow_mut().remove(&path);
    let text = match ahead {
        Some(text) => text,
        None => String::from_utf8(read_file(&path, lang)?),
    };
    match text {
        Ok(text) => Ok(ws.sources.add(path, text)),
        Err(e) => {
            let at = e.utf8_error().valid_up_to();
            let text = String::from_utf8_lossy(e.as_bytes()).into_owned();
            let byte = e.as_bytes().get(at).copied().unwrap_or_default();
            let id = ws.sources.add(path, text);
            ws.unreadable.push(id);
            ws.diagnostics.push(
                Diagnostic::new(
                    Code::TomlSyntax,
                    id,
                    at..at + char::REPLACEMENT_CHARACTER.len_utf8(),
                    t!(lang, "load-not-utf8", byte = format!("{byte:02X}")),
                )
                .with_help(t!(lang, "load-not-utf8-help")),
            );
            Ok(id)
        }
    }
}
