//! `intplan` keeps Chalmers Student Union's internationalisation action plan in TOML
//! files and checks and reports on it. Data flows one way: [`load`] reads files into
//! the [`model`] (through [`decode`]), [`check`] finds problems as [`diagnostic`]s,
//! [`report`]s compute what the board asks for, and [`render`] formats it. [`run`]
//! wires one command line through that flow. [`edit`] and [`init`] change the
//! files in place, checking the result with the same code before writing it.

pub mod board;
pub mod check;
pub mod cli;
pub mod decode;
pub mod diagnostic;
pub mod edit;
pub mod history;
pub mod i18n;
pub mod init;
pub mod load;
pub mod model;
pub mod output;
pub mod parse;
pub mod render;
pub mod report;
pub mod run;
pub mod schedule;
pub mod schema;
pub mod shell;
pub mod source;
pub mod suggest;
