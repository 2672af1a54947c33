//! `intplan schema`: the JSON Schema of each kind of plan file, generated from the
//! model types the loader fills (their `///` comments become the descriptions), so
//! that editors (taplo, the Even Better TOML extension) complete and check the same
//! keys and words as `intplan check`. Only the files' top levels, which the model
//! spreads over other types, are declared here.

use std::collections::BTreeMap;
use std::io::{self, Write};

use clap::ValueEnum;
use schemars::generate::SchemaSettings;
use schemars::transform::RecursiveTransform;
use schemars::{JsonSchema, Schema};
use serde_json::Value;

use crate::model::{Area, GoalOwner, Indicator, Item, Measurement, PlanHeader, Strategy};

/// The four kinds of file in a plan folder, each with its own schema.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, ValueEnum)]
pub enum FileKind {
    /// `strategy.toml`: the strategy's areas and goals.
    Strategy,
    /// A year's `plan.toml`: [plan], [goals.X] and [[item]].
    #[default]
    Plan,
    /// A unit's file in a year folder, such as `d-sektionen.toml`: [[item]] only.
    Unit,
    /// A year's `measurements.toml`: [[measurement]] only.
    Measurements,
}

impl FileKind {
    /// The name of the shipped copy in `schemas/`.
    pub fn file_name(self) -> &'static str {
        match self {
            FileKind::Strategy => "strategy.schema.json",
            FileKind::Plan => "plan.schema.json",
            FileKind::Unit => "unit.schema.json",
            FileKind::Measurements => "measurements.schema.json",
        }
    }
}

/// `strategy.toml`: the strategy the council (fullmäktige) adopted; plans refer to
/// its goal ids.
#[derive(JsonSchema)]
#[allow(dead_code, reason = "the shape of a file, read only by schemars")]
#[schemars(title = "intplan strategy.toml", deny_unknown_fields)]
pub struct StrategyFile {
    /// `[strategy]`: the title, the vision and who adopted it.
    pub strategy: Strategy,
    /// `[[area]]`: the goal areas, in order, each with its `[[area.goal]]`s.
    pub area: Vec<Area>,
    /// `[[indicator]]`: how the goals' effect is measured, such as by the member
    /// survey; figures go in each year's `measurements.toml`.
    pub indicator: Option<Vec<Indicator>>,
}

/// A year's `plan.toml`: the board's action plan for one operating year.
#[derive(JsonSchema)]
#[allow(dead_code, reason = "the shape of a file, read only by schemars")]
#[schemars(title = "intplan plan.toml", deny_unknown_fields)]
pub struct PlanFile {
    /// `[plan]`: the period, the lead, the last review and the roster of posts.
    pub plan: PlanHeader,
    /// `[goals.X]`: one table per strategy goal, naming the post that owns it this year.
    pub goals: Option<BTreeMap<String, GoalOwner>>,
    /// `[[item]]`: the activities that work towards the goals.
    pub item: Option<Vec<Item>>,
}

/// A unit's file (a section or committee) in a year folder: items only; the period,
/// lead and goal owners are set in `plan.toml`.
#[derive(JsonSchema)]
#[allow(dead_code, reason = "the shape of a file, read only by schemars")]
#[schemars(title = "intplan unit file", deny_unknown_fields)]
pub struct UnitFile {
    /// `[[item]]`: the unit's activities, with the same keys as in `plan.toml`.
    pub item: Option<Vec<Item>>,
}

/// A year's `measurements.toml`: what was measured for the strategy's indicators,
/// such as the member survey's figures.
#[derive(JsonSchema)]
#[allow(dead_code, reason = "the shape of a file, read only by schemars")]
#[schemars(title = "intplan measurements.toml", deny_unknown_fields)]
pub struct MeasurementsFile {
    /// `[[measurement]]`: one figure of one indicator, for one group, on one day.
    pub measurement: Option<Vec<Measurement>>,
}

/// The schema of one kind of file, draft-07 (the draft taplo validates).
pub fn generate(kind: FileKind) -> Schema {
    let mut settings = SchemaSettings::draft07();
    settings
        .transforms
        .insert(0, Box::new(RecursiveTransform(drop_null)));
    settings
        .transforms
        .push(Box::new(RecursiveTransform(string_enum)));
    let generator = settings.into_generator();
    match kind {
        FileKind::Strategy => generator.into_root_schema_for::<StrategyFile>(),
        FileKind::Plan => generator.into_root_schema_for::<PlanFile>(),
        FileKind::Unit => generator.into_root_schema_for::<UnitFile>(),
        FileKind::Measurements => generator.into_root_schema_for::<MeasurementsFile>(),
    }
}

/// TOML has no null: an absent key is the only way to leave a value out, so the
/// `null` schemars allows for an `Option` is taken back out.
fn drop_null(schema: &mut Schema) {
    if let Some(Value::Array(types)) = schema.get_mut("type") {
        types.retain(|t| t != "null");
        if let [only] = types.as_slice() {
            let only = only.clone();
            schema.insert("type".into(), only);
        }
    }
    let Some(Value::Array(any_of)) = schema.get_mut("anyOf") else {
        return;
    };
    any_of.retain(|s| s.get("type").is_none_or(|t| t != "null"));
    if let [Value::Object(only)] = any_of.as_slice() {
        let only = only.clone();
        schema.remove("anyOf");
        for (key, value) in only {
            schema.insert(key, value);
        }
    }
}

/// Turns schemars' `oneOf` of documented constants (a keyword such as `status`) into
/// a plain string `enum`, which every editor completes, keeping each word's
/// description where taplo shows it (`x-taplo.docs.enumValues`).
fn string_enum(schema: &mut Schema) {
    let Some(Value::Array(variants)) = schema.get("oneOf") else {
        return;
    };
    let mut words = Vec::new();
    let mut docs = Vec::new();
    for variant in variants {
        let Some(word @ Value::String(_)) = variant.get("const") else {
            return;
        };
        words.push(word.clone());
        docs.push(variant.get("description").cloned().unwrap_or(Value::Null));
    }
    schema.remove("oneOf");
    schema.insert("type".into(), "string".into());
    schema.insert("enum".into(), Value::Array(words));
    schema.insert(
        "x-taplo".into(),
        serde_json::json!({ "docs": { "enumValues": docs } }),
    );
}

/// Writes the schema as pretty JSON with a final newline, exactly as shipped in
/// `schemas/`.
pub fn write(out: &mut dyn Write, kind: FileKind) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, &generate(kind))?;
    writeln!(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::decode::keys;
    use crate::schedule::{ACCEPTED_CADENCES, CADENCE_PATTERN, Cadence, REFUSED_CADENCES};
    use predicates::prelude::*;

    fn json(kind: FileKind) -> Value {
        serde_json::to_value(generate(kind)).unwrap()
    }

    /// Follows `$ref`, a lone `allOf`, array `items` and, for `*`, a map's values, down
    /// to the object schema of a table.
    fn table<'a>(root: &'a Value, path: &[&str]) -> &'a Value {
        let mut at = root;
        for step in path.iter().map(Some).chain([None]) {
            loop {
                if let Some(Value::String(r)) = at.get("$ref") {
                    let name = r.strip_prefix("#/definitions/").unwrap();
                    at = &root["definitions"][name];
                } else if let Some(Value::Array(all)) = at.get("allOf") {
                    at = &all[0];
                } else if at["type"] == "array" {
                    at = &at["items"];
                } else if let Some(Value::Array(any)) = at.get("anyOf") {
                    at = any.iter().find(|s| s["type"] == "object").unwrap();
                } else {
                    break;
                }
            }
            match step {
                Some(&"*") => at = &at["additionalProperties"],
                Some(key) => at = &at["properties"][*key],
                None => {}
            }
        }
        at
    }

    fn keys_of(root: &Value, path: &[&str]) -> Vec<String> {
        let t = table(root, path);
        assert_eq!(t["additionalProperties"], false, "{path:?} must be closed");
        let mut keys: Vec<String> = t["properties"]
            .as_object()
            .unwrap()
            .keys()
            .cloned()
            .collect();
        keys.sort();
        keys
    }

    fn sorted(list: &[&str]) -> Vec<String> {
        let mut v: Vec<String> = list.iter().map(|k| k.to_string()).collect();
        v.sort();
        v
    }

    #[test]
    fn every_key_list_of_the_loader_equals_the_schema() {
        let strategy = json(FileKind::Strategy);
        let plan = json(FileKind::Plan);
        let unit = json(FileKind::Unit);
        let measurements = json(FileKind::Measurements);
        let cases: &[(&Value, &[&str], &[&str])] = &[
            (&strategy, &[], keys::STRATEGY_FILE),
            (&strategy, &["strategy"], keys::STRATEGY),
            (&strategy, &["area"], keys::AREA),
            (&strategy, &["area", "goal"], keys::GOAL),
            (&strategy, &["strategy", "title"], keys::TEXT),
            (&strategy, &["indicator"], keys::INDICATOR),
            (&strategy, &["indicator", "text"], keys::TEXT),
            (&measurements, &[], keys::MEASUREMENTS_FILE),
            (&measurements, &["measurement"], keys::MEASUREMENT),
            (&plan, &[], keys::PLAN_FILE),
            (&plan, &["plan"], keys::PLAN),
            (&plan, &["plan", "period"], keys::PERIOD),
            (&plan, &["goals", "*"], keys::GOAL_OWNER),
            (&plan, &["item"], keys::ITEM),
            (&plan, &["item", "log"], keys::LOG),
            (&plan, &["item", "title"], keys::TEXT),
            (&unit, &[], keys::UNIT_FILE),
            (&unit, &["item"], keys::ITEM),
        ];
        for (root, path, list) in cases {
            assert_eq!(keys_of(root, path), sorted(list), "{path:?}");
        }
    }

    #[test]
    fn keywords_are_string_enums_with_the_loaders_words() {
        use crate::model::{Group, Kind, Status};
        let plan = json(FileKind::Plan);
        let schema_words = |name: &str| {
            let s = &plan["definitions"][name];
            assert_eq!(s["type"], "string");
            s["enum"].clone()
        };
        let words = |list: Vec<&str>| serde_json::json!(list);
        assert_eq!(
            schema_words("Kind"),
            words(Kind::ALL.iter().map(|k| k.as_str()).collect())
        );
        assert_eq!(
            schema_words("Status"),
            words(Status::ALL.iter().map(|s| s.as_str()).collect())
        );
        assert_eq!(
            schema_words("Group"),
            words(Group::ALL.iter().map(|g| g.as_str()).collect())
        );
        let item = &table(&plan, &["item"])["properties"];
        assert_eq!(item["status"]["default"], Status::default().as_str());
        assert_eq!(item["kind"]["default"], Kind::default().as_str());
    }

    #[test]
    fn no_schema_allows_null_which_toml_lacks() {
        for kind in [
            FileKind::Strategy,
            FileKind::Plan,
            FileKind::Unit,
            FileKind::Measurements,
        ] {
            let text = serde_json::to_string(&generate(kind)).unwrap();
            assert!(!text.contains("\"null\""), "{kind:?}");
        }
    }

    #[test]
    fn dates_are_date_strings() {
        let plan = json(FileKind::Plan);
        let due = &table(&plan, &["item"])["properties"]["due"];
        assert_eq!(due["type"], "string");
        assert_eq!(due["format"], "date");
    }

    #[test]
    fn the_cadence_pattern_accepts_what_the_loader_accepts() {
        let pattern = predicate::str::is_match(CADENCE_PATTERN).unwrap();
        for text in ACCEPTED_CADENCES {
            assert!(text.parse::<Cadence>().is_ok(), "{text:?}");
            assert!(pattern.eval(text), "{text:?}");
        }
        for text in REFUSED_CADENCES {
            assert!(text.parse::<Cadence>().is_err(), "{text:?}");
            assert!(!pattern.eval(text), "{text:?}");
        }
    }
}
