//! The text of every file the loader read, and the map from a byte offset to the
//! line and column a person sees. Diagnostics carry a [`FileId`] and a byte span;
//! only here do they become `path:line:col`.

use std::ops::Range;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

/// A byte range in one file's text, as the TOML parser reports it.
pub type Span = Range<usize>;

/// Index of a file in the [`Sources`] it was added to; cheap to copy into every
/// model value that a diagnostic may need to point at.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct FileId(pub usize);

/// One file as read from disk, with a leading BOM removed (TOML does not allow it,
/// editors on Windows write it). Its line starts are indexed on the first request for
/// a position: most runs never need one, and on a 100,000-item plan the index is
/// tens of megabytes.
#[derive(Debug)]
pub struct SourceFile {
    /// The path as the user would type it: joined onto the plan folder given on the
    /// command line, so diagnostics can be pasted back into a shell.
    pub path: PathBuf,
    /// The text after the BOM; spans index into this.
    pub text: String,
    /// Where each line starts (a plan file is capped far below 4 GB, so 32 bits do).
    line_starts: OnceLock<Vec<u32>>,
}

impl SourceFile {
    /// Wraps text read from `path`; strips a UTF-8 BOM so spans line up with the parser's.
    pub fn new(path: PathBuf, text: String) -> Self {
        let text = match text.strip_prefix('\u{feff}') {
            Some(rest) => rest.to_owned(),
            None => text,
        };
        SourceFile {
            path,
            text,
            line_starts: OnceLock::new(),
        }
    }

    fn line_starts(&self) -> &[u32] {
        self.line_starts.get_or_init(|| {
            let bytes = self.text.as_bytes();
            let mut starts = Vec::with_capacity(memchr::memchr_iter(b'\n', bytes).count() + 1);
            starts.push(0);
            let at = |i: usize| u32::try_from(i + 1).unwrap_or(u32::MAX);
            starts.extend(memchr::memchr_iter(b'\n', bytes).map(at));
            starts
        })
    }

    /// The 1-based line and column (in characters, as editors count) of a byte offset.
    /// Offsets past the end clamp to the end, so a parser's end-of-input span still
    /// points somewhere a person can find.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        let mut offset = offset.min(self.text.len());
        while !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        let starts = self.line_starts();
        let line = starts
            .partition_point(|&s| s as usize <= offset)
            .saturating_sub(1);
        let start = starts.get(line).map_or(0, |&s| s as usize);
        let column = self.text[start..offset]
            .chars()
            .filter(|&c| c != '\r')
            .count();
        (line + 1, column + 1)
    }
}

/// Every file read during one run. Indexed by [`FileId`].
#[derive(Debug, Default)]
pub struct Sources {
    files: Vec<SourceFile>,
}

impl Sources {
    /// Adds a file and returns the id diagnostics will use to point into it.
    pub fn add(&mut self, path: PathBuf, text: String) -> FileId {
        self.files.push(SourceFile::new(path, text));
        FileId(self.files.len() - 1)
    }

    /// The file behind an id handed out by [`Sources::add`].
    pub fn get(&self, id: FileId) -> &SourceFile {
        &self.files[id.0]
    }

    /// The path of a file, for messages that name it without a position.
    pub fn path(&self, id: FileId) -> &Path {
        &self.get(id).path
    }

    /// Shows the files read from `path` under another name, such as the path with
    /// "(after the edit)": diagnostics about a text that was never written must not
    /// pass for diagnostics about the file on disk.
    pub fn relabel(&mut self, path: &Path, label: &Path) {
        for file in &mut self.files {
            if file.path == path {
                file.path = label.to_owned();
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(text: &str) -> SourceFile {
        SourceFile::new(PathBuf::from("f.toml"), text.to_owned())
    }

    #[test]
    fn line_col_counts_from_one() {
        let f = file("ab\ncd\n");
        assert_eq!(f.line_col(0), (1, 1));
        assert_eq!(f.line_col(1), (1, 2));
        assert_eq!(f.line_col(3), (2, 1));
        assert_eq!(f.line_col(4), (2, 2));
        assert_eq!(f.line_col(6), (3, 1));
    }

    #[test]
    fn columns_count_characters_not_bytes() {
        let f = file("å = \"ö\"\n");
        assert_eq!(f.line_col(5), (1, 5));
    }

    #[test]
    fn crlf_does_not_shift_columns() {
        let f = file("a = 1\r\nb = 2\r\n");
        assert_eq!(f.line_col(7), (2, 1));
        assert_eq!(f.line_col(5), (1, 6));
    }

    #[test]
    fn bom_is_removed_and_offsets_past_end_clamp() {
        let f = file("\u{feff}x = 1");
        assert_eq!(f.text, "x = 1");
        assert_eq!(f.line_col(99), (1, 6));
    }
}
