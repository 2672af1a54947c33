//! Reading a little of a year without reading it whole: its `[plan]` header (for
//! choosing the year by its period) and whether it has an item of a given id (for
//! an edit's note that another year has the id too). Both give what decoding the
//! whole year would give, at the cost of a text scan.

use std::path::Path;

use super::Workspace;
use super::files::Files;
use crate::i18n::Lang;
use crate::model::{Item, PlanHeader};
use crate::parse::{Decoded, Job, Part, decode_all};
use crate::source::Sources;
use crate::split;

/// The `[plan]` header of the `plan.toml` at `path`, decoded from the text before
/// its first `[[item]]` (where the header is, in every plan `init` writes) when
/// that text parses on its own and no later table may add to `[plan]`; else from
/// the whole file. `None` when the file cannot be read: the year then has no
/// period, as when it is read whole and the file is unreadable.
pub(super) fn header(path: &Path, files: &Files<'_>, lang: Lang) -> Option<PlanHeader> {
    let text = match files.text(path) {
        Some(text) => text.to_owned(),
        None => String::from_utf8(super::read_file(path, lang).ok()?).ok()?,
    };
    let body = text.strip_prefix('\u{feff}').unwrap_or(&text);
    let cut = split::item_headers(body)
        .first()
        .copied()
        .unwrap_or(body.len());
    let later_plan = split::headers(body)
        .into_iter()
        .filter(|&at| at >= cut)
        .any(|at| split::header_may_touch(&body[at..], "plan"));
    if !later_plan
        && cut < body.len()
        && let (Some(header), true) = decode_header(path, body[..cut].to_owned(), lang)
    {
        return Some(header);
    }
    decode_header(path, text, lang).0
}

/// Decodes a `plan.toml` text for its header alone; the flag says whether the text
/// parsed without a syntax error.
fn decode_header(path: &Path, text: String, lang: Lang) -> (Option<PlanHeader>, bool) {
    let mut found = (None, false);
    decode_alone(
        path,
        text,
        Part::Plan {
            unit: false,
            year: 0,
        },
        lang,
        |decoded, whole| {
            if let Decoded::Plan(Some(parts)) = decoded {
                found = (parts.header, whole);
            }
        },
    );
    found
}

/// Parses and decodes one text on its own, its diagnostics dropped: what it says
/// about its year is all that is wanted.
fn decode_alone(
    path: &Path,
    text: String,
    what: Part,
    lang: Lang,
    mut each: impl FnMut(Decoded, bool),
) {
    let mut sources = Sources::default();
    let file = sources.add(path.to_owned(), text);
    let jobs = [Job { file, what }];
    decode_all(&sources, &[], &jobs, lang, |_, decoded, _, whole| {
        each(decoded, whole);
    });
}

impl Workspace {
    /// The years that have an item `id`, oldest first. A year read whole is asked
    /// directly; in the others only the files whose text may spell the id are
    /// decoded (those that hold it as it is, or any escape, which could spell it
    /// otherwise), so that looking an id up does not parse the plan's history. A
    /// file that cannot be read is passed over: it holds no item that could be
    /// edited.
    pub fn years_with_item(&self, id: &str, lang: Lang) -> Vec<usize> {
        (0..self.years.len())
            .filter(|&i| {
                if self.is_read(i) {
                    return self.years[i].item(id).is_some();
                }
                self.folders[i]
                    .files
                    .iter()
                    .filter(|p| p.file_name() != Some(super::MEASUREMENTS.as_ref()))
                    .any(|path| file_has_item(path, id, lang))
            })
            .collect()
    }
}

/// Whether the file at `path` has an item `id`.
fn file_has_item(path: &Path, id: &str, lang: Lang) -> bool {
    let Some(text) = super::read_file(path, lang)
        .ok()
        .and_then(|bytes| String::from_utf8(bytes).ok())
    else {
        return false;
    };
    if !text.contains(id) && !text.contains('\\') {
        return false;
    }
    let mut found = false;
    let what = Part::Plan {
        unit: true,
        year: 0,
    };
    decode_alone(path, text, what, lang, |decoded, _| {
        if let Decoded::Plan(Some(parts)) = decoded {
            found = parts.items.iter().any(|i: &Item| i.id.value == id);
        }
    });
    found
}
