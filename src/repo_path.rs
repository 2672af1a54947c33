//! Paths as a code host names them. GitHub places an annotation by its path from
//! the top of the repository (`plans/2026-27/plan.toml`), whatever folder the job
//! ran `intplan` from and however `--plan` was written (`/abs/plans`, `../plans`,
//! `.`). A plan outside any git work tree gets paths from the current folder.
//! Either way the path has no `./` and no `..` that a shorter path avoids.

use std::path::{Component, Path, PathBuf};

/// Where shown paths start: the top of the git work tree holding the plan folder,
/// else the current folder.
#[derive(Clone, Debug)]
pub struct RepoPaths {
    /// The folder paths are shown from, absolute and with symbolic links resolved.
    base: Option<PathBuf>,
    /// The current folder, to make the paths the loader holds absolute.
    cwd: Option<PathBuf>,
}

impl RepoPaths {
    /// Finds the base for a plan folder: the nearest folder at or above it that holds
    /// `.git` (a folder, or a file in a linked work tree or submodule).
    pub fn for_plan(plan: &Path) -> RepoPaths {
        let cwd = std::env::current_dir().ok();
        let absolute = match &cwd {
            Some(cwd) => cwd.join(plan),
            None => plan.to_path_buf(),
        };
        let canonical = absolute.canonicalize().ok();
        let top = canonical
            .as_deref()
            .and_then(|p| p.ancestors().find(|a| a.join(".git").exists()))
            .map(Path::to_path_buf);
        let base = top.or_else(|| cwd.as_deref().and_then(|c| c.canonicalize().ok()));
        RepoPaths { base, cwd }
    }

    /// The path of a file the loader read, from the base, with `/` between parts.
    pub fn show(&self, path: &Path) -> String {
        let absolute = match &self.cwd {
            Some(cwd) => cwd.join(path),
            None => path.to_path_buf(),
        };
        let resolved = resolve(&absolute);
        let relative = match &self.base {
            Some(base) => relative_to(&resolved, base),
            None => lexical(path),
        };
        let parts: Vec<String> = relative
            .components()
            .map(|c| c.as_os_str().to_string_lossy().into_owned())
            .collect();
        if parts.is_empty() {
            ".".to_owned()
        } else {
            parts.join("/")
        }
    }
}

/// A path with symbolic links resolved: the longest existing ancestor is
/// canonicalised and the rest (a file that does not exist) joined on.
fn resolve(path: &Path) -> PathBuf {
    let mut rest = Vec::new();
    for ancestor in path.ancestors() {
        if let Ok(canonical) = ancestor.canonicalize() {
            let mut out = canonical;
            out.extend(rest.iter().rev());
            return lexical(&out);
        }
        if let Some(name) = ancestor.file_name() {
            rest.push(name.to_os_string());
        }
    }
    lexical(path)
}

/// Drops `.` parts and folds `name/..` pairs.
fn lexical(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for component in path.components() {
        match component {
            Component::CurDir => {}
            Component::ParentDir if out.file_name().is_some() => {
                out.pop();
            }
            other => out.push(other),
        }
    }
    out
}

/// `path` from `base`, climbing with `..` where `path` is not under `base`.
fn relative_to(path: &Path, base: &Path) -> PathBuf {
    let from: Vec<Component> = base.components().collect();
    let to: Vec<Component> = path.components().collect();
    let shared = from.iter().zip(&to).take_while(|(a, b)| a == b).count();
    if shared == 0 {
        return path.to_path_buf();
    }
    let mut out = PathBuf::new();
    for _ in shared..from.len() {
        out.push("..");
    }
    out.extend(&to[shared..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relative_paths_climb_only_where_they_must() {
        let rel = |p: &str, b: &str| relative_to(Path::new(p), Path::new(b));
        assert_eq!(rel("/r/plans/a.toml", "/r"), Path::new("plans/a.toml"));
        assert_eq!(
            rel("/r/plans/a.toml", "/r/sub"),
            Path::new("../plans/a.toml")
        );
        assert_eq!(rel("/r", "/r"), Path::new(""));
    }

    #[test]
    fn lexical_drops_dots() {
        assert_eq!(lexical(Path::new("./a/./b/../c")), Path::new("a/c"));
        assert_eq!(lexical(Path::new("../a")), Path::new("../a"));
    }
}
