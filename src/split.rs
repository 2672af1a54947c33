//! Where a TOML text may be cut into pieces that parse on their own: before a
//! top-level `[[item]]` header. The loader uses it to read a year's `[plan]` header
//! without parsing its items, and the parser to parse a large file in pieces on
//! every core (a parse tree is some twenty times its text, so pieces also keep the
//! memory near the text's size).
//!
//! It is a lexer of the few things that can hide a line starting with `[` from
//! being a header: strings (single- and multi-line, basic and literal), comments,
//! and arrays and inline tables that run over several lines. On text that is not
//! valid TOML it may cut in the wrong place; the callers parse the pieces and fall
//! back to the whole text when a piece does not parse, so a wrong cut only costs
//! time.

/// The size of the pieces a large plan file is parsed (and edited) in. A parse
/// tree is some twenty times its text, so pieces keep the trees alive at once
/// small, and the parser, working in the cache, is faster on them than on a whole
/// large file.
pub(crate) const PIECE_BYTES: usize = 64 * 1024;

/// The byte offsets of the text's top-level `[[item]]` headers (where the `[` is),
/// in order.
pub(crate) fn item_headers(text: &str) -> Vec<usize> {
    headers(text)
        .into_iter()
        .filter(|&at| is_item_header(&text[at..]))
        .collect()
}

/// Whether a header line opens a new `[[item]]` (spelt exactly so: other spellings
/// stay in the piece before them, which is still right, only coarser).
fn is_item_header(line: &str) -> bool {
    line.strip_prefix("[[item]]").is_some_and(|rest| {
        matches!(
            rest.bytes().next(),
            None | Some(b' ' | b'\t' | b'\r' | b'\n' | b'#')
        )
    })
}

/// Whether the header at the start of `line` may define something under the
/// top-level key `key`: its first key is `key`, or is quoted (and so might spell
/// it). A cheap, safe over-estimate.
pub(crate) fn header_may_touch(line: &str, key: &str) -> bool {
    let rest = line.trim_start_matches('[').trim_start_matches([' ', '\t']);
    if rest.starts_with(['"', '\'']) {
        return true;
    }
    let end = rest
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '-'))
        .unwrap_or(rest.len());
    &rest[..end] == key
}

/// Where the lexer is.
#[derive(Clone, Copy, PartialEq, Eq)]
enum State {
    /// Between values, at a nesting depth of arrays and inline tables.
    Code = 0,
    /// In `"..."`.
    Basic = 1,
    /// In `'...'`.
    Literal = 2,
    /// In `"""..."""`.
    MultiBasic = 3,
    /// In `'''...'''`.
    MultiLiteral = 4,
    /// From `#` to the end of the line.
    Comment = 5,
    /// On a table header line, after its `[`.
    Header = 6,
}

/// The bytes each state must look at (bit `state` set); every other byte is
/// skipped.
const SPECIAL: [u8; 256] = {
    let mut table = [0u8; 256];
    let code = 1 << State::Code as u8;
    let basic = 1 << State::Basic as u8;
    let literal = 1 << State::Literal as u8;
    let multi_basic = 1 << State::MultiBasic as u8;
    let multi_literal = 1 << State::MultiLiteral as u8;
    let comment = 1 << State::Comment as u8;
    let header = 1 << State::Header as u8;
    table[b'\n' as usize] = code | basic | literal | comment | header;
    table[b'#' as usize] = code | header;
    table[b'"' as usize] = code | basic | multi_basic | header;
    table[b'\'' as usize] = code | literal | multi_literal | header;
    table[b'\\' as usize] = basic | multi_basic;
    table[b'[' as usize] = code;
    table[b'{' as usize] = code;
    table[b']' as usize] = code;
    table[b'}' as usize] = code;
    table
};

/// The byte offsets of every top-level table header (`[table]` and `[[array]]`):
/// a line whose first non-blank character is `[`, outside strings and values.
pub(crate) fn headers(text: &str) -> Vec<usize> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut state = State::Code;
    let mut depth = 0usize;
    // The start of the text is a line start.
    let mut i = line_start(bytes, 0, &mut state, depth, &mut out);
    while i < bytes.len() {
        i = next_special(bytes, i, state);
        let Some(&b) = bytes.get(i) else { break };
        if b == b'\n' {
            if matches!(
                state,
                State::Basic | State::Literal | State::Comment | State::Header
            ) {
                // A single-line string or a comment ends with its line (an
                // unclosed string is an error the parser reports).
                state = State::Code;
            }
            i = line_start(bytes, i + 1, &mut state, depth, &mut out);
            continue;
        }
        match state {
            State::Code => match b {
                b'#' => state = State::Comment,
                b'"' if bytes[i..].starts_with(b"\"\"\"") => {
                    state = State::MultiBasic;
                    i += 2;
                }
                b'"' => state = State::Basic,
                b'\'' if bytes[i..].starts_with(b"'''") => {
                    state = State::MultiLiteral;
                    i += 2;
                }
                b'\'' => state = State::Literal,
                b'[' | b'{' => depth += 1,
                _ => depth = depth.saturating_sub(1),
            },
            State::Basic | State::MultiBasic if b == b'\\' => {
                // An escape: the next byte is the string's, unless it ends a
                // single-line string's line.
                if state == State::MultiBasic || bytes.get(i + 1) != Some(&b'\n') {
                    i += 1;
                }
            }
            State::Basic | State::Literal => state = State::Code,
            State::MultiBasic | State::MultiLiteral => {
                let quote = [b; 3];
                if bytes[i..].starts_with(&quote) {
                    i += closing_run(&bytes[i..], b) - 1;
                    state = State::Code;
                }
            }
            State::Header if b == b'#' => state = State::Comment,
            State::Header => {
                // A quoted key: skip to its end on this line.
                let end = bytes[i + 1..]
                    .iter()
                    .position(|&c| c == b || c == b'\n')
                    .map_or(bytes.len(), |p| i + 1 + p);
                i = if bytes.get(end) == Some(&b'\n') {
                    end - 1
                } else {
                    end
                };
            }
            State::Comment => {}
        }
        i += 1;
    }
    out
}

/// The next byte at or after `i` that `state` must look at. Most of a plan's text
/// is in strings, which `memchr` skips many bytes at a time.
fn next_special(bytes: &[u8], i: usize, state: State) -> usize {
    let rest = &bytes[i..];
    let found = match state {
        State::Basic => memchr::memchr3(b'"', b'\\', b'\n', rest),
        State::Literal => memchr::memchr2(b'\'', b'\n', rest),
        State::MultiBasic => memchr::memchr2(b'"', b'\\', rest),
        State::MultiLiteral => memchr::memchr(b'\'', rest),
        State::Comment => memchr::memchr(b'\n', rest),
        State::Code | State::Header => {
            let mask = 1 << state as u8;
            rest.iter().position(|&b| SPECIAL[b as usize] & mask != 0)
        }
    };
    found.map_or(bytes.len(), |at| i + at)
}

/// At the start of a line (byte `i`): records a header if the line is one, and
/// returns where to go on.
fn line_start(
    bytes: &[u8],
    mut i: usize,
    state: &mut State,
    depth: usize,
    out: &mut Vec<usize>,
) -> usize {
    if *state != State::Code || depth > 0 {
        return i;
    }
    while matches!(bytes.get(i), Some(b' ' | b'\t')) {
        i += 1;
    }
    if bytes.get(i) == Some(&b'[') {
        out.push(i);
        *state = State::Header;
        i += 1;
    }
    i
}

/// The length of the run of `quote` that closes a multi-line string: three, and up
/// to two more that belong to the string.
fn closing_run(bytes: &[u8], quote: u8) -> usize {
    bytes.iter().take(5).take_while(|&&c| c == quote).count()
}

/// Cuts a text before its top-level `[[item]]` headers (`items`, from
/// [`item_headers`]) into pieces of at least `size` bytes (the last may be
/// shorter), each a range of the text. The first piece holds everything before the
/// first `[[item]]`, whatever its size (nothing, in a unit file), so that every
/// other piece starts with an `[[item]]`.
pub(crate) fn pieces(len: usize, items: &[usize], size: usize) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    for &at in items {
        if out.is_empty() || at - start >= size.max(1) {
            out.push(start..at);
            start = at;
        }
    }
    out.push(start..len);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn header_lines(text: &str) -> Vec<&str> {
        headers(text)
            .into_iter()
            .map(|at| text[at..].lines().next().unwrap_or(""))
            .collect()
    }

    #[test]
    fn headers_are_found_at_line_starts_outside_values() {
        let text = "a = 1\n[plan]\nb = [\n  [1, 2],\n]\n  [[item]] # c\nx = \"[no]\"\n";
        assert_eq!(header_lines(text), ["[plan]", "[[item]] # c"]);
    }

    #[test]
    fn strings_and_comments_hide_brackets() {
        let text = concat!(
            "a = \"\"\"\n[[item]]\n\"\"\"\n",
            "b = '''\n[[item]]\n'''\n",
            "c = \"\"\"x\\\"\"\"\n[[item]]\n\"\"\"\n",
            "d = \"\"\"q\"\"\"\"\"\n",
            "# [[item]] [\n",
            "e = '[' # [\n",
            "[[item]]\n",
            "f = { g = [\n1] }\n",
            "[[item.log]]\n",
        );
        assert_eq!(header_lines(text), ["[[item]]", "[[item.log]]"]);
        assert_eq!(item_headers(text).len(), 1);
    }

    #[test]
    fn quoted_header_keys_may_hold_anything() {
        let text = "[\"a]#\\\"\"]\nx = 1\n['b[']\n[[item]]\n";
        assert_eq!(header_lines(text), ["[\"a]#\\\"\"]", "['b[']", "[[item]]"]);
    }

    #[test]
    fn pieces_cover_the_text_and_cut_before_items() {
        let text = "[plan]\nx = 1\n[[item]]\nid = \"a\"\n[[item.log]]\n[[item]]\nid = \"b\"\n[[item]]\nid = \"c\"\n";
        let pieces = |text: &str, size| pieces(text.len(), &item_headers(text), size);
        let cut = pieces(text, 1);
        assert_eq!(cut.first().map(|r| r.start), Some(0));
        assert_eq!(cut.last().map(|r| r.end), Some(text.len()));
        let texts: Vec<&str> = cut.iter().map(|r| &text[r.clone()]).collect();
        assert_eq!(
            texts,
            [
                "[plan]\nx = 1\n",
                "[[item]]\nid = \"a\"\n[[item.log]]\n",
                "[[item]]\nid = \"b\"\n",
                "[[item]]\nid = \"c\"\n"
            ]
        );
        assert_eq!(pieces(text, 1000), [0..13, 13..text.len()]);
        let empty = pieces("", 10);
        assert_eq!((empty.len(), empty[0].clone()), (1, 0..0));
        let unit = "[[item]]\nid = \"a\"\n[[item]]\nid = \"b\"\n";
        assert_eq!(pieces(unit, 1), [0..0, 0..18, 18..unit.len()]);
    }

    #[test]
    fn headers_that_may_touch_a_key() {
        assert!(header_may_touch("[plan]", "plan"));
        assert!(header_may_touch("[ plan.period ]", "plan"));
        assert!(header_may_touch("[\"x\"]", "plan"));
        assert!(!header_may_touch("[[item]]", "plan"));
        assert!(!header_may_touch("[planning]", "plan"));
        assert!(!header_may_touch("[goals.plan]", "plan"));
    }
}
