//! The generated outputs that need no plan: `schema` (the JSON Schema of the plan
//! files), `completions` and `man`, the last two generated from the clap
//! declaration in [`cli`](crate::cli) so they never drift from `--help`.

use std::io::{self, Write};

use std::fs;

use anyhow::{Context, Result};

use crate::cli::{CompletionsArgs, ManArgs, SchemaArgs};
use crate::exit::Exit;
use crate::i18n::Lang;
use crate::output::Output;
use crate::t;

/// Runs `schema`.
pub(super) fn schema(args: &SchemaArgs, out: &mut Output) -> Result<Exit> {
    print(out, |w| crate::schema::write(w, args.file))
}

/// Runs `completions`: the script for the shell, for the binary named `intplan`.
pub(super) fn completions(args: &CompletionsArgs, out: &mut Output) -> Result<Exit> {
    print(out, |w| crate::complete::registration(args.shell, w))
}

/// Runs `man`: `intplan(1)` in roff on stdout, or with `--dir` every page written
/// to the folder and its path printed.
pub(super) fn man(args: &ManArgs, lang: Lang, out: &mut Output) -> Result<Exit> {
    let Some(dir) = &args.dir else {
        return print(out, |w| w.write_all(&crate::man::main_page()?));
    };
    fs::create_dir_all(dir)
        .with_context(|| t!(lang, "cli-cannot-create", path = dir.display().to_string()))?;
    for page in crate::man::pages()? {
        let path = dir.join(&page.file);
        fs::write(&path, &page.text).with_context(|| {
            t!(
                lang,
                "report-cannot-write",
                path = path.display().to_string()
            )
        })?;
        writeln!(out.stdout, "{}", path.display())?;
    }
    out.stdout.flush()?;
    Ok(Exit::Ok)
}

/// Writes what a command prints to standard output.
fn print(out: &mut Output, write: impl FnOnce(&mut dyn Write) -> io::Result<()>) -> Result<Exit> {
    write(&mut out.stdout)?;
    out.stdout.flush()?;
    Ok(Exit::Ok)
}
