//! `intplan` keeps Chalmers Student Union's internationalisation action plan in TOML
//! files and checks and reports on it. Data flows one way: [`load`] reads files into
//! the [`model`] (through [`decode`]), [`check`] finds problems as [`diagnostic`]s,
//! [`report`]s compute what the board asks for, and [`render`] formats it.
//! [`commands`] wires one command line ([`cli`]) through that flow, one module per
//! family of commands; the edit commands and `init` change the files in place
//! through the one transaction of [`edit`], which checks the result with the same
//! code before writing it.

pub mod argv;
pub mod check;
pub mod cli;
pub mod commands;
pub mod complete;
pub(crate) mod decode;
pub mod diagnostic;
pub(crate) mod edit;
pub mod exit;
pub(crate) mod figure;
pub(crate) mod history;
pub mod i18n;
pub mod load;
pub(crate) mod man;
pub mod model;
pub(crate) mod outcome;
pub mod output;
pub(crate) mod parallel;
pub(crate) mod parse;
pub mod render;
pub mod repo_path;
pub mod report;
pub mod schedule;
pub(crate) mod schema;
pub(crate) mod settings;
pub mod source;
mod split;
pub(crate) mod suggest;
pub(crate) mod syntax;
pub mod usage;
pub(crate) mod vocab;
