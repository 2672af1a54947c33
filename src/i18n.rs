//! The two languages every human-readable output exists in (goal 2b of the strategy:
//! international students must be able to take part in the union's information).
//! Every word a person reads comes from one catalogue per language, in Project
//! Fluent files under `i18n/en/` and `i18n/sv/` that a Swedish speaker can edit
//! without knowing Rust; code asks for a message by id with [`t!`](crate::t). The
//! catalogue is split by domain (one file per family of commands) only so that
//! people working on different commands do not edit the same file.

use std::sync::OnceLock;

use chrono::NaiveDate;
use clap::ValueEnum;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

/// An output language. English is the default because the tool's users include
/// international students who read no Swedish.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, ValueEnum)]
pub enum Lang {
    /// English.
    #[default]
    En,
    /// Svenska.
    Sv,
}

impl Lang {
    /// The language when `--lang` is not given: `INTPLAN_LANG` (handled by clap), then
    /// a POSIX locale (`LC_ALL` before `LANG`, as libc reads them) that starts with `sv`.
    pub fn from_locale(lc_all: Option<&str>, lang: Option<&str>) -> Lang {
        let locale = lc_all.filter(|v| !v.is_empty()).or(lang).unwrap_or("");
        if locale.starts_with("sv") {
            Lang::Sv
        } else {
            Lang::En
        }
    }

    /// The BCP 47 tag, for `<html lang>` and the plural rules.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Sv => "sv",
        }
    }
}

/// Lists the catalogue's domains once: each names `i18n/en/<domain>.ftl` and
/// `i18n/sv/<domain>.ftl`, embedded in the binary so it needs no files at run time.
macro_rules! catalogue {
    ($($domain:literal),* $(,)?) => {
        /// Every catalogue file: (domain, English text, Swedish text).
        pub(crate) const FILES: &[(&str, &str, &str)] = &[$((
            $domain,
            include_str!(concat!("../i18n/en/", $domain, ".ftl")),
            include_str!(concat!("../i18n/sv/", $domain, ".ftl")),
        ),)*];
    };
}

catalogue!(
    "common",
    "vocab",
    "items",
    "check",
    "cli",
    "indicators",
    "followup",
    "units",
    "load",
    "output",
    "edit",
    "init",
    "report",
    "week",
    "diff",
    "history",
    "decode",
    "rules",
    "syntax"
);

/// A value for a message's variable: text, or a number (which also chooses the
/// plural form, "1 item" / "2 items").
#[derive(Clone, Debug, PartialEq)]
pub enum Arg {
    /// Text, shown as it is.
    Text(String),
    /// A whole number.
    Int(i64),
    /// A decimal number.
    Float(f64),
}

impl From<&str> for Arg {
    fn from(s: &str) -> Self {
        Arg::Text(s.to_owned())
    }
}

impl From<String> for Arg {
    fn from(s: String) -> Self {
        Arg::Text(s)
    }
}

impl From<&String> for Arg {
    fn from(s: &String) -> Self {
        Arg::Text(s.clone())
    }
}

impl From<&crate::model::Name> for Arg {
    fn from(s: &crate::model::Name) -> Self {
        Arg::Text(s.to_string())
    }
}

impl From<NaiveDate> for Arg {
    fn from(d: NaiveDate) -> Self {
        Arg::Text(d.to_string())
    }
}

impl From<&NaiveDate> for Arg {
    fn from(d: &NaiveDate) -> Self {
        Arg::Text(d.to_string())
    }
}

impl From<f64> for Arg {
    fn from(n: f64) -> Self {
        Arg::Float(n)
    }
}

macro_rules! int_arg {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(n: $t) -> Self {
                Arg::Int(i64::try_from(n).unwrap_or(i64::MAX))
            }
        }
        impl From<&$t> for Arg {
            fn from(n: &$t) -> Self {
                Arg::from(*n)
            }
        }
    )*};
}

int_arg!(i32, i64, u32, u64, usize);

impl Arg {
    fn value(&self) -> FluentValue<'_> {
        match self {
            Arg::Text(s) => FluentValue::from(s.as_str()),
            // Whole numbers are exact in an f64 up to 2^53, far past any count here.
            Arg::Int(n) => FluentValue::from(*n),
            Arg::Float(n) => FluentValue::from(*n),
        }
    }
}

type Bundle = FluentBundle<FluentResource>;

/// Builds one language's bundle from its files. Fluent's bidi isolation marks
/// (U+2068, U+2069) around values are turned off: the output is plain text for
/// terminals, files and spreadsheets, where they would show as stray characters.
fn bundle(lang: Lang) -> Bundle {
    let tag = lang.tag().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![tag]);
    bundle.set_use_isolating(false);
    // NUMBER($n, type: "ordinal") chooses Swedish "2:a" / "3:e".
    let _ = bundle.add_builtins();
    for (_, en, sv) in FILES {
        let text = match lang {
            Lang::En => en,
            Lang::Sv => sv,
        };
        // A syntax error in a catalogue file is caught by the catalogue tests;
        // at run time the entries that parsed are still used.
        let resource = FluentResource::try_new(text.to_string()).unwrap_or_else(|(r, _)| r);
        let _ = bundle.add_resource(resource);
    }
    bundle
}

fn bundle_for(lang: Lang) -> &'static Bundle {
    static EN: OnceLock<Bundle> = OnceLock::new();
    static SV: OnceLock<Bundle> = OnceLock::new();
    match lang {
        Lang::En => EN.get_or_init(|| bundle(Lang::En)),
        Lang::Sv => SV.get_or_init(|| bundle(Lang::Sv)),
    }
}

/// The message `id` in `lang` with its variables filled in. A message missing from
/// the catalogue (the catalogue tests make sure none is) shows its id rather than
/// nothing, so a gap is visible and never a crash.
pub fn text(lang: Lang, id: &str, args: &[(&str, Arg)]) -> String {
    let bundle = bundle_for(lang);
    let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
        return id.to_owned();
    };
    let mut fluent_args = FluentArgs::with_capacity(args.len());
    for (name, value) in args {
        fluent_args.set(*name, value.value());
    }
    let mut errors = Vec::new();
    bundle
        .format_pattern(pattern, Some(&fluent_args), &mut errors)
        .into_owned()
}

/// The message `id` in `lang`, or `None` when the catalogue has no such message:
/// for ids made from text the tool does not own (the TOML parser's messages, see
/// `syntax.rs`), whose caller has a fallback.
pub fn find(lang: Lang, id: &str, args: &[(&str, Arg)]) -> Option<String> {
    bundle_for(lang)
        .has_message(id)
        .then(|| text(lang, id, args))
}

/// A message from the catalogue: `t!(lang, "count-items", n = 3)`. The
/// variables are named as in the `.ftl` files; numbers choose plural forms there.
#[macro_export]
macro_rules! t {
    ($lang:expr, $id:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::i18n::text(
            $lang,
            $id,
            &[$((stringify!($name), $crate::i18n::Arg::from($value))),*],
        )
    };
}

#[cfg(test)]
mod tests {
    use std::collections::{BTreeMap, BTreeSet};

    use super::*;

    #[test]
    fn locale_picks_swedish_only_for_sv() {
        assert_eq!(Lang::from_locale(None, Some("sv_SE.UTF-8")), Lang::Sv);
        assert_eq!(
            Lang::from_locale(Some("en_GB.UTF-8"), Some("sv_SE")),
            Lang::En
        );
        assert_eq!(Lang::from_locale(Some(""), Some("sv_SE")), Lang::Sv);
        assert_eq!(Lang::from_locale(None, Some("C.UTF-8")), Lang::En);
        assert_eq!(Lang::from_locale(None, None), Lang::En);
    }

    #[test]
    fn messages_choose_the_plural_form_of_each_language() {
        assert_eq!(t!(Lang::En, "count-items", n = 1), "1 item");
        assert_eq!(t!(Lang::En, "count-items", n = 2usize), "2 items");
        assert_eq!(t!(Lang::En, "count-items", n = 0), "0 items");
        assert_eq!(t!(Lang::Sv, "count-items", n = 1), "1 åtgärd");
        assert_eq!(t!(Lang::Sv, "count-items", n = 21), "21 åtgärder");
    }

    #[test]
    fn values_are_not_wrapped_in_isolation_marks() {
        let s = t!(Lang::En, "count-items", n = 3);
        assert!(!s.contains(['\u{2068}', '\u{2069}']), "{s:?}");
    }

    /// Every message of one catalogue file with the variables it uses.
    fn messages(text: &str) -> BTreeMap<String, BTreeSet<String>> {
        use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
        fn inline(e: &InlineExpression<&str>, vars: &mut BTreeSet<String>) {
            match e {
                InlineExpression::VariableReference { id } => {
                    vars.insert(id.name.to_owned());
                }
                InlineExpression::Placeable { expression } => expr(expression, vars),
                InlineExpression::FunctionReference { arguments, .. } => {
                    for a in &arguments.positional {
                        inline(a, vars);
                    }
                }
                _ => {}
            }
        }
        fn expr(e: &Expression<&str>, vars: &mut BTreeSet<String>) {
            match e {
                Expression::Inline(i) => inline(i, vars),
                Expression::Select { selector, variants } => {
                    inline(selector, vars);
                    for v in variants {
                        pattern(&v.value, vars);
                    }
                }
            }
        }
        fn pattern(p: &Pattern<&str>, vars: &mut BTreeSet<String>) {
            for element in &p.elements {
                if let PatternElement::Placeable { expression } = element {
                    expr(expression, vars);
                }
            }
        }
        let resource = fluent_syntax::parser::parse(text).unwrap_or_else(|(_, errors)| {
            panic!("catalogue syntax errors: {errors:?}");
        });
        let mut out = BTreeMap::new();
        for entry in &resource.body {
            match entry {
                Entry::Message(m) => {
                    let mut vars = BTreeSet::new();
                    if let Some(p) = &m.value {
                        pattern(p, &mut vars);
                    }
                    let fresh = out.insert(m.id.name.to_owned(), vars).is_none();
                    assert!(fresh, "message {} is defined twice", m.id.name);
                }
                Entry::Junk { content } => panic!("catalogue junk: {content}"),
                _ => {}
            }
        }
        out
    }

    #[test]
    fn both_catalogues_have_the_same_messages_with_the_same_variables() {
        let mut seen = BTreeSet::new();
        for (domain, en, sv) in FILES {
            let (en, sv) = (messages(en), messages(sv));
            let en_ids: Vec<_> = en.keys().collect();
            let sv_ids: Vec<_> = sv.keys().collect();
            assert_eq!(en_ids, sv_ids, "message ids of {domain}.ftl differ");
            for (id, vars) in &en {
                assert_eq!(Some(vars), sv.get(id), "variables of {id} differ");
                assert!(seen.insert(id.clone()), "{id} is in two domains");
            }
        }
    }

    /// Every source file under `src/`, by name, with its text.
    fn source_files() -> Vec<(String, String)> {
        fn walk(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
            for entry in std::fs::read_dir(dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    walk(&path, out);
                } else if path.extension().is_some_and(|e| e == "rs") {
                    out.push(path);
                }
            }
        }
        let mut files = Vec::new();
        walk(
            &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
            &mut files,
        );
        files
            .into_iter()
            .map(|f| {
                (
                    f.display().to_string(),
                    std::fs::read_to_string(&f).unwrap(),
                )
            })
            .collect()
    }

    /// The message ids the code asks for through the `t!` macro, by file.
    fn used_ids() -> Vec<(String, String)> {
        let mut ids = Vec::new();
        for (file, text) in source_files() {
            for (at, _) in text.match_indices("t!(") {
                if text[..at].ends_with(|c: char| c.is_alphanumeric() || c == '_') {
                    continue;
                }
                let rest = &text[at + 3..];
                let Some(comma) = rest.find(',') else {
                    continue;
                };
                let after = rest[comma + 1..].trim_start();
                if let Some(quoted) = after.strip_prefix('"') {
                    let id = &quoted[..quoted.find('"').unwrap()];
                    ids.push((file.clone(), id.to_owned()));
                }
            }
        }
        ids
    }

    /// Every string literal of the code shaped like a message id (`items-col-id`)
    /// whose first word starts some message id: ids kept in arrays or passed
    /// through a function reach the catalogue without `t!`, and must exist too.
    fn id_literals(prefixes: &BTreeSet<&str>) -> Vec<(String, String)> {
        let mut out = Vec::new();
        for (file, text) in source_files() {
            for literal in text.split('"').skip(1).step_by(2) {
                let shaped = literal.contains('-')
                    && !literal.split('-').any(str::is_empty)
                    && literal
                        .chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
                let prefix = literal.split('-').next().unwrap_or("");
                if shaped && prefixes.contains(prefix) {
                    out.push((file.clone(), literal.to_owned()));
                }
            }
        }
        out
    }

    #[test]
    fn every_message_the_code_uses_exists_in_both_languages() {
        let mut known = BTreeSet::new();
        for (_, en, _) in FILES {
            known.extend(messages(en).into_keys());
        }
        let used = used_ids();
        assert!(used.len() > 3, "the scan found the t! calls");
        let prefixes: BTreeSet<&str> = known.iter().filter_map(|id| id.split('-').next()).collect();
        let literals = id_literals(&prefixes);
        assert!(
            literals.iter().any(|(_, id)| id == "items-col-id"),
            "the scan reads string literals"
        );
        for (file, id) in used.into_iter().chain(literals) {
            assert!(
                known.contains(&id) || id == "no-such-message",
                "{file} uses {id}, which no catalogue has"
            );
        }
    }

    #[test]
    fn a_missing_message_shows_its_id() {
        assert_eq!(text(Lang::Sv, "no-such-message", &[]), "no-such-message");
    }
}
