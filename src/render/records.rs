//! A report's records as a table for programs: the CSV a script or a spreadsheet
//! formula reads when no language was asked for. Its columns are the records' JSON
//! keys and its cells the JSON values (stable English keywords such as `active` and
//! `on-track`), so the CSV says what the JSON says, in the same words, whatever the
//! run's language.
//!
//! Flattening, one rule for every report: a string, number or boolean is written as
//! it is and `null` as an empty cell; a list of such values is joined with ", "; an
//! object of such values (a text's `sv` and `en`) gives one column per key,
//! `title.sv`, `title.en`; anything deeper (an item's log, a goal's reasons) is
//! written as its compact JSON. A report whose records each hold a list of
//! measurements (`indicators`) gives a row per element instead ([`Shape::per`]).

use std::fmt;

use serde::de::{self, Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde::{Serialize, Serializer};

use super::{Cell, Table};

/// A JSON value that keeps the order of its keys, as the report wrote them.
#[derive(Debug, Clone, PartialEq)]
enum Json {
    Null,
    Bool(bool),
    Number(serde_json::Number),
    String(String),
    List(Vec<Json>),
    Object(Vec<(String, Json)>),
}

impl<'de> Deserialize<'de> for Json {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Json;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("JSON")
            }
            fn visit_unit<E: de::Error>(self) -> Result<Json, E> {
                Ok(Json::Null)
            }
            fn visit_none<E: de::Error>(self) -> Result<Json, E> {
                Ok(Json::Null)
            }
            fn visit_bool<E: de::Error>(self, b: bool) -> Result<Json, E> {
                Ok(Json::Bool(b))
            }
            fn visit_i64<E: de::Error>(self, n: i64) -> Result<Json, E> {
                Ok(Json::Number(n.into()))
            }
            fn visit_u64<E: de::Error>(self, n: u64) -> Result<Json, E> {
                Ok(Json::Number(n.into()))
            }
            fn visit_f64<E: de::Error>(self, n: f64) -> Result<Json, E> {
                Ok(serde_json::Number::from_f64(n).map_or(Json::Null, Json::Number))
            }
            fn visit_str<E: de::Error>(self, s: &str) -> Result<Json, E> {
                Ok(Json::String(s.to_owned()))
            }
            fn visit_string<E: de::Error>(self, s: String) -> Result<Json, E> {
                Ok(Json::String(s))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Json, A::Error> {
                let mut out = Vec::new();
                while let Some(v) = seq.next_element()? {
                    out.push(v);
                }
                Ok(Json::List(out))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Json, A::Error> {
                let mut out = Vec::new();
                while let Some((k, v)) = map.next_entry()? {
                    out.push((k, v));
                }
                Ok(Json::Object(out))
            }
        }
        d.deserialize_any(V)
    }
}

impl Serialize for Json {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::{SerializeMap, SerializeSeq};
        match self {
            Json::Null => s.serialize_unit(),
            Json::Bool(b) => s.serialize_bool(*b),
            Json::Number(n) => n.serialize(s),
            Json::String(t) => s.serialize_str(t),
            Json::List(l) => {
                let mut seq = s.serialize_seq(Some(l.len()))?;
                for v in l {
                    seq.serialize_element(v)?;
                }
                seq.end()
            }
            Json::Object(o) => {
                let mut map = s.serialize_map(Some(o.len()))?;
                for (k, v) in o {
                    map.serialize_entry(k, v)?;
                }
                map.end()
            }
        }
    }
}

impl Json {
    /// The value as one cell, if it is a scalar or a list of scalars.
    fn cell(&self) -> Option<String> {
        match self {
            Json::Null => Some(String::new()),
            Json::Bool(b) => Some(b.to_string()),
            Json::Number(n) => Some(n.to_string()),
            Json::String(s) => Some(s.clone()),
            Json::List(l) => l
                .iter()
                .map(|v| match v {
                    Json::List(_) | Json::Object(_) | Json::Null => None,
                    v => v.cell(),
                })
                .collect::<Option<Vec<_>>>()
                .map(|cells| cells.join(", ")),
            Json::Object(_) => None,
        }
    }

    /// The keys of a flat object (one whose values are all cells): its columns.
    fn flat_keys(&self) -> Option<Vec<&str>> {
        match self {
            Json::Object(fields) if fields.iter().all(|(_, v)| v.cell().is_some()) => {
                Some(fields.iter().map(|(k, _)| k.as_str()).collect())
            }
            _ => None,
        }
    }

    /// The value of a flat object's `key`, as a cell.
    fn field(&self, key: &str) -> String {
        match self {
            Json::Object(fields) => fields
                .iter()
                .find(|(k, _)| k == key)
                .and_then(|(_, v)| v.cell())
                .unwrap_or_default(),
            _ => String::new(),
        }
    }
}

/// One column of the table: a record's field, or one key of a field that is a
/// flat object in some record (`title.sv`).
struct Column {
    field: String,
    key: Option<String>,
}

impl Column {
    fn header(&self) -> String {
        match &self.key {
            Some(key) => format!("{}.{key}", self.field),
            None => self.field.clone(),
        }
    }

    fn cell(&self, record: &[(String, Json)]) -> String {
        let Some((_, value)) = record.iter().find(|(k, _)| *k == self.field) else {
            return String::new();
        };
        match &self.key {
            Some(key) => value.field(key),
            None => value
                .cell()
                .unwrap_or_else(|| serde_json::to_string(value).unwrap_or_default()),
        }
    }
}

/// What the data alone cannot tell about a report's records, so that its columns
/// are the same whatever the plan holds.
#[derive(Clone, Copy, Debug, Default)]
pub struct Shape<'a> {
    /// Fields that are always columns, first and in this order, even when no record
    /// has them (a diff without an added item still has `file`).
    pub fields: &'a [&'a str],
    /// Fields that are texts in both languages, `null` when absent (an item's
    /// `description`): always the two columns `key.sv` and `key.en`.
    pub texts: &'a [&'a str],
    /// A list field to give a row per element of (see [`table_by`]).
    pub per: Option<&'a str>,
}

/// The columns of `records`: the shape's fields, then each other field in the
/// order the records first give it; a field that is a flat object in any record,
/// or a text of the shape, becomes a column per key.
fn columns<'r>(records: &'r [Vec<(String, Json)>], shape: &Shape<'r>) -> Vec<Column> {
    let mut fields: Vec<(&str, Option<Vec<&str>>)> =
        shape.fields.iter().map(|f| (*f, None)).collect();
    for record in records {
        for (field, value) in record {
            let at = match fields.iter().position(|(f, _)| f == field) {
                Some(at) => at,
                None => {
                    fields.push((field, None));
                    fields.len() - 1
                }
            };
            if let Some(keys) = value.flat_keys() {
                let known = fields[at].1.get_or_insert_with(Vec::new);
                for key in keys {
                    if !known.contains(&key) {
                        known.push(key);
                    }
                }
            }
        }
    }
    for text in shape.texts {
        match fields.iter_mut().find(|(f, _)| f == text) {
            Some(field) => {
                let keys = field.1.get_or_insert_with(Vec::new);
                for key in ["sv", "en"] {
                    if !keys.contains(&key) {
                        keys.push(key);
                    }
                }
            }
            None => fields.push((text, Some(vec!["sv", "en"]))),
        }
    }
    fields
        .into_iter()
        .flat_map(|(field, keys)| match keys {
            Some(keys) => keys
                .into_iter()
                .map(|k| Column {
                    field: field.to_owned(),
                    key: Some(k.to_owned()),
                })
                .collect(),
            None => vec![Column {
                field: field.to_owned(),
                key: None,
            }],
        })
        .collect()
}

/// The records `value` serialises to (a list of objects, or one object) as a
/// table: one row per record, one column per field.
pub fn table<T: Serialize + ?Sized>(value: &T, shape: Shape<'_>) -> Table {
    let records = objects(value);
    let records = match shape.per {
        Some(field) => by(records, field),
        None => records,
    };
    to_table(&records, &shape)
}

/// One record per element of each record's list `field` (an indicator's values
/// per group): the element's fields become `field.key` beside the record's own; a
/// record whose list is empty keeps one row.
fn by(records: Vec<Vec<(String, Json)>>, field: &str) -> Vec<Vec<(String, Json)>> {
    let mut rows = Vec::new();
    for record in records {
        let (own, list): (Vec<_>, Vec<_>) = record.into_iter().partition(|(k, _)| k != field);
        let elements = match list.into_iter().next() {
            Some((_, Json::List(l))) if !l.is_empty() => l,
            _ => vec![Json::Object(Vec::new())],
        };
        for element in elements {
            let mut row = own.clone();
            if let Json::Object(fields) = element {
                row.extend(fields.into_iter().map(|(k, v)| (format!("{field}.{k}"), v)));
            }
            rows.push(row);
        }
    }
    rows
}

/// The objects `value` serialises to: a list's, or the one object.
fn objects<T: Serialize + ?Sized>(value: &T) -> Vec<Vec<(String, Json)>> {
    let json = serde_json::to_string(value)
        .ok()
        .and_then(|text| serde_json::from_str::<Json>(&text).ok());
    match json {
        Some(Json::List(records)) => records
            .into_iter()
            .filter_map(|r| match r {
                Json::Object(fields) => Some(fields),
                _ => None,
            })
            .collect(),
        Some(Json::Object(fields)) => vec![fields],
        _ => Vec::new(),
    }
}

fn to_table(records: &[Vec<(String, Json)>], shape: &Shape<'_>) -> Table {
    let columns = columns(records, shape);
    let rows = records
        .iter()
        .map(|r| columns.iter().map(|c| Cell::from(c.cell(r))).collect())
        .collect();
    Table {
        numeric: vec![false; columns.len()],
        long: vec![false; columns.len()],
        headers: columns.iter().map(Column::header).collect(),
        rows,
        ..Table::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Serialize)]
    struct Text {
        sv: &'static str,
        en: Option<&'static str>,
    }

    #[derive(Serialize)]
    struct Row {
        id: &'static str,
        title: Option<Text>,
        goals: Vec<&'static str>,
        days: Option<i64>,
        stale: bool,
        log: Vec<Text>,
    }

    #[test]
    fn records_flatten_in_the_order_the_report_writes_them() {
        let rows = [
            Row {
                id: "2b-1",
                title: None,
                goals: vec!["2b", "3a"],
                days: Some(-3),
                stale: false,
                log: vec![Text {
                    sv: "klar",
                    en: None,
                }],
            },
            Row {
                id: "1a-1",
                title: Some(Text {
                    sv: "Råd",
                    en: None,
                }),
                goals: vec![],
                days: None,
                stale: true,
                log: vec![],
            },
        ];
        let t = table(
            &rows,
            Shape {
                texts: &["title"],
                ..Shape::default()
            },
        );
        assert_eq!(
            t.headers,
            [
                "id", "title.sv", "title.en", "goals", "days", "stale", "log"
            ]
        );
        let cells: Vec<Vec<&str>> = t
            .rows
            .iter()
            .map(|r| r.iter().map(|c| c.text.as_str()).collect())
            .collect();
        assert_eq!(
            cells,
            [
                vec![
                    "2b-1",
                    "",
                    "",
                    "2b, 3a",
                    "-3",
                    "false",
                    r#"[{"sv":"klar","en":null}]"#
                ],
                vec!["1a-1", "Råd", "", "", "", "true", ""],
            ]
        );
    }
}
