//! The one JSON writer: pretty-printed, buffered, and exact. serde_json escapes
//! only what JSON requires (quotes, backslashes, U+0000 to U+001F); every other
//! character that [`is_hidden`] names (DEL, C1 controls, bidi controls, zero-width
//! characters) is also written as a `\u` escape, so the document holds the plan's
//! text exactly and still cannot act on a terminal it is printed to.

use std::io::{self, Write};

use serde::Serialize;
use serde_json::ser::{Formatter, PrettyFormatter};

use crate::output::{is_hidden, is_plain_ascii};

/// Writes `value` as pretty JSON and a final newline.
pub fn write<T: Serialize + ?Sized>(out: &mut dyn Write, value: &T) -> io::Result<()> {
    // serde_json writes a few bytes at a time: buffer them.
    let mut out = io::BufWriter::new(out);
    let mut ser =
        serde_json::Serializer::with_formatter(&mut out, Escaping(PrettyFormatter::new()));
    value.serialize(&mut ser).map_err(io::Error::from)?;
    writeln!(out)?;
    out.flush()
}

/// serde_json's pretty layout, with hidden characters escaped.
struct Escaping<'a>(PrettyFormatter<'a>);

impl Formatter for Escaping<'_> {
    fn write_string_fragment<W: ?Sized + Write>(
        &mut self,
        writer: &mut W,
        fragment: &str,
    ) -> io::Result<()> {
        if is_plain_ascii(fragment) {
            return writer.write_all(fragment.as_bytes());
        }
        let mut start = 0;
        for (i, c) in fragment.char_indices() {
            if is_hidden(c) {
                writer.write_all(&fragment.as_bytes()[start..i])?;
                let mut units = [0u16; 2];
                for unit in c.encode_utf16(&mut units) {
                    write!(writer, "\\u{unit:04x}")?;
                }
                start = i + c.len_utf8();
            }
        }
        writer.write_all(&fragment.as_bytes()[start..])
    }

    fn begin_array<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.begin_array(w)
    }
    fn end_array<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_array(w)
    }
    fn begin_array_value<W: ?Sized + Write>(&mut self, w: &mut W, first: bool) -> io::Result<()> {
        self.0.begin_array_value(w, first)
    }
    fn end_array_value<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_array_value(w)
    }
    fn begin_object<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.begin_object(w)
    }
    fn end_object<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_object(w)
    }
    fn begin_object_key<W: ?Sized + Write>(&mut self, w: &mut W, first: bool) -> io::Result<()> {
        self.0.begin_object_key(w, first)
    }
    fn begin_object_value<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.begin_object_value(w)
    }
    fn end_object_value<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_object_value(w)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hidden_characters_are_escaped_and_the_text_comes_back() {
        let text = "a\u{7f}b\u{9b}c\u{202e}d\u{200b}e\u{e0041}f\u{1b}g\"\\é";
        let mut out = Vec::new();
        write(&mut out, &serde_json::json!({ "title": text })).unwrap();
        let json = String::from_utf8(out).unwrap();
        assert_eq!(
            json,
            "{\n  \"title\": \"a\\u007fb\\u009bc\\u202ed\\u200be\\udb40\\udc41f\\u001bg\\\"\\\\é\"\n}\n"
        );
        let back: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(back["title"], text);
    }
}
