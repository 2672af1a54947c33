//! The board's reports (`week`, `diff`, `export`, `status --by group`) run as a user
//! runs them, on the plan in tests/fixtures/report/plans, compared with whole
//! expected outputs in tests/fixtures/report/expected.

use std::fs;
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use icalendar::{Calendar, CalendarComponent, Component, DatePerhapsTime};

mod common;

use common::git::{git, short};

const AS_OF: &str = "2026-11-28";

fn fixture() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/report/plans")
}

fn expected(name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/report/expected")
        .join(name);
    fs::read_to_string(path).unwrap()
}

/// Runs intplan on `plan` and returns exit code, stdout and stderr.
fn run_on(plan: &Path, args: &[&str]) -> (i32, String, String) {
    let out = Command::cargo_bin("intplan")
        .unwrap()
        .env("RUST_BACKTRACE", "0")
        .env_remove("INTPLAN_LANG")
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .arg("--plan")
        .arg(plan)
        .args(["--as-of", AS_OF, "--color", "never"])
        .args(args)
        .output()
        .unwrap();
    (
        out.status.code().unwrap(),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

fn run(args: &[&str]) -> (i32, String, String) {
    run_on(&fixture(), args)
}

fn ok(args: &[&str]) -> String {
    let (code, stdout, stderr) = run(args);
    assert_eq!(code, 0, "{args:?}: {stderr}");
    stdout
}

#[test]
fn week_as_a_table() {
    assert_eq!(ok(&["week"]), expected("week.en.txt"));
}

#[test]
fn week_in_markdown_renders_as_tables() {
    let md = ok(&["week", "--lang", "sv", "--format", "markdown"]);
    assert_eq!(md, expected("week.sv.md"));
    let parser = pulldown_cmark::Parser::new_ext(&md, pulldown_cmark::Options::ENABLE_TABLES);
    let mut html = String::new();
    pulldown_cmark::html::push_html(&mut html, parser);
    assert_eq!(html.matches("<table>").count(), 6, "{html}");
    assert!(
        html.contains("<td>Draft | first *chapter* done.</td>"),
        "{html}"
    );
    assert!(html.contains("&lt;script&gt;"), "{html}");
    assert!(!html.contains("<script>"));
}

#[test]
fn week_as_json() {
    let json = ok(&["week", "--format", "json"]);
    assert_eq!(json, expected("week.json"));
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["iso_week"], "2026-W48");
    assert_eq!(v["overdue"][0]["days_overdue"], 8);
    assert_eq!(v["changes"], serde_json::Value::Null);
}

#[test]
fn week_numbers_are_iso_at_the_turn_of_the_year() {
    let (code, out, _) = run_on(&fixture(), &["week", "--as-of", "2027-01-01"]);
    assert_eq!(code, 0);
    assert!(
        out.starts_with("Weekly digest, week 53 of 2026: action plan 2026/27, as of 2027-01-01\n"),
        "{out}"
    );
}

#[test]
fn coverage_matrix_shows_an_unreached_group_as_a_finding() {
    assert_eq!(ok(&["status", "--by", "group"]), expected("groups.en.txt"));
    assert_eq!(
        ok(&["status", "--by", "group", "--lang", "sv"]),
        expected("groups.sv.txt")
    );
    assert_eq!(
        ok(&["status", "--by", "group", "--format", "json"]),
        expected("groups.json")
    );
}

#[test]
fn export_csv_has_one_row_per_item_and_no_formulas() {
    let csv = ok(&["export", "--format", "csv"]);
    assert_eq!(csv, expected("export.csv"));
    assert!(csv.contains(",'=SUM(A1),"));
}

#[test]
fn export_json_is_the_whole_year() {
    let json = ok(&["export", "--format", "json"]);
    assert_eq!(json, expected("export.json"));
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["items"].as_array().unwrap().len(), 5);
    assert_eq!(v["items"][1]["completed"], "2026-11-25");
    assert_eq!(v["items"][1]["next_due"], serde_json::Value::Null);
    assert_eq!(v["items"][3]["log"][0]["date"], "2026-11-26");
}

#[test]
fn export_ics_parses_back_with_one_event_per_open_item() {
    let ics = ok(&["export", "--format", "ics", "--lang", "sv"]);
    assert!(ics.lines().count() > 10);
    for line in ics.split("\r\n") {
        assert!(line.len() <= 75, "line longer than 75 octets: {line:?}");
    }
    assert!(!ics.replace("\r\n", "").contains('\n'), "bare LF");
    let cal: Calendar = ics.parse().unwrap();
    let events: Vec<_> = cal
        .components
        .iter()
        .filter_map(CalendarComponent::as_event)
        .collect();
    let expected = [
        (
            "2026-27-1a-1@intplan",
            "[1a] <script>alert(1)</script> (Utbildningsenheten)",
            "2026-11-20",
        ),
        (
            "2026-27-2a-2@intplan",
            "[2a] Nyhetsbrev (Kommunikationsansvarig)",
            "2026-12-04",
        ),
        (
            "2026-27-2b-1@intplan",
            "[2b] =SUM(A1) (Vice ordförande)",
            "2026-12-10",
        ),
        (
            "2026-27-2b-2@intplan",
            "[2b, 1a] Översätt stadgan, reglementet och alla policyer; även bilagorna (Vice ordförande)",
            "2027-03-31",
        ),
    ];
    assert_eq!(events.len(), expected.len());
    for (event, (uid, summary, day)) in events.iter().zip(expected) {
        let day: chrono::NaiveDate = day.parse().unwrap();
        assert_eq!(event.get_uid(), Some(uid));
        assert_eq!(event.get_summary(), Some(summary));
        assert_eq!(event.get_start(), Some(DatePerhapsTime::Date(day)));
        assert_eq!(
            event.get_end(),
            Some(DatePerhapsTime::Date(day.succ_opt().unwrap()))
        );
        assert!(event.get_description().unwrap().starts_with("Åtgärd "));
        assert_eq!(event.property_value("DTSTAMP"), Some("20261128T000000Z"));
    }
}

/// Each table of a page as rows of cell texts, the header row first.
fn html_tables(page: &scraper::Html) -> Vec<Vec<Vec<String>>> {
    let table = scraper::Selector::parse("table").unwrap();
    let row = scraper::Selector::parse("tr").unwrap();
    let cell = scraper::Selector::parse("th, td").unwrap();
    page.select(&table)
        .map(|t| {
            t.select(&row)
                .map(|r| {
                    r.select(&cell)
                        .map(|c| c.text().collect::<String>().trim().to_owned())
                        .collect()
                })
                .collect()
        })
        .collect()
}

/// The rows of a table as the test writes them: cells joined by ` | `.
fn joined(table: &[Vec<String>]) -> Vec<String> {
    table.iter().map(|r| r.join(" | ")).collect()
}

fn attr(el: scraper::ElementRef<'_>, name: &str) -> i64 {
    el.value().attr(name).unwrap().parse().unwrap()
}

/// The legend of a chart: each swatch's colour and the word beside it.
fn legend(svg: scraper::ElementRef<'_>) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let children: Vec<_> = svg
        .children()
        .filter_map(scraper::ElementRef::wrap)
        .collect();
    for pair in children.windows(2) {
        let (swatch, word) = (pair[0], pair[1]);
        if swatch.value().name() == "rect" && attr(swatch, "width") == 12 {
            let colour = swatch.value().attr("fill").unwrap().to_owned();
            out.push((colour, word.text().collect()));
        }
    }
    out
}

/// One area's bar: its label, its segments (legend word, number written in it,
/// width in items) and the total written after it.
type AreaBar = (String, Vec<(String, i64, i64)>, String);

/// The bar chart of items per area, read off the drawing: for each area's label,
/// its segments as (legend word, number written in it, width in items), and the
/// total written after the bar. A segment's width must be that of its number.
fn area_bars(svg: scraper::ElementRef<'_>) -> Vec<AreaBar> {
    let words = legend(svg);
    let word = |colour: &str| words.iter().find(|(c, _)| c == colour).unwrap().1.clone();
    let children: Vec<_> = svg
        .children()
        .filter_map(scraper::ElementRef::wrap)
        .collect();
    let mut rows: Vec<AreaBar> = Vec::new();
    for (i, el) in children.iter().enumerate() {
        let text: String = el.text().collect();
        match (el.value().name(), el.value().attr("text-anchor")) {
            ("text", Some("end")) => rows.push((text, Vec::new(), String::new())),
            ("rect", _) if attr(*el, "height") == 24 => {
                let number: i64 = children[i + 1].text().collect::<String>().parse().unwrap();
                let colour = el.value().attr("fill").unwrap();
                let row = rows.last_mut().unwrap();
                row.1.push((word(colour), number, attr(*el, "width") / 150));
            }
            ("text", None) if !rows.is_empty() && el.value().attr("fill").is_none() => {
                rows.last_mut().unwrap().2 = text;
            }
            _ => {}
        }
    }
    rows
}

/// The running totals of the burn-up chart, read off the drawing: for each line,
/// its legend word and the value at each month, the y of a point turned into a
/// count by the chart's own grid labels.
fn burn_up_lines(svg: scraper::ElementRef<'_>) -> Vec<(String, Vec<i64>)> {
    let words = legend(svg);
    let grid = scraper::Selector::parse("text[text-anchor=end]").unwrap();
    // Each grid label sits 4 px below its line: (y of the line, value).
    let ticks: Vec<(i64, i64)> = svg
        .select(&grid)
        .map(|t| {
            (
                attr(t, "y") - 4,
                t.text().collect::<String>().parse().unwrap(),
            )
        })
        .collect();
    let value = |y: i64| ticks.iter().find(|(at, _)| *at == y).unwrap().1;
    let line = scraper::Selector::parse("polyline").unwrap();
    svg.select(&line)
        .map(|l| {
            let colour = l.value().attr("stroke").unwrap();
            let word = words.iter().find(|(c, _)| c == colour).unwrap().1.clone();
            let points = l.value().attr("points").unwrap().split(' ');
            let ys = points.map(|p| value(p.split(',').nth(1).unwrap().parse().unwrap()));
            (word, ys.collect())
        })
        .collect()
}

/// The monthly bars of the burn-up chart, read off the drawing: (month label
/// under the bar, legend word, height as a count on the chart's grid).
fn burn_up_bars(svg: scraper::ElementRef<'_>) -> Vec<(String, String, i64)> {
    let words = legend(svg);
    let grid = scraper::Selector::parse("text[text-anchor=end]").unwrap();
    let ticks: Vec<(i64, i64)> = svg
        .select(&grid)
        .map(|t| {
            (
                attr(t, "y") - 4,
                t.text().collect::<String>().parse().unwrap(),
            )
        })
        .collect();
    let value = |y: i64| ticks.iter().find(|(at, _)| *at == y).unwrap().1;
    let labels = scraper::Selector::parse("text[text-anchor=middle]").unwrap();
    let labels: Vec<_> = svg.select(&labels).collect();
    let month_row = attr(labels[0], "y");
    let months: Vec<(i64, String)> = labels
        .iter()
        .filter(|t| attr(**t, "y") == month_row)
        .map(|t| (attr(*t, "x"), t.text().collect()))
        .collect();
    let bars = scraper::Selector::parse("rect[fill-opacity]").unwrap();
    svg.select(&bars)
        .map(|b| {
            let (x, width) = (attr(b, "x"), attr(b, "width"));
            // A month's two bars stand side by side over its label.
            let month = months
                .iter()
                .find(|(at, _)| (x..=x + 2 * width).contains(at))
                .unwrap();
            let colour = b.value().attr("fill").unwrap();
            let word = words.iter().find(|(c, _)| c == colour).unwrap().1.clone();
            let (top, bottom) = (attr(b, "y"), attr(b, "y") + attr(b, "height"));
            (month.1.clone(), word, value(top) - value(bottom))
        })
        .collect()
}

/// The page `export --format html` writes holds the plan's own figures: every cell
/// of its three tables, and the numbers its two charts draw, worked out by hand
/// from tests/fixtures/report/plans on 2026-11-28 (below). Plan text is escaped
/// and nothing is fetched from elsewhere.
#[test]
fn export_html_shows_the_plans_rows_and_figures_and_escapes_plan_text() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("plan.html");
    let (code, out, err) = run(&["export", "--format", "html", "-o", file.to_str().unwrap()]);
    assert_eq!((code, out.as_str(), err.as_str()), (0, "", ""));
    let html = fs::read_to_string(&file).unwrap();
    assert!(
        html.starts_with("<!DOCTYPE html><html lang=\"en\">"),
        "{html}"
    );
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(!html.contains("<script"));
    let svg_namespaces = html.matches("xmlns=\"http://www.w3.org/2000/svg\"").count();
    assert_eq!(
        html.matches("http").count(),
        svg_namespaces,
        "external reference"
    );
    assert!(!html.contains("src=") && !html.contains("href="));

    let page = scraper::Html::parse_document(&html);
    let tables = html_tables(&page);
    assert_eq!(tables.len(), 3);
    // Goal 1a: 1a-1 (8 days past its due 2026-11-20) and 2b-2 (which serves 2b and
    // 1a; no sign of life since its start 2026-09-01, so stale): 2 items, 1
    // overdue, next due 2b-2's 2027-03-31, at risk. 2a: 2a-1 done, 2a-2 every 2
    // weeks from 2026-11-20, so next 2026-12-04. 2b: 2b-1 due 2026-12-10, 2b-2
    // stale.
    assert_eq!(
        joined(&tables[0]),
        [
            "Goal | Area | Owner | Items | Done | Overdue | Next due | Health | Goal text",
            "1a | 1 Representation | Utbildningsenheten | 2 | 0 | 1 | 2027-03-31 | at risk | Everyone is represented",
            "2a | 2 Communication | Kommunikationsansvarig | 2 | 1 | 0 | 2026-12-04 | on track | Information in English",
            "2b | 2 Communication | Vice ordförande | 2 | 0 | 0 | 2026-12-10 | at risk | Documents in English",
        ]
    );
    // Target groups: 1a-1 exchange (goal 1a), 2b-2 eu (goals 2b and 1a).
    assert_eq!(
        joined(&tables[1]),
        [
            "Goal | Exchange | EU | Non-EU",
            "1a | 1a-1 | 2b-2 | —",
            "2a | — | — | —",
            "2b | — | 2b-2 | —",
        ]
    );
    assert_eq!(
        joined(&tables[2]),
        [
            "Id | Item | Goals | Owner | Kind | Status | Start | Due | Completed | Cadence | Last done | Next due | Target groups | Unit | Notes",
            "1a-1 | <script>alert(1)</script> | 1a | Utbildningsenheten | project | active | 2026-09-01 | 2026-11-20 |  |  |  | 2026-11-20 | exchange students |  | 1",
            "2a-1 | Web pages in English | 2a | Kommunikationsansvarig | project | done | 2026-09-01 | 2026-12-01 | 2026-11-25 |  |  |  |  |  | 0",
            "2a-2 | Newsletter | 2a | Kommunikationsansvarig | ongoing work | active | 2026-09-01 |  |  | every 2 weeks | 2026-11-20 | 2026-12-04 |  |  | 0",
            "2b-1 | =SUM(A1) | 2b | Vice ordförande | project | planned | 2026-11-01 | 2026-12-10 |  |  |  | 2026-12-10 |  |  | 1",
            "2b-2 | Translate the statutes, the regulations and every policy; the appendices too | 2b, 1a | Vice ordförande | project | active | 2026-09-01 | 2027-03-31 |  |  |  | 2027-03-31 | programme students from the EU |  | 0",
        ]
    );
    let notes: Vec<String> = page
        .select(&scraper::Selector::parse("p.note").unwrap())
        .map(|p| p.text().collect())
        .collect();
    assert_eq!(
        notes[..3],
        [
            "Totals: 5 items, 1 done, 1 overdue, 1 stale.",
            "1a at risk: 1a-1 8 days overdue, 2b-2 stale",
            "2b at risk: 2b-2 stale",
        ]
    );

    let svgs: Vec<_> = page
        .select(&scraper::Selector::parse("svg").unwrap())
        .collect();
    assert_eq!(svgs.len(), 2);
    // An item counts in every area it serves: area 1 has 1a-1 (overdue) and 2b-2
    // (open); area 2 has 2a-1 (done) and 2a-2, 2b-1, 2b-2 (open).
    let seg = |w: &str, n: i64| (w.to_owned(), n, n);
    assert_eq!(
        area_bars(svgs[0]),
        [
            (
                "1 Representation".to_owned(),
                vec![seg("open", 1), seg("overdue", 1)],
                "2".to_owned()
            ),
            (
                "2 Communication".to_owned(),
                vec![seg("done", 1), seg("open", 3)],
                "4".to_owned()
            ),
        ]
    );
    // Projects due by the end of each month, July to June: 1a-1 in November,
    // 2a-1 and 2b-1 in December, 2b-2 in March; completed: 2a-1 in November, the
    // line ending at the as-of month. Ongoing work (2a-2) is not in it.
    assert_eq!(
        burn_up_lines(svgs[1]),
        [
            ("due".to_owned(), vec![0, 0, 0, 0, 1, 3, 3, 3, 4, 4, 4, 4]),
            ("completed".to_owned(), vec![0, 0, 0, 0, 1]),
        ]
    );
    let bar = |month: &str, word: &str, n: i64| (month.to_owned(), word.to_owned(), n);
    assert_eq!(
        burn_up_bars(svgs[1]),
        [
            bar("Nov", "due", 1),
            bar("Nov", "completed", 1),
            bar("Dec", "due", 2),
            bar("Mar", "due", 1),
        ]
    );
}

#[test]
fn week_html_speaks_swedish() {
    let sv = ok(&["week", "--format", "html", "--lang", "sv"]);
    for word in [
        "Åtgärder per målområde",
        ">jul<",
        ">okt<",
        ">maj<",
        "försenade",
    ] {
        assert!(sv.contains(word), "{word} missing");
    }
}

#[test]
fn export_to_an_unwritable_file_is_exit_2() {
    let (code, out, err) = run(&["export", "-o", "/nonexistent-dir/plan.json"]);
    assert_eq!((code, out.as_str()), (2, ""));
    assert!(
        err.starts_with("error: cannot write /nonexistent-dir/plan.json"),
        "{err}"
    );
}

fn copy_plan(to: &Path) {
    fs::create_dir_all(to.join("2026-27")).unwrap();
    fs::copy(fixture().join("strategy.toml"), to.join("strategy.toml")).unwrap();
    fs::copy(
        fixture().join("2026-27/plan.toml"),
        to.join("2026-27/plan.toml"),
    )
    .unwrap();
}

/// Edits the copied plan: every kind of change `diff` reports.
fn edit_plan(root: &Path) {
    let path = root.join("2026-27/plan.toml");
    let text = fs::read_to_string(&path).unwrap();
    let text = text
        .replace(
            "[goals.2a]\nowner = \"Kommunikationsansvarig\"",
            "[goals.2a]\nowner = \"Vice ordförande\"",
        )
        .replace(
            "status = \"planned\"\nstart = 2026-11-01\ndue = 2026-12-10",
            "status = \"blocked\"\nstart = 2026-11-01\ndue = 2027-01-15",
        )
        .replace(
            "status = \"active\"\nstart = 2026-09-01\ndue = 2026-11-20",
            "status = \"done\"\nstart = 2026-09-01\ndue = 2026-11-20\ncompleted = 2026-11-27",
        );
    let (before, removed) = text.split_once("[[item]]\nid = \"2a-2\"").unwrap();
    let (_, after) = removed.split_once("[[item]]\nid = \"2b-1\"").unwrap();
    let text = format!(
        "{before}[[item]]\nid = \"2b-1\"{after}\n[[item.log]]\ndate = 2026-11-27\nnote = \"Draft sent.\"\n\n\
         [[item]]\nid = \"2b-3\"\ntitle = \"Glossary\"\ngoals = [\"2b\"]\nowner = \"Vice ordförande\"\n"
    );
    fs::write(&path, text).unwrap();
}

const CHANGES: &str = "Id    Change      Details
────  ──────────  ────────────────────────────────────────
2a    goal owner  Kommunikationsansvarig → Vice ordförande
1a-1  status      active → done
1a-1  completed   — → 2026-11-27
2b-1  status      planned → blocked
2b-1  due         2026-12-10 → 2027-01-15
2b-2  note        2026-11-27: Draft sent.
2b-3  added       Glossary
2a-2  removed     Newsletter
";

#[test]
fn diff_against_the_commit_of_a_week_ago() {
    let repo = tempfile::tempdir().unwrap();
    let plans = repo.path().join("plans");
    copy_plan(&plans);
    git(repo.path(), &["init", "-q"], "2026-11-10T12:00:00+01:00");
    git(repo.path(), &["add", "."], "2026-11-10T12:00:00+01:00");
    git(
        repo.path(),
        &["commit", "-qm", "plan"],
        "2026-11-10T12:00:00+01:00",
    );
    let old = short(repo.path(), "HEAD");
    edit_plan(&plans);
    git(
        repo.path(),
        &["commit", "-qam", "week"],
        "2026-11-25T12:00:00+01:00",
    );
    let new = short(repo.path(), "HEAD");

    let (code, out, err) = run_on(&plans, &["diff"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(out, format!("Changes since {old} (2026-11-10)\n{CHANGES}"));

    let (code, out, _) = run_on(&plans, &["diff", "--against", "HEAD", "--lang", "sv"]);
    assert_eq!(code, 0);
    assert_eq!(
        out,
        format!(
            "Ändringar sedan HEAD ({new}, 2026-11-25)\nInga ändringar sedan HEAD ({new}, 2026-11-25).\n"
        )
    );

    let (code, out, _) = run_on(&plans, &["week", "--since", "HEAD~1"]);
    assert_eq!(code, 0);
    assert!(
        out.ends_with(&format!(
            "\nChanges since HEAD~1 ({old}, 2026-11-10)\n{CHANGES}"
        )),
        "{out}"
    );

    let (code, out, err) = run_on(&plans, &["diff", "--as-of", "2026-11-12"]);
    assert_eq!((code, out.as_str()), (2, ""));
    assert!(err.contains("no commit of"), "{err}");

    let (code, _, err) = run_on(&plans, &["diff", "--against", "nosuchrev"]);
    assert_eq!(code, 2);
    assert!(
        err.starts_with("error: `nosuchrev` is not a commit"),
        "{err}"
    );
}

#[test]
fn diff_against_another_plan_folder() {
    let dir = tempfile::tempdir().unwrap();
    let (old, new) = (dir.path().join("old"), dir.path().join("new"));
    copy_plan(&old);
    copy_plan(&new);
    edit_plan(&new);
    let (code, out, err) = run_on(&new, &["diff", old.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(out, format!("Changes since {}\n{CHANGES}", old.display()));
    let (code, out, _) = run_on(&new, &["diff", old.to_str().unwrap(), "--format", "json"]);
    assert_eq!(code, 0);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["changes"][1]["change"], "field");
    assert_eq!(v["changes"][1]["field"], "status");
    assert_eq!(v["changes"][1]["to"], "done");
    assert_eq!(v["changes"][4]["field"], "due");
    assert_eq!(v["changes"][4]["from"], "2026-12-10");
}

#[test]
fn diff_outside_git_says_so_and_exits_2() {
    let dir = tempfile::tempdir().unwrap();
    copy_plan(dir.path());
    let (code, out, err) = run_on(dir.path(), &["diff"]);
    assert_eq!((code, out.as_str()), (2, ""));
    assert_eq!(
        err,
        format!(
            "error: {} is not in a git repository, so there is no history to compare with; compare with a plan folder instead: intplan diff OLD_DIR\n",
            dir.path().display()
        )
    );
}
