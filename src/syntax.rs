//! The TOML parser's messages in the reader's language. The parser writes English
//! ("invalid date, expected month between 01 and 12"): a description, then what it
//! expected. A Swedish reader must get Swedish, so each part is looked up in the
//! catalogue (`i18n/*/syntax.ftl`) under an id made of its words; the English
//! catalogue repeats the parser's words, so English output is the parser's own.

use crate::i18n::{self, Arg, Lang};
use crate::t;

/// What the parser says after the description.
const EXPECTED: &str = ", expected ";

/// The parser's message `raw` in `lang`; `key` is the key a `duplicate key` message
/// is about, when the file shows it. A message this catalogue does not know (a newer
/// parser) is shown as the parser wrote it rather than lost.
pub fn message(raw: &str, key: Option<&str>, lang: Lang) -> String {
    translate(raw, key, lang).unwrap_or_else(|| t!(lang, "syntax-unknown", message = raw))
}

/// The message in `lang`, or `None` when a part of it is not in the catalogue.
fn translate(raw: &str, key: Option<&str>, lang: Lang) -> Option<String> {
    let (description, expected) = match raw.split_once(EXPECTED) {
        Some((d, e)) => (d, Some(e)),
        None => (raw, None),
    };
    let description = match key {
        Some(key) if slug(description) == "duplicate-key" => {
            t!(lang, "syntax-duplicate-key-named", key = key)
        }
        _ => part("syntax-", description, lang)?,
    };
    let Some(expected) = expected else {
        return Some(t!(lang, "syntax-message", description = description));
    };
    let parts: Vec<&str> = expected.split(", ").collect();
    let words = parts
        .iter()
        .map(|p| part("syntax-expected-", p, lang).or_else(|| is_code(p).then(|| p.to_string())))
        .collect::<Option<Vec<_>>>()?;
    Some(t!(
        lang,
        "syntax-message-expected",
        description = description,
        expected = words.join(", "),
        n = parts.len()
    ))
}

/// The catalogue's text for one part of a message, by the id `prefix` + its words.
fn part(prefix: &str, text: &str, lang: Lang) -> Option<String> {
    i18n::find(
        lang,
        &format!("{prefix}{}", slug(text)),
        &[] as &[(&str, Arg)],
    )
}

/// A part that is the file's own characters, not words: `` `=` ``, `'`'`, `+OFFSET`.
fn is_code(part: &str) -> bool {
    let mut quoted = false;
    for c in part.chars() {
        if c == '`' {
            quoted = !quoted;
        } else if !quoted && c.is_ascii_lowercase() {
            return false;
        }
    }
    !part.is_empty()
}

/// The words of `text` as an id: lower case, every run of other characters one `-`.
fn slug(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_owned()
}

#[cfg(test)]
mod tests {
    use toml::de::DeTable;

    use super::*;

    /// Files that make the parser say most of what it can say.
    const BROKEN: &[&str] = &[
        "a = 2026-13-01\nb = 2026-02-30\nc = 2026-1-1\nd = 2026-04-31\n",
        "a = 2026-01-0\nb = 2026-01\nc = 25:00:00\nd = 12:60:00\ne = 12:00:61\n",
        "a = 1979-05-27T07:32:00X\nb = 2026-01-01T\nc = 12:0\n",
        "a = \"abc\nb = 'abc\nc = \"\"\"abc\n",
        "a = tru\nb = 0x\nc = 1__0\nd = 01\ne = +0x10\nf = 0X10\ng = ++1\nh = 1.\ni = 1e\n",
        "a = [1 2]\nb = [1,,2]\nc = [1, = 2]\nd = [1\n",
        "a = { b = 1 c = 2 }\nd = { e = 1,, }\nf = { = 1 }\ng = { h = 1\n",
        "a == 1\nb = 1 = 2\nc\n= 3\nd = \n[e\n[[f]\n[g]]\n",
        "k. = 3\n\"\"\"x\"\"\" = 1\n'''y''' = 2\nz = \"\\u12\"\nw = \"\\\"\n",
        "a = 1 # ok\nb = 1 x\n[t]\nc = 1\n[t]\nc = 2\nd = 1\nd = 2\n",
        "a = \"x\\q\"\nb = 'x\u{7}'\n# bell \u{7}\nc = 1\r\nd = 2\r",
        "a = -0b1\nb = 0b2\nc = 0o9\nd = 0xZ\ne = 1_\nf = _1\ng = 1.e5\nh = inf1\n",
    ];

    fn raw_messages() -> Vec<String> {
        let mut out = Vec::new();
        for text in BROKEN {
            let (_, errors) = DeTable::parse_recoverable(text);
            out.extend(errors.iter().map(|e| e.message().trim().to_owned()));
        }
        out
    }

    #[test]
    fn every_message_the_parser_gives_is_in_swedish() {
        let raw = raw_messages();
        assert!(raw.len() > 40, "the files break the parser: {raw:#?}");
        let missing: Vec<&String> = raw
            .iter()
            .filter(|m| translate(m, None, Lang::Sv).is_none())
            .collect();
        assert!(
            missing.is_empty(),
            "no Swedish for the parser's {missing:#?}"
        );
    }

    #[test]
    fn english_is_the_parsers_own_words() {
        for m in raw_messages() {
            assert_eq!(message(&m, None, Lang::En), format!("TOML: {m}"));
        }
    }

    #[test]
    fn swedish_reads_as_swedish() {
        assert_eq!(
            message(
                "invalid date, expected month between 01 and 12",
                None,
                Lang::Sv
            ),
            "TOML: ogiltigt datum – här väntas en månad mellan 01 och 12"
        );
        assert_eq!(
            message(
                "unexpected key or value, expected newline, `#`",
                None,
                Lang::Sv
            ),
            "TOML: oväntad nyckel eller oväntat värde – här väntas något av: en radbrytning, `#`"
        );
        assert_eq!(
            message("duplicate key", Some("id"), Lang::Sv),
            "TOML: nyckeln `id` finns redan"
        );
        assert_eq!(
            message("duplicate key", Some("id"), Lang::En),
            "TOML: duplicate key `id`"
        );
    }

    #[test]
    fn an_unknown_message_is_kept_as_the_parser_wrote_it() {
        assert_eq!(
            message("a brand new complaint", None, Lang::Sv),
            "TOML: a brand new complaint"
        );
        assert_eq!(
            message("invalid date, expected a brand new thing", None, Lang::Sv),
            "TOML: invalid date, expected a brand new thing"
        );
    }
}
