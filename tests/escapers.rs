//! Every escaper, proved against a real reader of its format: any string goes in,
//! the written document is parsed back (pulldown-cmark for Markdown, the csv crate,
//! the icalendar parser, html5ever through scraper, the GitHub Actions runner's own
//! unescaping), and the text comes back exactly, in the same place, with the table
//! shape unchanged. Where a format cannot carry a character at all the test says
//! which and what is written instead (U+0000 in Markdown and HTML, CR in iCalendar,
//! the apostrophe that neutralises a spreadsheet formula).

use std::fs;
use std::path::Path;

use intplan::diagnostic::{self, Code, Diagnostic};
use intplan::i18n::Lang;
use intplan::output::visible;
use intplan::render::document::Document;
use intplan::render::{Cell, Table, csv as csv_out, html, markdown};
use intplan::repo_path::RepoPaths;
use intplan::source::Sources;
use proptest::prelude::*;
use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

/// Strings a hostile or careless hand writes: any Unicode, and a good share of the
/// characters each format gives a meaning to.
fn text() -> impl Strategy<Value = String> {
    let special = prop::sample::select(vec![
        "\\",
        "`",
        "*",
        "_",
        "[",
        "]",
        "<",
        ">",
        "#",
        "|",
        "~",
        "&",
        "$",
        "!",
        "(",
        ")",
        "-",
        "+",
        "=",
        "1.",
        "2)",
        " ",
        "  ",
        "\t",
        "\n",
        "\r",
        "\r\n",
        "\0",
        "\u{1b}",
        "\u{7f}",
        "\u{85}",
        "\u{9b}",
        "\u{202e}",
        "\u{200b}",
        "\u{feff}",
        "&amp;",
        "&#10;",
        "%",
        "%0A",
        "%25",
        ":",
        ",",
        ";",
        "\"",
        "'",
        "=SUM(A1)",
        "@",
        "é",
        "ö",
        "中",
        "👩‍💻",
        "<script>",
        "**",
        "__",
        "~~",
        "```",
        "---",
        "> ",
        "# ",
        "- ",
        "\\|",
        "| a |",
    ]);
    prop_oneof![
        any::<String>(),
        prop::collection::vec(
            prop_oneof![
                special.prop_map(str::to_owned),
                any::<char>().prop_map(String::from)
            ],
            0..12
        )
        .prop_map(|parts| parts.concat()),
    ]
}

/// A table whose title, headers, cells, notes and empty line all hold `s`.
fn table_with(s: &str) -> Table {
    Table {
        title: Some(s.to_owned()),
        headers: vec![s.to_owned(), "b".to_owned(), "c".to_owned()],
        numeric: vec![false, true, false],
        long: vec![true, false, false],
        rows: vec![
            vec![Cell::from(s), Cell::from("1"), Cell::from("x")],
            vec![Cell::from("y"), Cell::from(s), Cell::from(s)],
        ],
        notes: vec![s.to_owned()],
        empty: s.to_owned(),
        optional: Vec::new(),
    }
}

/// A Markdown document as a reader sees it: each heading, each paragraph and each
/// table row as its cells, every text as the reader decodes it. Anything that is not
/// plain text (emphasis, code, a link, HTML, a list, a quote) shows as a marker, so
/// a test comparing texts sees it.
#[derive(Debug, Default, PartialEq)]
struct Read {
    headings: Vec<String>,
    paragraphs: Vec<String>,
    rows: Vec<Vec<String>>,
}

fn read_markdown(doc: &str) -> Read {
    let options = Options::ENABLE_TABLES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_MATH
        | Options::ENABLE_GFM;
    let mut read = Read::default();
    let mut current = String::new();
    for event in Parser::new_ext(doc, options) {
        match event {
            Event::Text(t) => current.push_str(&t),
            Event::Start(Tag::Heading { .. } | Tag::Paragraph | Tag::TableCell) => {
                current.clear();
            }
            Event::End(TagEnd::Heading(_)) => read.headings.push(std::mem::take(&mut current)),
            Event::End(TagEnd::Paragraph) => read.paragraphs.push(std::mem::take(&mut current)),
            Event::Start(Tag::TableRow | Tag::TableHead) => read.rows.push(Vec::new()),
            Event::End(TagEnd::TableCell) => {
                read.rows
                    .last_mut()
                    .unwrap()
                    .push(std::mem::take(&mut current));
            }
            Event::Start(Tag::Table(_))
            | Event::End(TagEnd::Table | TagEnd::TableRow | TagEnd::TableHead) => {}
            other => current.push_str(&format!("«{other:?}»")),
        }
    }
    read
}

/// What a Markdown reader gets back for `s`: all of it, but U+0000, which Markdown
/// cannot carry (readers turn it into U+FFFD), is written as `\u{0}`.
fn markdown_text(s: &str) -> String {
    s.replace('\0', r"\u{0}")
}

fn assert_markdown_round_trip(s: &str) -> Result<(), TestCaseError> {
    let mut out = Vec::new();
    markdown::write(&mut out, &table_with(s)).unwrap();
    let doc = String::from_utf8(out).unwrap();
    let read = read_markdown(&doc);
    let want = markdown_text(s);
    let cells = |r: &[&str]| r.iter().map(|c| (*c).to_owned()).collect::<Vec<_>>();
    let expected = Read {
        headings: vec![want.clone()],
        // An empty paragraph is no paragraph: nothing is lost.
        paragraphs: if want.is_empty() {
            vec![]
        } else {
            vec![want.clone()]
        },
        rows: vec![
            cells(&[&want, "b", "c"]),
            cells(&[&want, "1", "x"]),
            cells(&["y", &want, &want]),
        ],
    };
    prop_assert_eq!(read, expected, "{:?} was written as\n{}", s, doc);
    Ok(())
}

/// The toolkit's unescaping of a workflow command's message (actions/runner,
/// `ActionCommand.UnescapeValue`): `%0D`, `%0A`, then `%25`.
fn unescape_data(s: &str) -> String {
    s.replace("%0D", "\r")
        .replace("%0A", "\n")
        .replace("%25", "%")
}

/// The same for a property value, which also has `%3A` and `%2C`.
fn unescape_property(s: &str) -> String {
    s.replace("%0D", "\r")
        .replace("%0A", "\n")
        .replace("%3A", ":")
        .replace("%2C", ",")
        .replace("%25", "%")
}

/// Reads one workflow command line as the runner does: `::name props::message`,
/// the properties split at `,` and each at its first `=`.
fn read_command(line: &str) -> (String, Vec<(String, String)>, String) {
    let rest = line.strip_prefix("::").unwrap();
    let end = rest.find("::").unwrap();
    let (head, message) = (&rest[..end], &rest[end + 2..]);
    let (name, props) = head.split_once(' ').unwrap_or((head, ""));
    let props = props
        .split(',')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let (k, v) = p.split_once('=').unwrap();
            (k.to_owned(), unescape_property(v))
        })
        .collect();
    (name.to_owned(), props, unescape_data(message))
}

/// scraper's view of an element's text, all its pieces joined.
fn texts(doc: &scraper::Html, selector: &str) -> Vec<String> {
    let selector = scraper::Selector::parse(selector).unwrap();
    doc.select(&selector).map(|e| e.text().collect()).collect()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 500, ..ProptestConfig::default() })]

    #[test]
    fn markdown_gives_back_every_string_in_its_place(s in text()) {
        assert_markdown_round_trip(&s)?;
    }

    #[test]
    fn csv_gives_back_every_string_in_its_place(s in text()) {
        let mut out = Vec::new();
        // The header row is intplan's own words; a reader drops a byte-order mark
        // at the start of the file, so plan text is tested in the rows.
        let table = Table { headers: vec!["a".into(), "b".into(), "c".into()], ..table_with(&s) };
        csv_out::write(&mut out, &table).unwrap();
        let mut reader = csv::ReaderBuilder::new().has_headers(false).from_reader(out.as_slice());
        let rows: Vec<Vec<String>> = reader
            .records()
            .map(|r| r.unwrap().iter().map(str::to_owned).collect())
            .collect();
        // A cell a spreadsheet would run as a formula gets one leading apostrophe.
        let cell = csv_out::neutralise(&s);
        let quoted = format!("'{s}");
        prop_assert!(cell == s || cell == quoted);
        let expected = vec![
            vec!["a".to_owned(), "b".to_owned(), "c".to_owned()],
            vec![cell.clone(), "1".to_owned(), "x".to_owned()],
            vec!["y".to_owned(), cell.clone(), cell],
        ];
        prop_assert_eq!(rows, expected);
    }

    #[test]
    fn html_gives_back_every_string_in_its_place(s in text()) {
        let doc = Document {
            title: s.clone(),
            lines: vec![s.clone()],
            charts: None,
            sections: vec![table_with(&s)],
            trends: None,
        };
        let mut out = Vec::new();
        html::write(&mut out, &doc, Lang::En).unwrap();
        let page = scraper::Html::parse_document(&String::from_utf8(out).unwrap());
        // A character a reader cannot see is written out, as on a terminal (HTML
        // cannot carry control characters, and a bidi override turns text around);
        // a carriage return is a line break, as HTML reads CR LF and CR.
        let want: String = (s.replace("\r\n", "\n").chars())
            .map(|c| match c {
                '\r' => "\n".to_owned(),
                c if intplan::output::is_hidden(c) => intplan::output::shown(c),
                c => c.to_string(),
            })
            .collect();
        prop_assert_eq!(texts(&page, "title"), vec![want.clone()]);
        prop_assert_eq!(texts(&page, "h1"), vec![want.clone()]);
        prop_assert_eq!(texts(&page, "h2"), vec![want.clone()]);
        prop_assert_eq!(texts(&page, "main > p"), vec![want.clone()]);
        prop_assert_eq!(texts(&page, "p.note"), vec![want.clone()]);
        prop_assert_eq!(texts(&page, "thead th"), vec![want.clone(), "b".into(), "c".into()]);
        prop_assert_eq!(
            texts(&page, "tbody td"),
            vec![want.clone(), "1".into(), "x".into(), "y".into(), want.clone(), want]
        );
    }

    #[test]
    fn github_annotations_give_back_every_message_and_path(s in text(), path in text()) {
        let mut sources = Sources::default();
        let file = sources.add(path.clone().into(), "a = 1\n".to_owned());
        let d = Diagnostic::new(Code::InvalidValue, file, 0..1, s.clone()).with_help(s.clone());
        let mut out = Vec::new();
        // Paths are shown from the top of the repository (or the current folder);
        // what is tested here is that the shown path survives the escaping.
        let paths = RepoPaths::for_plan(Path::new("."));
        diagnostic::write_github(&mut out, &[d], &sources, &paths).unwrap();
        let out = String::from_utf8(out).unwrap();
        prop_assert_eq!(out.matches('\n').count(), 1, "one line: {:?}", out);
        let (name, props, message) = read_command(out.trim_end_matches('\n'));
        prop_assert_eq!(name, "error");
        // Plan text is shown visibly (a log viewer obeys escape sequences), then
        // escaped exactly.
        let want_path = visible(&paths.show(Path::new(&path))).into_owned();
        prop_assert_eq!(&props[0], &("file".to_owned(), want_path));
        prop_assert_eq!(&props[1], &("line".to_owned(), "1".to_owned()));
        prop_assert_eq!(&props[3], &("title".to_owned(), "invalid-value".to_owned()));
        prop_assert_eq!(message, format!("{}\n{}", visible(&s), visible(&s)));
    }
}

/// A plan whose one item has `s` as its title and description, in `dir`.
fn plan_with_text(dir: &Path, s: &str) {
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/minimal");
    fs::create_dir_all(dir.join("2026-27")).unwrap();
    fs::copy(fixtures.join("strategy.toml"), dir.join("strategy.toml")).unwrap();
    let escaped: String = s
        .chars()
        .map(|c| format!("\\U{:08X}", u32::from(c)))
        .collect();
    let plan = fs::read_to_string(fixtures.join("2026-27/plan.toml"))
        .unwrap()
        .replace(
            "title = { sv = \"Programråd\", en = \"Programme boards\" }",
            &format!("title = \"{escaped}\"\ndescription = \"{escaped}\""),
        );
    fs::write(dir.join("2026-27/plan.toml"), plan).unwrap();
}

proptest! {
    // Each case runs the binary: fewer cases, each a whole export.
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn ics_gives_back_every_string_in_its_place(s in text()) {
        use icalendar::Component;
        let tmp = tempfile::tempdir().unwrap();
        plan_with_text(tmp.path(), &s);
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_intplan"))
            .arg("-p")
            .arg(tmp.path())
            .args(["export", "--format", "ics", "--as-of", "2026-11-28"])
            .output()
            .unwrap();
        let ics = String::from_utf8(out.stdout).unwrap();
        // Every content line ends in CR LF and holds no other line break.
        for line in ics.split_terminator("\r\n") {
            prop_assert!(!line.contains(['\r', '\n']), "{:?} in\n{}", line, ics);
        }
        let calendar: icalendar::Calendar = ics.parse().unwrap();
        let events: Vec<_> = calendar.components.iter().filter_map(|c| c.as_event()).collect();
        prop_assert_eq!(events.len(), 1);
        // iCalendar has one line break and no carriage return: CR LF and a lone CR
        // are that line break.
        let want = s.replace("\r\n", "\n").replace('\r', "\n");
        let summary = format!("[1a] {want} (Utbildningsenheten)");
        prop_assert_eq!(events[0].get_summary(), Some(summary.as_str()));
        let description = events[0].get_description().unwrap();
        prop_assert_eq!(description.split_once('\n').map(|(_, rest)| rest), Some(want.as_str()));
        prop_assert_eq!(events[0].get_uid(), Some("2026-27-1a-1@intplan"));
    }
}

/// For each character of the Markdown escaper's set, the texts that it must be
/// escaped for: leaving any one character out of the set makes one of them come
/// back changed (checked by taking each out in turn).
const PROBES: &[(char, &[&str])] = &[
    ('\\', &[r"a\|b", r"\*x*", r"a\_b_"]),
    ('`', &["`code`", "a `b` c"]),
    ('*', &["*em*", "**strong**"]),
    ('_', &["_em_", "__strong__"]),
    ('[', &["[x](http://e.org)", "[ ] task", "[^1]"]),
    ('<', &["<b>bold</b>", "<http://e.org>"]),
    ('>', &["> quoted"]),
    ('#', &["# heading", "Plan #", "Plan ##"]),
    ('|', &["a | b"]),
    ('~', &["~~struck~~"]),
    ('&', &["&amp;", "&#65;"]),
    ('$', &["$x^2$", "$$y$$"]),
];

#[test]
fn every_character_of_the_markdown_escape_set_has_probes() {
    assert_eq!(
        PROBES.iter().map(|(c, _)| *c).collect::<Vec<_>>(),
        markdown::MARKUP,
        "a probe for each character of the set, in its order"
    );
}

#[test]
fn every_character_of_the_markdown_escape_set_is_needed() {
    for (_, texts) in PROBES {
        for s in *texts {
            assert_markdown_round_trip(s).unwrap();
        }
    }
    for s in [
        "- item",
        "+ item",
        "1. item",
        "12) item",
        "  indented",
        "    code",
        "trailing  ",
    ] {
        assert_markdown_round_trip(s).unwrap();
    }
}
