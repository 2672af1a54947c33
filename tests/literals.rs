//! No words a person reads are written in the code: every one comes from the
//! catalogue (`i18n/en/*.ftl`, `i18n/sv/*.ftl`), so it exists in both languages and
//! a Swedish speaker can fix it without knowing Rust. This test reads every source
//! file under `src/`, outside `#[cfg(test)]` code, and fails on a string literal
//! that holds words: two words in a row, or a capitalised word. Machine keys (JSON
//! and TOML keys, CLI value names, file names) are single lower-case words or no
//! words at all and pass on their own; the few literals that hold words and yet are
//! not read as prose are listed in `ALLOWED` with the reason.

use std::fs;
use std::path::{Path, PathBuf};

/// Literals that hold words but are not text for a person to read in a language:
/// (file or `*`, what, why). What is an exact literal, `name!` for the arguments of
/// that macro, `#` for attributes, or `*` for the whole file. Keep this short: a new
/// entry needs a reason that holds for every reader.
const ALLOWED: &[(&str, &str, &str)] = &[
    (
        "*",
        "#",
        "attributes configure the compiler and the derives: clap's are --help, which \
         README says is English; serde's and schemars' name the machine format",
    ),
    (
        "src/cli.rs",
        "value_arg!",
        "the help beside each value of --kind, --status, --group, --sort: --help",
    ),
    ("src/man.rs", "*", "the man page is --help in roff: English"),
    (
        "src/diagnostic.rs",
        "codes!",
        "each code's one-line description, for README's table of codes (English)",
    ),
    (
        "*",
        "json_schema!",
        "the JSON Schema for editors describes the file format in English, as --help",
    ),
    (
        "src/model.rs",
        "Text",
        "a type's name in the JSON Schema and to serde",
    ),
    (
        "src/schedule.rs",
        "Cadence",
        "a type's name in the JSON Schema",
    ),
    (
        "src/schedule.rs",
        "\\\"week\\\", \\\"2 weeks\\\", \\\"month\\\", \\\"term\\\", \\\"year\\\", or \\\"N days|weeks|months\\\"",
        "the cadences for the JSON Schema's description of `every` (English)",
    ),
    (
        "src/usage.rs",
        "Usage: ",
        "clap's own word, found in its English message to translate the usage line",
    ),
    (
        "src/history.rs",
        "not a git repository",
        "git's own message, matched in its output, never shown",
    ),
    (
        "src/parse.rs",
        "invalid time",
        "the TOML parser's message, matched to choose the diagnostic's code",
    ),
    (
        "src/render/ics.rs",
        "-//Chalmers Student Union//intplan//EN",
        "the calendar's PRODID, a machine field that names the program",
    ),
];

/// One string literal of a source file.
#[derive(Debug)]
struct Literal {
    line: usize,
    text: String,
    /// What it stands in: attributes (`#`) and macros' arguments (`json!`), the
    /// outermost first.
    within: Vec<String>,
}

/// The string literals of Rust source `src`, outside comments and outside the item
/// that follows `#[cfg(test)]`.
fn literals(src: &str) -> Vec<Literal> {
    let b = src.as_bytes();
    let mut out = Vec::new();
    let (mut i, mut line) = (0, 1);
    // The open brackets, each with what it opens: an attribute, a macro's
    // arguments, or nothing of note.
    let mut open: Vec<String> = Vec::new();
    // The depth at which skipped test code ends, and whether the next item is test
    // code.
    let (mut skip_to, mut pending): (Option<usize>, Option<usize>) = (None, None);
    while i < b.len() {
        let rest = &b[i..];
        let c = b[i];
        if rest.starts_with(b"//") {
            i += rest.iter().position(|&c| c == b'\n').unwrap_or(rest.len());
        } else if rest.starts_with(b"/*") {
            let end = find(rest, b"*/").map_or(rest.len(), |e| e + 2);
            line += rest[..end].iter().filter(|&&c| c == b'\n').count();
            i += end;
        } else if rest.starts_with(b"#[cfg(test)]") {
            if skip_to.is_none() {
                pending = Some(open.len());
            }
            i += "#[cfg(test)]".len();
        } else if let Some((start, close)) = string_start(src, i) {
            let body_start = i + start;
            let end = find_close(src, body_start, &close);
            if skip_to.is_none() && pending.is_none() {
                out.push(Literal {
                    line,
                    text: src[body_start..end].to_owned(),
                    within: open.iter().filter(|w| !w.is_empty()).cloned().collect(),
                });
            }
            line += b[i..end].iter().filter(|&&c| c == b'\n').count();
            i = end + close.len();
        } else if c == b'\'' {
            i += char_literal_len(rest);
        } else {
            match c {
                b'\n' => line += 1,
                b'{' | b'(' | b'[' => {
                    if c == b'{' && pending == Some(open.len()) {
                        skip_to = pending.take();
                    }
                    open.push(opened_by(&b[..i]));
                }
                b'}' | b')' | b']' => {
                    open.pop();
                    if skip_to == Some(open.len()) {
                        skip_to = None;
                    }
                }
                b';' if pending == Some(open.len()) => pending = None,
                _ => {}
            }
            i += 1;
        }
    }
    out
}

/// What a bracket opens, from the code before it: `#` for an attribute (`#[`,
/// `#![`), a macro's name for its arguments (`json!(`), else nothing.
fn opened_by(before: &[u8]) -> String {
    let before = std::str::from_utf8(before).unwrap_or("").trim_end();
    if before.ends_with('#') || before.ends_with("#!") {
        return "#".to_owned();
    }
    let Some(name) = before.strip_suffix('!') else {
        return String::new();
    };
    let start = name
        .rfind(|c: char| !(c.is_alphanumeric() || c == '_'))
        .map_or(0, |at| at + 1);
    format!("{}!", &name[start..])
}

/// Whether a string literal starts at `i`: the length of its opening (`"`, `r#"`,
/// `b"`...) and the text that closes it.
fn string_start(src: &str, i: usize) -> Option<(usize, String)> {
    let b = src.as_bytes();
    let after_ident = i > 0 && (b[i - 1].is_ascii_alphanumeric() || b[i - 1] == b'_');
    let mut j = i;
    if !after_ident && matches!(b[j], b'b' | b'c') {
        j += 1;
    }
    if !after_ident && b.get(j) == Some(&b'r') {
        let hashes = src[j + 1..].bytes().take_while(|&c| c == b'#').count();
        if b.get(j + 1 + hashes) == Some(&b'"') {
            let close = format!("\"{}", "#".repeat(hashes));
            return Some((j + 2 + hashes - i, close));
        }
        return None;
    }
    (b.get(j) == Some(&b'"') && (j == i || !after_ident)).then(|| (j + 1 - i, "\"".to_owned()))
}

/// Where a literal whose text starts at `from` ends (the index of its closing text).
fn find_close(src: &str, from: usize, close: &str) -> usize {
    let b = src.as_bytes();
    let mut i = from;
    while i < b.len() {
        if close == "\"" && b[i] == b'\\' {
            i += 2;
        } else if b[i..].starts_with(close.as_bytes()) {
            return i;
        } else {
            i += 1;
        }
    }
    b.len()
}

/// The length of a char literal at the start of `rest`, or 1 for a lifetime's `'`.
fn char_literal_len(rest: &[u8]) -> usize {
    match rest.get(1) {
        Some(b'\\') => rest
            .get(3..)
            .and_then(|r| r.iter().position(|&c| c == b'\''))
            .map_or(1, |e| e + 4),
        Some(&c) => {
            // The char's UTF-8 length, then its closing quote.
            let len = match c {
                0xF0.. => 4,
                0xE0.. => 3,
                0xC0.. => 2,
                _ => 1,
            };
            if rest.get(1 + len) == Some(&b'\'') {
                len + 2
            } else {
                1
            }
        }
        None => 1,
    }
}

/// Where `needle` first occurs in `hay`.
fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// Whether a literal holds words: two words in a row (a placeholder such as `{n}`
/// or code in backticks may stand for one of them: "{n} days"), or a capitalised
/// word. A word is letters, with perhaps a hyphen or an apostrophe, so `--lang`,
/// `2b-1`, `line={line}` and `plan.toml` are not words.
fn holds_words(text: &str) -> bool {
    const HOLE: char = '\u{1}';
    let mut plain = String::new();
    let (mut brace, mut tick) = (0usize, false);
    for c in text.replace("\\n", " ").chars() {
        match c {
            '{' if !tick => {
                if brace == 0 {
                    plain.push(HOLE);
                }
                brace += 1;
            }
            '}' if !tick => brace = brace.saturating_sub(1),
            '`' if brace == 0 => {
                if !tick {
                    plain.push(HOLE);
                }
                tick = !tick;
            }
            _ if brace == 0 && !tick => plain.push(c),
            _ => {}
        }
    }
    #[derive(PartialEq)]
    enum Token {
        Word,
        Hole,
        Other,
    }
    let token = |t: &str| {
        let t = t.trim_matches(|c: char| ".,;:!?()\"'\\".contains(c));
        if t == HOLE.to_string() {
            Token::Hole
        } else if t.chars().filter(|c| c.is_alphabetic()).count() >= 2
            && t.chars()
                .all(|c| c.is_alphabetic() || c == '-' || c == '\'')
        {
            Token::Word
        } else {
            Token::Other
        }
    };
    let tokens: Vec<Token> = plain.split_whitespace().map(token).collect();
    let two_in_a_row = tokens.windows(2).any(|w| {
        w[0] != Token::Other && w[1] != Token::Other && (w[0] == Token::Word || w[1] == Token::Word)
    });
    let capitalised = plain
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| w.chars().count() >= 3)
        .any(|w| {
            let mut cs = w.chars();
            cs.next().is_some_and(char::is_uppercase) && cs.all(char::is_lowercase)
        });
    two_in_a_row || capitalised
}

/// Whether `ALLOWED` lets the literal `lit` of `file` stand; the index of the entry.
fn allowed(file: &str, lit: &Literal) -> Option<usize> {
    ALLOWED.iter().position(|(f, what, _)| {
        (*f == file || *f == "*")
            && (*what == "*" || *what == lit.text || lit.within.iter().any(|w| w == what))
    })
}

fn sources(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            sources(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn no_words_outside_the_catalogue() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    sources(&root.join("src"), &mut files);
    files.sort();
    let mut found = Vec::new();
    let mut used = vec![false; ALLOWED.len()];
    for file in &files {
        let name = file.strip_prefix(root).unwrap().display().to_string();
        for lit in literals(&fs::read_to_string(file).unwrap()) {
            if !holds_words(&lit.text) {
                continue;
            }
            match allowed(&name, &lit) {
                Some(at) => used[at] = true,
                None => found.push(format!("{name}:{}: {:?}", lit.line, lit.text)),
            }
        }
    }
    assert!(
        found.is_empty(),
        "words outside the catalogue (move them to i18n/*/*.ftl and use t!):\n{}",
        found.join("\n")
    );
    let stale: Vec<_> = ALLOWED
        .iter()
        .zip(&used)
        .filter(|(_, used)| !**used)
        .map(|((f, t, _), _)| format!("{f}: {t:?}"))
        .collect();
    assert!(stale.is_empty(), "allowed but no longer there: {stale:?}");
}

#[test]
fn the_scanner_sees_what_it_must() {
    let src = r##"
// "a comment with words"
/* "a block comment" */
fn f() -> &'static str { let c = '"'; "the first words" }
fn g() { let x = r#"raw "words" here"#; let y = "id"; let z = "{n} {m}"; }
fn h() { let w = "Status"; let k = "`a b` {x}"; let f = "--lang"; let p = "plan.toml"; }
#[command(about = "an attribute's words")]
fn m() { json!({ "description": "a macro's words" }) }
#[cfg(test)]
mod tests { fn t() { "test words" } }
#[cfg(test)]
use std::fmt;
fn after() { "words after tests" }
"##;
    let lits = literals(src);
    let wordy: Vec<&str> = lits
        .iter()
        .filter(|l| holds_words(&l.text))
        .map(|l| l.text.as_str())
        .collect();
    assert_eq!(
        wordy,
        [
            "the first words",
            "raw \"words\" here",
            "Status",
            "an attribute's words",
            "a macro's words",
            "words after tests"
        ]
    );
    assert_eq!(lits.iter().find(|l| l.text == "Status").unwrap().line, 6);
    let within = |text: &str| &lits.iter().find(|l| l.text == text).unwrap().within;
    assert_eq!(within("an attribute's words"), &["#"]);
    assert_eq!(within("a macro's words"), &["json!"]);
    assert!(within("Status").is_empty());
}
