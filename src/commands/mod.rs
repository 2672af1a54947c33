//! Carries out one parsed command line. One module per family of commands
//! (`check`, the reports, the board's documents, `item`, `init`, and the generated
//! `schema`/`completions`/`man`); this one dispatches and holds what the report
//! families share: choosing the year and refusing a plan that does not load.
//! Returns the exit code the contract gives; `Err` means a file or folder could not
//! be read (exit 2).

mod board;
mod check;
mod council;
mod init;
mod item;
mod reports;
mod schema;

use std::io::Write;

use anyhow::{Result, bail};

use crate::check::Context;
use crate::cli::{Cli, Command, ReportArgs};
use crate::diagnostic::{self, Counts, Severity};
use crate::exit::{Exit, Stop};
use crate::i18n::count;
use crate::load::Workspace;
use crate::output::Output;
use crate::report::Scope;
use crate::settings::Settings;
use crate::suggest::nearest;
use crate::tr;

/// Runs the command.
pub fn run(cli: &Cli, out: &mut Output) -> Result<Exit> {
    let settings = cli.global.settings();
    match &cli.command {
        Command::Schema(args) => schema::schema(args, out),
        Command::Completions(args) => schema::completions(args, out),
        Command::Man(args) => schema::man(args, out),
        Command::Item(cmd) => item::run(cmd, &settings, out),
        Command::Init(args) => init::run(args, &settings, out),
        Command::Check(args) => check::run(args, &settings, out),
        Command::Status(args) => reports::status(args, &settings, out),
        Command::Overdue(args) => reports::overdue(args, &settings, out),
        Command::Upcoming(args) => reports::upcoming(args, &settings, out),
        Command::Items(args) => reports::items(args, &settings, out),
        Command::Week(args) => board::week(args, &settings, out),
        Command::Diff(args) => board::diff(args, &settings, out),
        Command::Export(args) => board::export(args, &settings, out),
        Command::Indicators(args) => council::indicators(args, &settings, out),
        Command::Followup(args) => council::followup(args, &settings, cli.global.lang, out),
    }
}

/// The whole year, unfiltered: what `diff` and `export` look at.
static WHOLE: ReportArgs = ReportArgs {
    format: crate::render::Format::Table,
    owner: None,
    goal: None,
};

/// Picks the year and checks it. A year whose files do not parse gets no report: its
/// errors are shown and the command stops with exit 1 (in JSON mode with the error
/// object, so that stdout still holds one document); a year that parses but breaks
/// rules gets its report, with a pointer to `check` on stderr.
fn report_scope<'a>(
    ws: &'a Workspace,
    settings: &Settings,
    args: &'a ReportArgs,
    out: &mut Output,
) -> Result<Scope<'a>> {
    let lang = settings.lang;
    let index = ws.select_year(settings.year.as_deref(), settings.as_of, lang)?;
    let goal = match &args.goal {
        Some(goal) => Some(canonical_goal(ws, goal, lang)?),
        None => None,
    };
    let cx = Context {
        as_of: settings.as_of,
        current_year: Some(ws.years[index].name.as_str()),
        lang,
    };
    let diagnostics = crate::check::check_one(ws, index, cx);
    if !ws.strategy_complete || !ws.years_complete[index] {
        let errors: Vec<_> = diagnostics
            .into_iter()
            .filter(|d| d.severity == Severity::Error)
            .collect();
        diagnostic::write_human(&mut out.stderr, &errors, &ws.sources, lang)?;
        return Err(Stop {
            exit: Exit::Failure,
            code: "invalid-plan",
            message: tr!(
                lang,
                "the plan cannot be read in full; fix the errors above first",
                "planen kan inte läsas helt; rätta felen ovan först"
            ),
        }
        .into());
    }
    let errors = Counts::of(&diagnostics).errors;
    if errors > 0 {
        writeln!(
            out.stderr,
            "{}",
            tr!(
                lang,
                "note: the {} plan has {}; run `intplan check` to see them",
                "obs: planen för {} har {}; kör `intplan check` för att se dem",
                ws.years[index].label(),
                count(lang, errors, ["error", "errors"], ["fel", "fel"])
            )
        )?;
    }
    Ok(Scope {
        strategy: &ws.strategy,
        year: &ws.years[index],
        history: &ws.years[..=index],
        as_of: settings.as_of,
        owner: args.owner.as_deref(),
        goal,
        lang,
    })
}

/// The strategy's spelling of a goal id given on the command line (`2B` is `2b`), or
/// a usage error with the nearest id and the list of ids.
fn canonical_goal<'a>(
    ws: &'a Workspace,
    goal: &'a str,
    lang: crate::i18n::Lang,
) -> Result<&'a str> {
    if !ws.strategy_complete {
        return Ok(goal);
    }
    if let Some(found) = ws
        .strategy
        .goals()
        .map(|g| g.id.value.as_str())
        .find(|id| id.eq_ignore_ascii_case(goal))
    {
        return Ok(found);
    }
    let ids: Vec<&str> = ws.strategy.goals().map(|g| g.id.value.as_str()).collect();
    let hint = nearest(goal, ids.iter().copied())
        .map(|n| tr!(lang, " (did you mean {n}?)", " (menade du {n}?)"))
        .unwrap_or_default();
    bail!(tr!(
        lang,
        "the strategy has no goal `{goal}`{hint}; it has {}",
        "strategin har inget mål `{goal}`{hint}; den har {}",
        ids.join(", ")
    ))
}

/// Checks a post given with `--owner` against the posts the year knows (its roster,
/// lead, goal owners and item owners): a misspelt post would otherwise silently
/// match nothing. Case and surrounding spaces do not matter.
fn known_owner(year: &crate::model::Year, owner: &str, lang: crate::i18n::Lang) -> Result<()> {
    let mut posts: Vec<&str> = Vec::new();
    let header = &year.header;
    posts.extend(header.owners.iter().flatten().map(|p| p.value.as_str()));
    posts.extend(header.lead.iter().map(|l| l.value.as_str()));
    posts.extend(year.goals.iter().flat_map(|g| g.posts()));
    posts.extend(year.items.iter().filter_map(|i| i.owner()));
    let wanted = owner.trim().to_lowercase();
    if posts.iter().any(|p| p.trim().to_lowercase() == wanted) {
        return Ok(());
    }
    posts.sort_unstable();
    posts.dedup();
    let hint = nearest(owner, posts.iter().copied())
        .map(|n| crate::t!(lang, "owner-did-you-mean", post = n))
        .unwrap_or_default();
    bail!(crate::t!(
        lang,
        "owner-unknown",
        owner = owner,
        year = year.label(),
        hint = hint,
        posts = posts.join(", ")
    ))
}
