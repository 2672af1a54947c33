//! `intplan completions` and `intplan man`: the shell completion scripts and the man
//! page, both generated from the clap declaration in [`cli`](crate::cli) so they
//! never drift from `--help`. Like every other output, they go to the `Write` given.

use std::io::{self, Write};

use clap::CommandFactory;
use clap_complete::{Generator, Shell};

use crate::cli::Cli;

/// Writes the completion script for `shell`, for the binary named `intplan`.
pub fn completions(out: &mut dyn Write, shell: Shell) -> io::Result<()> {
    // `try_generate`, not `generate`: the latter panics when the reader has gone.
    let mut command = Cli::command().bin_name("intplan");
    command.build();
    shell.try_generate(&command, out)
}

/// Writes the man page, `intplan(1)` in roff.
pub fn man(out: &mut dyn Write) -> io::Result<()> {
    clap_mangen::Man::new(Cli::command()).render(out)
}
