//! The man pages, generated from the clap declaration in [`cli`](crate::cli) so that
//! they never drift from `--help`: `intplan(1)` and one page per command and
//! subcommand (`intplan-check(1)`, `intplan-item-add(1)`, ...), each with the
//! sections a man page reader looks for: EXIT STATUS, ENVIRONMENT, FILES, EXAMPLES
//! (the examples of the command's `--help`) and a SEE ALSO that names only pages
//! that are generated with it. Like `--help`, the pages are in English.

use std::io::{self, Write};

use clap::{Command, CommandFactory};
use clap_mangen::Man;

use crate::cli::Cli;

/// One man page: its file name (`intplan-item-add.1`) and its roff text.
pub struct Page {
    /// The file name, `<name>.1`.
    pub file: String,
    /// The page, in roff.
    pub text: Vec<u8>,
}

/// The command line, built so that every subcommand knows its full name.
fn root() -> Command {
    let mut cmd = Cli::command().disable_help_subcommand(true);
    cmd.build();
    cmd
}

/// The page name of a command: `intplan`, `intplan-item-add`.
fn name(cmd: &Command) -> String {
    cmd.get_display_name().unwrap_or(cmd.get_name()).to_owned()
}

/// Every page, the main one first.
pub fn pages() -> io::Result<Vec<Page>> {
    let root = root();
    let mut all = Vec::new();
    collect(&root, None, &mut all);
    all.iter()
        .map(|(cmd, parent)| {
            Ok(Page {
                file: format!("{}.1", name(cmd)),
                text: render(cmd, &see_also(cmd, parent.as_deref(), &all))?,
            })
        })
        .collect()
}

/// The main page, `intplan(1)`, alone; its SEE ALSO names the pages `--dir` writes.
pub fn main_page() -> io::Result<Vec<u8>> {
    let root = root();
    let mut all = Vec::new();
    collect(&root, None, &mut all);
    render(&root, &see_also(&root, None, &all))
}

/// Each command with the page name of its parent.
type Node<'a> = (&'a Command, Option<String>);

fn collect<'a>(cmd: &'a Command, parent: Option<String>, out: &mut Vec<Node<'a>>) {
    out.push((cmd, parent));
    for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
        collect(sub, Some(name(cmd)), out);
    }
}

/// The pages a page points to: the main page names every other page; a command's
/// page names the main page, its parent and its own subcommands.
fn see_also(cmd: &Command, parent: Option<&str>, all: &[Node<'_>]) -> Vec<String> {
    let this = name(cmd);
    let Some(parent) = parent else {
        return all.iter().skip(1).map(|(c, _)| name(c)).collect();
    };
    let main = name(all[0].0);
    let mut refs = vec![main.clone()];
    if parent != main {
        refs.push(parent.to_owned());
    }
    refs.extend(
        all.iter()
            .filter(|(_, p)| p.as_deref() == Some(this.as_str()))
            .map(|(c, _)| name(c)),
    );
    refs
}

fn render(cmd: &Command, see_also: &[String]) -> io::Result<Vec<u8>> {
    let man = Man::new(cmd.clone());
    let mut out = Vec::new();
    // The title line by hand: clap_mangen drops an empty date, which shifts the
    // source and manual into the wrong fields of `.TH`.
    writeln!(
        out,
        ".TH {} 1 \"\" \"intplan {}\" \"intplan manual\"",
        escape(&name(cmd)),
        env!("CARGO_PKG_VERSION")
    )?;
    man.render_name_section(&mut out)?;
    man.render_synopsis_section(&mut out)?;
    man.render_description_section(&mut out)?;
    if cmd.get_arguments().any(|a| !a.is_hide_set()) {
        man.render_options_section(&mut out)?;
    }
    if cmd.get_subcommands().any(|s| !s.is_hide_set()) {
        man.render_subcommands_section(&mut out)?;
    }
    out.write_all(FIXED.as_bytes())?;
    examples(cmd, &mut out)?;
    if cmd.get_version().is_some() {
        man.render_version_section(&mut out)?;
    }
    writeln!(out, ".SH \"SEE ALSO\"")?;
    let refs: Vec<String> = see_also
        .iter()
        .map(|n| format!("\\fB{}\\fR(1)", escape(n)))
        .collect();
    writeln!(out, "{}", refs.join(", "))?;
    Ok(out)
}

/// The sections every page shares: what the exit codes mean, the variables read,
/// and the files of a plan folder.
const FIXED: &str = r#".SH "EXIT STATUS"
.TP
\fB0\fR
Success; \fBcheck\fR found no errors (warnings are allowed unless \fB\-\-strict\fR).
.TP
\fB1\fR
\fBcheck\fR found errors (or warnings under \fB\-\-strict\fR); a report's plan does not load; an edit was refused because the result would be invalid; \fBoverdue \-\-exit\-code\fR found overdue items.
.TP
\fB2\fR
Usage error (an unknown option, item id, goal or year), or a file or folder that cannot be read or written.
.SH ENVIRONMENT
.TP
\fBINTPLAN_PLAN\fR
The plan folder, as \fB\-\-plan\fR (default \fIplans\fR).
.TP
\fBINTPLAN_LANG\fR
\fBen\fR or \fBsv\fR, as \fB\-\-lang\fR.
.TP
\fBLC_ALL\fR, \fBLANG\fR
Without \fB\-\-lang\fR or \fBINTPLAN_LANG\fR: Swedish when the locale starts with \fBsv\fR, else English.
.TP
\fBNO_COLOR\fR
Any value: no colour, as \fB\-\-color never\fR.
.TP
\fBINTPLAN_COMPLETE\fR
Set by the completion scripts of \fBintplan completions\fR when they ask for candidates; not for use by hand.
.SH FILES
.TP
\fIplans/strategy.toml\fR
The strategy: areas and goals, in Swedish and English.
.TP
\fIplans/YYYY\-YY/plan.toml\fR
The board's action plan for one operating year: [plan], [goals.*] and [[item]].
.TP
\fIplans/YYYY\-YY/*.toml\fR
A unit's own items ([[item]] only), such as \fId\-sektionen.toml\fR.
"#;

/// EXAMPLES: the lines under "Examples:" in the command's `--help`, as typed.
fn examples(cmd: &Command, out: &mut Vec<u8>) -> io::Result<()> {
    let Some(after) = cmd.get_after_help().map(|h| h.to_string()) else {
        return Ok(());
    };
    let lines: Vec<&str> = after
        .lines()
        .skip_while(|l| !l.starts_with("Examples:"))
        .skip(1)
        .collect();
    if lines.is_empty() {
        return Ok(());
    }
    writeln!(out, ".SH EXAMPLES\n.nf\n.RS 4")?;
    for line in lines {
        writeln!(out, "{}", escape(line.strip_prefix("  ").unwrap_or(line)))?;
    }
    writeln!(out, ".RE\n.fi")
}

/// Text for a roff line: backslashes, hyphens and a leading control character made
/// literal.
fn escape(text: &str) -> String {
    let body = text.replace('\\', "\\e").replace('-', "\\-");
    if body.starts_with(['.', '\'']) {
        format!("\\&{body}")
    } else {
        body
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_makes_roff_literal() {
        assert_eq!(escape(".x \\ a-b"), "\\&.x \\e a\\-b");
    }
}
