//! The generated outputs that need no plan: `schema` (the JSON Schema of the plan
//! files), `completions` and `man`, the last two generated from the clap
//! declaration in [`cli`](crate::cli) so they never drift from `--help`.

use std::io::{self, Write};

use anyhow::Result;
use clap::CommandFactory;

use crate::cli::{Cli, CompletionsArgs, SchemaArgs};
use crate::exit::Exit;
use crate::output::Output;

/// Runs `schema`.
pub(super) fn schema(args: &SchemaArgs, out: &mut Output) -> Result<Exit> {
    print(out, |w| crate::schema::write(w, args.file))
}

/// Runs `completions`: the script for the shell, for the binary named `intplan`.
pub(super) fn completions(args: &CompletionsArgs, out: &mut Output) -> Result<Exit> {
    print(out, |w| crate::complete::registration(args.shell, w))
}

/// Runs `man`: the man page, `intplan(1)` in roff.
pub(super) fn man(out: &mut Output) -> Result<Exit> {
    print(out, |w| clap_mangen::Man::new(Cli::command()).render(w))
}

/// Writes what a command prints to standard output.
fn print(out: &mut Output, write: impl FnOnce(&mut dyn Write) -> io::Result<()>) -> Result<Exit> {
    write(&mut out.stdout)?;
    out.stdout.flush()?;
    Ok(Exit::Ok)
}
