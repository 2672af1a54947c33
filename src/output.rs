//! The one place that holds stdout and stderr, and the one home of the rule that
//! keeps plan text from acting on a terminal. Everything else writes to the `Write`
//! it is handed, which keeps all output testable.
//!
//! Plan text is typed by many hands: a title may hold an escape sequence that clears
//! the screen, a bidi override that reverses the rest of a row ("Trojan Source"), or
//! a zero-width space that makes two owners look the same. [`visible`] shows each
//! such character as `\u{202E}`: never dropped silently, never passed raw. A
//! [`Stream`] applies it to what it is given, three ways:
//!
//! - as a `Write`: human text (confirmations, notes, errors), always shown visibly,
//!   on a terminal, a pipe or a file alike;
//! - [`Sink::styled`]: text that carries intplan's own colours (the tables, the
//!   diagnostics). The libraries that draw them (comfy-table, annotate-snippets)
//!   write their SGR colour codes into the same string as the data, so the data is
//!   made visible *before* it reaches them, where it is still data; the stream then
//!   lets SGR codes through and shows anything else;
//! - [`Sink::data`]: machine formats (JSON, CSV, iCalendar, HTML, Markdown), exact
//!   byte for byte into a pipe or a file, shown visibly only on a terminal.
//!
//! Colour is decided once: anstream strips the SGR codes when the stream is not a
//! terminal, when `NO_COLOR` is set, or under `--color never`.

use std::borrow::Cow;
use std::io::{self, IsTerminal, Stderr, Stdout, Write};

use anstream::{AutoStream, ColorChoice};

use crate::cli::ColorWhen;

/// Whether every byte of `text` is printable ASCII, a line feed or a tab: nothing
/// in it can be hidden, so the common case is decided without decoding.
pub fn is_plain_ascii(text: &str) -> bool {
    text.bytes()
        .all(|b| (0x20..0x7f).contains(&b) || b == b'\n' || b == b'\t')
}

/// Whether a character must be shown rather than written: C0 and C1 controls and
/// DEL (line feed and tab are layout and stay), the bidi controls, and characters
/// that take no room on screen (zero-width spaces and joiners, word joiners, the
/// byte-order mark, soft hyphens, fillers, tag characters). A lone carriage return
/// is decided by [`visible`], which keeps it before a line feed.
pub fn is_hidden(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_control() && c != '\n' && c != '\t';
    }
    match c {
        '\n' | '\t' => false,
        c if c.is_control() => true,
        '\u{AD}'
        | '\u{34F}'
        | '\u{61C}'
        | '\u{115F}'
        | '\u{1160}'
        | '\u{17B4}'
        | '\u{17B5}'
        | '\u{180B}'..='\u{180F}'
        | '\u{200B}'..='\u{200F}'
        | '\u{2028}'..='\u{202E}'
        | '\u{2060}'..='\u{206F}'
        | '\u{3164}'
        | '\u{FEFF}'
        | '\u{FFA0}'
        | '\u{FFF9}'..='\u{FFFB}'
        | '\u{1BCA0}'..='\u{1BCA3}'
        | '\u{1D173}'..='\u{1D17A}'
        | '\u{E0000}'..='\u{E007F}' => true,
        _ => false,
    }
}

/// How [`visible`] writes a hidden character: `\u{1B}`, `\u{202E}`.
pub fn shown(c: char) -> String {
    format!("\\u{{{:X}}}", u32::from(c))
}

/// Text with every hidden character shown as `\u{..}` (see [`is_hidden`]); a
/// carriage return stays only where a line feed follows it. The one sanitiser of
/// human-readable text.
pub fn visible(text: &str) -> Cow<'_, str> {
    let mut offsets = [];
    visible_mapped(text, &mut offsets)
}

/// [`visible`] for text that must stay on one line (a diagnostic's message, label,
/// help or path): a line feed is shown too, so that plan text cannot begin a line
/// that looks like intplan's own.
pub fn visible_line(text: &str) -> Cow<'_, str> {
    match visible(text) {
        shown_text if shown_text.contains('\n') => {
            Cow::Owned(shown_text.replace('\n', &shown('\n')))
        }
        shown_text => shown_text,
    }
}

/// [`visible`], also moving byte offsets into `text` to the same places in the
/// result, so that a span into an excerpt still points at its text.
pub fn visible_mapped<'a>(text: &'a str, offsets: &mut [usize]) -> Cow<'a, str> {
    let hides = |i: usize, c: char| is_hidden(c) && !(c == '\r' && text[i + 1..].starts_with('\n'));
    if is_plain_ascii(text) || !text.char_indices().any(|(i, c)| hides(i, c)) {
        return Cow::Borrowed(text);
    }
    let original: Vec<usize> = offsets.to_vec();
    let mut out = String::with_capacity(text.len() + 16);
    let mut next = 0;
    let mut order: Vec<usize> = (0..original.len()).collect();
    order.sort_by_key(|&k| original[k]);
    for (i, c) in text.char_indices() {
        while next < order.len() && original[order[next]] <= i {
            offsets[order[next]] = out.len();
            next += 1;
        }
        if hides(i, c) {
            out.push_str(&shown(c));
        } else {
            out.push(c);
        }
    }
    for &k in &order[next..] {
        offsets[k] = out.len();
    }
    Cow::Owned(out)
}

/// What a stream does with the bytes of one write.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    /// Human text: everything hidden is shown.
    Text,
    /// Human text with intplan's own SGR colour codes, which pass.
    Styled,
    /// A machine format: exact off a terminal, shown on one.
    Data,
}

/// A place human and machine output goes. [`Stream`] is the real one; a `Vec<u8>`
/// (in tests) takes every kind of text as it is.
pub trait Sink: Write {
    /// Where text that holds intplan's own colour codes goes; its data must already
    /// have been through [`visible`].
    fn styled(&mut self) -> Box<dyn Write + '_>;
    /// Where a machine format goes: exact into a pipe or a file.
    fn data(&mut self) -> Box<dyn Write + '_>;
    /// Whether colour codes written to [`Sink::styled`] are kept.
    fn color(&self) -> bool {
        false
    }
}

impl Sink for Vec<u8> {
    fn styled(&mut self) -> Box<dyn Write + '_> {
        Box::new(self)
    }
    fn data(&mut self) -> Box<dyn Write + '_> {
        Box::new(self)
    }
}

impl<S: anstream::stream::RawStream + anstream::stream::AsLockedWrite + 'static> Sink
    for Stream<S>
{
    fn styled(&mut self) -> Box<dyn Write + '_> {
        Box::new(self.way(Mode::Styled))
    }
    fn data(&mut self) -> Box<dyn Write + '_> {
        Box::new(self.way(Mode::Data))
    }
    fn color(&self) -> bool {
        !matches!(self.human.current_choice(), ColorChoice::Never)
    }
}

/// stdout or stderr, with colour decided and [`visible`] applied (see the module
/// documentation for the three ways in).
pub struct Stream<S: anstream::stream::RawStream + anstream::stream::AsLockedWrite> {
    /// The colour-stripping stream human text goes through.
    human: AutoStream<S>,
    /// The same file descriptor, for exact machine output.
    raw: Box<dyn Write>,
    /// Whether the stream is a terminal.
    terminal: bool,
    /// The end of the last write when it stopped inside a character, before a
    /// possible line feed, or inside a colour code.
    carry: Vec<u8>,
}

/// A borrowed [`Stream`] writing in one [`Mode`].
struct Way<'a, S: anstream::stream::RawStream + anstream::stream::AsLockedWrite> {
    stream: &'a mut Stream<S>,
    mode: Mode,
}

impl<S: anstream::stream::RawStream + anstream::stream::AsLockedWrite> Stream<S> {
    fn new(raw_stream: S, raw: Box<dyn Write>, terminal: bool, choice: ColorChoice) -> Self {
        Stream {
            human: AutoStream::new(raw_stream, choice),
            raw,
            terminal,
            carry: Vec::new(),
        }
    }

    /// Writes `buf` in `mode`, keeping an unfinished end for the next write.
    fn put(&mut self, buf: &[u8], mode: Mode) -> io::Result<()> {
        if mode == Mode::Data && !self.terminal {
            self.flush_carry()?;
            return self.raw.write_all(buf);
        }
        if self.carry.is_empty()
            && buf
                .iter()
                .all(|&b| (0x20..0x7f).contains(&b) || b == b'\n' || b == b'\t')
        {
            let out: &mut dyn Write = if mode == Mode::Data {
                &mut self.raw
            } else {
                &mut self.human
            };
            return out.write_all(buf);
        }
        let mut bytes = std::mem::take(&mut self.carry);
        bytes.extend_from_slice(buf);
        let keep = unfinished(&bytes, mode);
        self.carry = bytes.split_off(bytes.len() - keep);
        let shown = show_bytes(&bytes, mode);
        match mode {
            Mode::Data => self.raw.write_all(shown.as_bytes()),
            Mode::Text | Mode::Styled => self.human.write_all(shown.as_bytes()),
        }
    }

    /// Writes what an earlier write left unfinished, as it is shown.
    fn flush_carry(&mut self) -> io::Result<()> {
        if self.carry.is_empty() {
            return Ok(());
        }
        let carry = std::mem::take(&mut self.carry);
        let shown = show_bytes(&carry, Mode::Text);
        self.human.write_all(shown.as_bytes())
    }

    fn way(&mut self, mode: Mode) -> Way<'_, S> {
        Way { stream: self, mode }
    }
}

/// How many bytes at the end of `bytes` cannot be judged yet: part of a UTF-8
/// character, a carriage return that a line feed may follow, or (styled) a colour
/// code not yet closed.
fn unfinished(bytes: &[u8], mode: Mode) -> usize {
    let tail_start = bytes.len().saturating_sub(3);
    let partial = (tail_start..bytes.len())
        .find(|&i| {
            let lead = bytes[i];
            let width = match lead {
                0xC0..=0xDF => 2,
                0xE0..=0xEF => 3,
                0xF0..=0xF7 => 4,
                _ => 0,
            };
            width > bytes.len() - i
        })
        .map_or(0, |i| bytes.len() - i);
    if partial > 0 {
        return partial;
    }
    if bytes.last() == Some(&b'\r') {
        return 1;
    }
    if mode == Mode::Styled
        && let Some(esc) = bytes.iter().rposition(|&b| b == 0x1b)
        && bytes.len() - esc < 32
        && is_sgr_prefix(&bytes[esc..])
    {
        return bytes.len() - esc;
    }
    0
}

/// `ESC [` followed by parameters, not yet closed by `m`.
fn is_sgr_prefix(bytes: &[u8]) -> bool {
    bytes.len() == 1
        || bytes[1] == b'['
            && bytes[2..]
                .iter()
                .all(|&b| b.is_ascii_digit() || b == b';' || b == b':')
}

/// The length of the SGR colour code `ESC [ params m` at the start of `text`.
fn sgr_len(text: &str) -> Option<usize> {
    let rest = text.strip_prefix("\u{1b}[")?;
    let params = rest
        .bytes()
        .take_while(|&b| b.is_ascii_digit() || b == b';' || b == b':')
        .count();
    rest[params..].starts_with('m').then_some(2 + params + 1)
}

/// Bytes as they are shown: [`visible`], with colour codes kept in styled text and
/// bytes that are not UTF-8 shown as `\x{FF}`.
fn show_bytes(bytes: &[u8], mode: Mode) -> Cow<'_, str> {
    let mut out = String::new();
    for chunk in bytes.utf8_chunks() {
        let text = chunk.valid();
        if mode == Mode::Styled && text.contains('\u{1b}') {
            let mut rest = text;
            while let Some(at) = rest.find('\u{1b}') {
                out.push_str(&visible(&rest[..at]));
                match sgr_len(&rest[at..]) {
                    Some(n) => out.push_str(&rest[at..at + n]),
                    None => out.push_str(&shown('\u{1b}')),
                }
                let skip = sgr_len(&rest[at..]).unwrap_or(1);
                rest = &rest[at + skip..];
            }
            out.push_str(&visible(rest));
        } else if chunk.invalid().is_empty() && out.is_empty() && bytes.len() == text.len() {
            return visible(text);
        } else {
            out.push_str(&visible(text));
        }
        for b in chunk.invalid() {
            out.push_str(&format!("\\x{{{b:02X}}}"));
        }
    }
    Cow::Owned(out)
}

impl<S: anstream::stream::RawStream + anstream::stream::AsLockedWrite> Write for Stream<S> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.put(buf, Mode::Text)?;
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        self.flush_carry()?;
        self.human.flush()?;
        self.raw.flush()
    }
}

impl<S: anstream::stream::RawStream + anstream::stream::AsLockedWrite> Write for Way<'_, S> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.stream.put(buf, self.mode)?;
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        self.stream.flush()
    }
}

impl<S: anstream::stream::RawStream + anstream::stream::AsLockedWrite> Drop for Stream<S> {
    fn drop(&mut self) {
        let _ = self.flush();
    }
}

/// The process's two output streams.
pub struct Output {
    /// Reports and machine-readable output.
    pub stdout: Stream<Stdout>,
    /// Diagnostics, notes and errors.
    pub stderr: Stream<Stderr>,
}

impl Output {
    /// Opens both streams under the `--color` choice.
    pub fn new(when: ColorWhen) -> Self {
        let choice = match when {
            ColorWhen::Auto => ColorChoice::Auto,
            ColorWhen::Always => ColorChoice::Always,
            ColorWhen::Never => ColorChoice::Never,
        };
        Output {
            stdout: Stream::new(
                io::stdout(),
                Box::new(io::stdout()),
                io::stdout().is_terminal(),
                choice,
            ),
            stderr: Stream::new(
                io::stderr(),
                Box::new(io::stderr()),
                io::stderr().is_terminal(),
                choice,
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hidden_characters_are_shown_and_layout_stays() {
        assert_eq!(
            visible("a\u{1b}[2J\u{7}\u{9b}\u{7f}\u{202e}\u{200b}\u{feff}\u{e0041}\t\nb\r\nc\rd"),
            "a\\u{1B}[2J\\u{7}\\u{9B}\\u{7F}\\u{202E}\\u{200B}\\u{FEFF}\\u{E0041}\t\nb\r\nc\\u{D}d"
        );
        // A zero-width joiner is shown even inside an emoji sequence.
        assert_eq!(visible("👩\u{200d}💻"), "👩\\u{200D}💻");
        assert!(matches!(visible("Översätt stadgan"), Cow::Borrowed(_)));
        assert_eq!(visible_line("a\nb"), "a\\u{A}b");
    }

    #[test]
    fn offsets_move_with_the_text() {
        let mut offsets = [7, 0, 1, 2, 99];
        let shown = visible_mapped("a\u{1b}b\u{202e}c", &mut offsets);
        assert_eq!(shown, "a\\u{1B}b\\u{202E}c");
        // 7 is the end of the text, 1 the escape, 2 the `b` after it.
        assert_eq!(offsets, [shown.len(), 0, 1, 7, shown.len()]);
    }

    #[test]
    fn styled_text_keeps_only_sgr_codes() {
        let text = "\u{1b}[1;31merror\u{1b}[0m: \u{1b}]0;x\u{7}\u{1b}[2J";
        assert_eq!(
            show_bytes(text.as_bytes(), Mode::Styled),
            "\u{1b}[1;31merror\u{1b}[0m: \\u{1B}]0;x\\u{7}\\u{1B}[2J"
        );
        assert_eq!(
            show_bytes(text.as_bytes(), Mode::Text),
            "\\u{1B}[1;31merror\\u{1B}[0m: \\u{1B}]0;x\\u{7}\\u{1B}[2J"
        );
        assert_eq!(show_bytes(b"a\xffb", Mode::Text), "a\\x{FF}b");
    }

    #[test]
    fn an_unfinished_end_waits_for_the_next_write() {
        let e_acute = "é".as_bytes();
        assert_eq!(unfinished(&[b'a', e_acute[0]], Mode::Text), 1);
        assert_eq!(unfinished(b"a\r", Mode::Text), 1);
        assert_eq!(unfinished(b"a\x1b[1;3", Mode::Styled), 5);
        assert_eq!(unfinished(b"a\x1b[1;3", Mode::Text), 0);
        assert_eq!(unfinished("aé".as_bytes(), Mode::Text), 0);
    }
}
