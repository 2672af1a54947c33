//! `init`: starts a new operating year's folder from the previous year, the way a
//! new board takes over the plan each summer. The new `plan.toml` is written from a
//! commented template (values quoted by toml_edit); open items are copied as
//! `toml_edit` tables, so their formatting and comments come along. The result is
//! loaded and checked with the same code as `check` before anything is written, and
//! the folder appears in one rename.

use std::fs::{self, File};
use std::io::Write as _;
use std::path::{Path, PathBuf};

use anyhow::{Context as _, Result, bail};
use chrono::{Months, NaiveDate};
use toml_edit::{DocumentMut, Item as TomlItem, Table, Value};

use crate::check::{self, Context};
use crate::cli::InitArgs;
use crate::diagnostic::{self, Counts, Severity};
use crate::edit::change;
use crate::exit::Exit;
use crate::i18n::{Lang, count};
use crate::load::{self, Workspace};
use crate::model::{Kind, Year};
use crate::output::Output;
use crate::settings::Settings;
use crate::tr;

/// A file of the new year: its name in the folder and its text.
struct NewFile {
    name: String,
    text: String,
}

/// What init carried and left, for the closing lines.
#[derive(Default)]
struct Tally {
    carried: usize,
    left: usize,
    placeholders: Vec<String>,
}

/// Runs `init` for the global `--year`.
pub(super) fn run(args: &InitArgs, env: &Settings, out: &mut Output) -> Result<Exit> {
    let lang = env.lang;
    let Some(name) = env.year.as_deref() else {
        bail!(tr!(
            lang,
            "init needs the new year: `intplan init --year 2027-28`",
            "init behöver det nya året: `intplan init --year 2027-28`"
        ));
    };
    let _lock = crate::edit::write::lock(&env.plan)?;
    let ws = load::load(&env.plan, lang)?;
    let target = env.plan.join(name);
    if target.exists() || ws.years.iter().any(|y| y.name == name) {
        bail!(tr!(
            lang,
            "{} already exists; init never overwrites a year",
            "{} finns redan; init skriver aldrig över ett år",
            target.display()
        ));
    }
    let from = match &args.from {
        Some(from) => ws.years.iter().position(|y| &y.name == from),
        None => ws.years.iter().rposition(|y| y.name.as_str() < name),
    };
    let Some(from) = from else {
        bail!(tr!(
            lang,
            "no year to start {name} from in {}: pass --from YYYY-YY",
            "inget år att starta {name} från i {}: ange --from ÅÅÅÅ-ÅÅ",
            env.plan.display()
        ));
    };
    let cx = Context {
        as_of: env.as_of,
        current_year: Some(ws.years[from].name.as_str()),
        lang,
    };
    if !ws.strategy_complete || !ws.years_complete[from] {
        diagnostic::write_errors_and_stop(
            &mut out.stderr,
            &check::check_one(&ws, from, cx),
            &ws.sources,
            &tr!(
                lang,
                "error: the {} plan cannot be read in full; fix it before starting a new year",
                "fel: planen för {} kan inte läsas helt; rätta den innan ett nytt år startas",
                ws.years[from].label()
            ),
            lang,
        )?;
        return Ok(Exit::Failure);
    }
    let start = match args.start {
        Some(day) => day,
        None => first_of_july(name)?,
    };
    let end = start
        .checked_add_months(Months::new(12))
        .and_then(|d| d.pred_opt())
        .context("the period runs past the calendar")?;
    let mut tally = Tally::default();
    let files = build(&ws, from, name, (start, end), env, &mut tally)?;

    let overlay: Vec<(PathBuf, String)> = files
        .iter()
        .map(|f| (target.join(&f.name), f.text.clone()))
        .collect();
    let after = load::load_with(&env.plan, lang, &overlay)?;
    let index = after.select_year(Some(name), env.as_of, lang)?;
    let new_cx = Context {
        as_of: env.as_of,
        current_year: Some(name),
        lang,
    };
    let diagnostics = check::check_one(&after, index, new_cx);
    let counts = Counts::of(&diagnostics);
    if counts.errors > 0 {
        let errors: Vec<_> = diagnostics
            .into_iter()
            .filter(|d| d.severity == Severity::Error)
            .collect();
        diagnostic::write_human(&mut out.stderr, &errors, &after.sources, lang)?;
        writeln!(
            out.stderr,
            "{}",
            tr!(
                lang,
                "error: the new plan would have {}; nothing was written",
                "fel: den nya planen skulle få {}; inget skrevs",
                count(lang, counts.errors, ["error", "errors"], ["fel", "fel"])
            )
        )?;
        return Ok(Exit::Failure);
    }
    write_folder(&env.plan, name, &files)?;

    let label = crate::model::year_label(name);
    writeln!(
        out.stdout,
        "{}",
        tr!(
            lang,
            "Started {label} in {} from {}: {} carried over, {} done or dropped left behind.",
            "Startade {label} i {} från {}: {} överförda, {} klara eller strukna lämnade kvar.",
            target.display(),
            ws.years[from].label(),
            count(
                lang,
                tally.carried,
                ["item", "items"],
                ["aktivitet", "aktiviteter"]
            ),
            tally.left
        )
    )?;
    for f in &files {
        writeln!(out.stdout, "  {}", target.join(&f.name).display())?;
    }
    if !tally.placeholders.is_empty() {
        writeln!(
            out.stdout,
            "{}",
            tr!(
                lang,
                "Goals with nothing carried over got a placeholder item for the board to replace: {}",
                "Mål utan överförd aktivitet fick en platshållare som styrelsen ska ersätta: {}",
                tally.placeholders.join(", ")
            )
        )?;
    }
    writeln!(
        out.stdout,
        "{}",
        tr!(
            lang,
            "check: {} for the board to settle; see `intplan check --year {name}`.",
            "check: {} för styrelsen att ta ställning till; se `intplan check --year {name}`.",
            count(
                lang,
                counts.warnings,
                ["warning", "warnings"],
                ["varning", "varningar"]
            )
        )
    )?;
    out.stdout.flush()?;
    Ok(Exit::Ok)
}

/// 1 July of the first year of a `YYYY-YY` name.
fn first_of_july(name: &str) -> Result<NaiveDate> {
    name.get(..4)
        .and_then(|y| y.parse::<i32>().ok())
        .and_then(|y| NaiveDate::from_ymd_opt(y, 7, 1))
        .with_context(|| format!("`{name}` is not an operating year"))
}

/// A string as a TOML value, quoted and escaped by toml_edit.
fn quoted(s: &str) -> String {
    Value::from(s).to_string()
}

/// The texts of the new year's files: `plan.toml` first, then one file per unit
/// file of the old year.
fn build(
    ws: &Workspace,
    from: usize,
    name: &str,
    period: (NaiveDate, NaiveDate),
    env: &Settings,
    tally: &mut Tally,
) -> Result<Vec<NewFile>> {
    let old = &ws.years[from];
    let lang = env.lang;
    let lead = old.header.lead.as_ref().map(|l| l.value.clone());
    let mut plan: DocumentMut = header(old, name, period, lang)
        .parse()
        .context("the generated plan.toml does not parse")?;
    let mut units = Vec::new();
    let mut ids: Vec<String> = Vec::new();
    for &file in &old.files {
        let source = ws.sources.get(file);
        let doc: DocumentMut = source
            .text
            .parse()
            .with_context(|| format!("cannot parse {}", source.path.display()))?;
        let items = carry(old, &doc, lead.as_deref(), env, tally);
        ids.extend(
            items
                .iter()
                .filter_map(|t| t.get("id")?.as_str().map(str::to_owned)),
        );
        if Some(file) == old.plan_file {
            let mut first = true;
            for mut t in items {
                if first {
                    t.decor_mut().set_prefix(tr!(
                        lang,
                        "\n# ---------------------------------------------------------------------------\n# [[item]]: carried over from {}; the keys are explained in ../{}/plan.toml.\n# ---------------------------------------------------------------------------\n\n",
                        "\n# ---------------------------------------------------------------------------\n# [[item]]: överförda från {}; nycklarna förklaras i ../{}/plan.toml.\n# ---------------------------------------------------------------------------\n\n",
                        old.label(),
                        old.name
                    ));
                    first = false;
                }
                change::push_item(&mut plan, t);
            }
        } else {
            let file_name = source
                .path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            let mut text = tr!(
                lang,
                "# Unit file of the {} action plan, started with `intplan init` from\n# ../{}/{file_name}: the unit's open items, carried over. [[item]] tables only;\n# the keys are explained in plan.toml.\n",
                "# Enhetsfil för handlingsplanen {}, startad med `intplan init` från\n# ../{}/{file_name}: enhetens öppna aktiviteter, överförda. Bara [[item]]-tabeller;\n# nycklarna förklaras i plan.toml.\n",
                crate::model::year_label(name),
                old.name
            );
            let mut doc = DocumentMut::new();
            for t in items {
                change::push_item(&mut doc, t);
            }
            text.push_str(&doc.to_string());
            units.push(NewFile {
                name: file_name,
                text,
            });
        }
    }
    placeholders(ws, old, &mut plan, &ids, lead.as_deref(), lang, tally);
    let mut files = vec![NewFile {
        name: "plan.toml".into(),
        text: plan.to_string(),
    }];
    files.extend(units);
    Ok(files)
}

/// The commented `[plan]` and `[goals.*]` of the new year.
fn header(old: &Year, name: &str, period: (NaiveDate, NaiveDate), lang: Lang) -> String {
    let label = crate::model::year_label(name);
    let mut text = format!(
        "# Handlingsplan för internationalisering, verksamhetsåret {label}\n# Action plan for internationalisation, operating year {label}\n#\n"
    );
    let (old_label, old_dir) = (old.label(), &old.name);
    text.push_str(&tr!(
        lang,
        "# Started with `intplan init` from the {old_label} plan (../{old_dir}/plan.toml, which\n# keeps the history). What was carried over:\n#   * [plan]: the lead and the roster of posts. The period is the new year.\n#   * [goals.*]: last year's goal owners; the new board confirms or changes them.\n#   * [[item]]: ongoing work with its cadence, and projects that were neither done\n#     nor dropped, with their status and a log line. Done and dropped items stay\n#     in {old_label}.\n# Then run `intplan check`: what the board must still decide shows as warnings.\n\n[plan]\n",
        "# Startad med `intplan init` från planen för {old_label} (../{old_dir}/plan.toml, som\n# behåller historiken). Detta fördes över:\n#   * [plan]: ansvarig och listan över poster. Perioden är det nya året.\n#   * [goals.*]: förra årets målansvariga; den nya styrelsen bekräftar eller ändrar.\n#   * [[item]]: löpande arbete med sitt intervall, och projekt som varken var klara\n#     eller strukna, med status och en loggrad. Klara och strukna aktiviteter\n#     stannar i {old_label}.\n# Kör sedan `intplan check`: det styrelsen ännu måste bestämma visas som varningar.\n\n[plan]\n",
    ));
    text.push_str(&format!(
        "period = {{ start = {}, end = {} }}\n",
        period.0, period.1
    ));
    if let Some(lead) = &old.header.lead {
        text.push_str(&format!("lead = {}\n", quoted(&lead.value)));
    }
    text.push_str(&tr!(
        lang,
        "# reviewed = YYYY-MM-DD   # set when the board has gone through the plan\n",
        "# reviewed = ÅÅÅÅ-MM-DD   # sätt när styrelsen har gått igenom planen\n"
    ));
    if let Some(owners) = &old.header.owners {
        text.push_str("owners = [\n");
        for owner in owners {
            text.push_str(&format!("  {},\n", quoted(&owner.value)));
        }
        text.push_str("]\n");
    }
    for goal in &old.goals {
        text.push_str(&format!("\n[goals.{}]\n", goal.id.value));
        match goal.posts().as_slice() {
            [] => {}
            [one] => text.push_str(&format!("owner = {}\n", quoted(one))),
            many => text.push_str(&format!("owner = {}\n", change::strings(many))),
        }
    }
    text
}

/// The item tables of one old file that go on: open items (planned, active,
/// blocked), without their old log; projects get a log line saying where they came
/// from. Formatting and comments inside the tables come along.
fn carry(
    old: &Year,
    doc: &DocumentMut,
    lead: Option<&str>,
    env: &Settings,
    tally: &mut Tally,
) -> Vec<Table> {
    let Some(items) = doc.get("item").and_then(TomlItem::as_array_of_tables) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for table in items.iter() {
        let Some(model) = table
            .get("id")
            .and_then(TomlItem::as_str)
            .and_then(|id| old.item(id))
        else {
            continue;
        };
        if !model.is_open() {
            tally.left += 1;
            continue;
        }
        tally.carried += 1;
        let mut t = table.clone();
        t.remove("log");
        t.set_position(None);
        t.decor_mut().set_prefix("\n");
        t.decor_mut().set_suffix("");
        if model.kind == Kind::Project {
            let note = tr!(
                env.lang,
                "Carried over from the {} plan, status {}.",
                "Överförd från planen för {}, status {}.",
                old.label(),
                model.status.value
            );
            change::append_log(&mut t, env.as_of, lead, &note);
        }
        out.push(t);
    }
    out
}

/// A planned item for every strategy goal that nothing carried over serves, so the
/// new plan still covers the strategy; it shows as stale until the board replaces
/// it or logs a decision. Its id is new in both years, so it is never mistaken for
/// an item of the old year.
fn placeholders(
    ws: &Workspace,
    old: &Year,
    plan: &mut DocumentMut,
    carried: &[String],
    lead: Option<&str>,
    lang: Lang,
    tally: &mut Tally,
) {
    let mut taken: Vec<String> = old.items.iter().map(|i| i.id.value.clone()).collect();
    for goal in ws.strategy.goals() {
        let id = &goal.id.value;
        let served = old
            .items
            .iter()
            .any(|i| carried.contains(&i.id.value) && i.serves(id));
        if served {
            continue;
        }
        let new_id = crate::edit::next_id(taken.iter().map(String::as_str), id);
        let owner = old
            .goal_owners(id)
            .first()
            .copied()
            .or(lead)
            .unwrap_or_default();
        let mut t = change::new_table();
        t.decor_mut().set_prefix(tr!(
            lang,
            "\n# Placeholder: nothing was carried over for goal {id}. The board decides what\n# the plan does for it this year and replaces this item.\n",
            "\n# Platshållare: inget fördes över för mål {id}. Styrelsen bestämmer vad planen\n# gör för målet i år och ersätter denna aktivitet.\n"
        ));
        let title = change::title(
            None,
            Some(&format!("Aktivitet för mål {id}: att besluta")),
            Some(&format!("Activity for goal {id}: to be decided")),
        );
        let values = [
            ("id", Value::from(new_id.as_str())),
            ("title", title),
            ("goals", change::strings(&[id])),
            ("owner", Value::from(owner)),
            ("kind", Value::from("project")),
            ("status", Value::from("planned")),
        ];
        for (key, value) in values {
            t.insert(key, TomlItem::Value(value));
        }
        change::push_item(plan, t);
        tally.placeholders.push(new_id.clone());
        taken.push(new_id);
    }
}

/// Writes the files into a hidden folder beside the new one, syncs them, and
/// renames the folder into place, so the year appears whole or not at all. The
/// rename fails rather than replace a folder that appeared in the meantime.
fn write_folder(plan: &Path, name: &str, files: &[NewFile]) -> Result<()> {
    let temp = plan.join(format!(".{name}.intplan-tmp-{}", std::process::id()));
    let target = plan.join(name);
    let result = (|| -> Result<()> {
        fs::create_dir(&temp).with_context(|| format!("cannot create {}", temp.display()))?;
        for f in files {
            let path = temp.join(&f.name);
            let mut file =
                File::create(&path).with_context(|| format!("cannot write {}", path.display()))?;
            file.write_all(f.text.as_bytes())?;
            file.sync_all()?;
        }
        File::open(&temp)?.sync_all()?;
        if target.exists() {
            bail!("{} already exists", target.display());
        }
        fs::rename(&temp, &target)
            .with_context(|| format!("cannot create {}", target.display()))?;
        File::open(plan)?.sync_all()?;
        Ok(())
    })();
    if result.is_err() {
        let _ = fs::remove_dir_all(&temp);
    }
    result
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Datelike;

    #[test]
    fn the_year_starts_on_the_first_of_july() {
        assert_eq!(
            first_of_july("2027-28").unwrap(),
            NaiveDate::from_ymd_opt(2027, 7, 1).unwrap()
        );
        assert_eq!(NaiveDate::from_ymd_opt(2027, 7, 1).unwrap().month(), 7);
    }

    #[test]
    fn values_are_quoted_and_escaped() {
        assert_eq!(quoted("Vice ordförande"), "\"Vice ordförande\"");
        let text = format!("lead = {}\n", quoted("a \"b\"\nc\\"));
        let doc: DocumentMut = text.parse().unwrap();
        assert_eq!(doc["lead"].as_str(), Some("a \"b\"\nc\\"));
    }
}
