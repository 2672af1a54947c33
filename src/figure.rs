//! How a measured figure reads in each language: one decimal where needed, a
//! decimal comma in Swedish ("72,5 %") and a point in English ("72.5%"). Machine
//! outputs keep plain numbers: a [`Figure`] is a whole number in JSON when it is one.

use serde::{Serialize, Serializer};

use crate::i18n::Lang;
use crate::model::IndicatorUnit;

/// A figure for JSON: `72` for a whole number, `72.5` otherwise, never `72.0`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Figure(pub f64);

impl Serialize for Figure {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let x = self.0;
        // Whole numbers below 2^53 are exact as integers.
        if x.fract() == 0.0 && x.abs() < 9.0e15 {
            s.serialize_i64(x as i64)
        } else {
            s.serialize_f64(x)
        }
    }
}

/// A figure as the file would write it, for messages that quote the file.
pub fn plain(x: f64) -> String {
    x.to_string()
}

/// A number with at most one decimal, rounded half away from zero: "72.5",
/// "72", "72,5".
pub fn number(x: f64, lang: Lang) -> String {
    let tenths = (x * 10.0).round();
    let tenths = if tenths == 0.0 { 0.0 } else { tenths };
    let text = if tenths % 10.0 == 0.0 {
        format!("{}", tenths / 10.0)
    } else {
        format!("{:.1}", tenths / 10.0)
    };
    match lang {
        Lang::En => text,
        Lang::Sv => text.replace('.', ","),
    }
}

/// A difference with its sign: "+2.4", "-1", "0".
pub fn signed(x: f64, lang: Lang) -> String {
    let text = number(x, lang);
    if text.starts_with('-') || text == "0" {
        text
    } else {
        format!("+{text}")
    }
}

/// A value in its indicator's unit: "72.5%" / "72,5 %" for a percent, the number
/// alone for a count or a score.
pub fn value(x: f64, unit: Option<IndicatorUnit>, lang: Lang) -> String {
    let text = number(x, lang);
    match (unit, lang) {
        (Some(IndicatorUnit::Percent), Lang::En) => format!("{text}%"),
        (Some(IndicatorUnit::Percent), Lang::Sv) => format!("{text} %"),
        _ => text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_decimal_where_needed_in_each_language() {
        assert_eq!(number(72.5, Lang::En), "72.5");
        assert_eq!(number(72.5, Lang::Sv), "72,5");
        assert_eq!(number(72.0, Lang::Sv), "72");
        assert_eq!(number(72.25, Lang::En), "72.3");
        assert_eq!(number(2.799999999999997, Lang::En), "2.8");
        assert_eq!(number(-0.04, Lang::En), "0");
        assert_eq!(number(-20.5, Lang::Sv), "-20,5");
        assert_eq!(
            value(72.5, Some(IndicatorUnit::Percent), Lang::Sv),
            "72,5 %"
        );
        assert_eq!(value(72.5, Some(IndicatorUnit::Percent), Lang::En), "72.5%");
        assert_eq!(value(3.0, Some(IndicatorUnit::Count), Lang::En), "3");
        assert_eq!(signed(2.4, Lang::Sv), "+2,4");
        assert_eq!(signed(-1.0, Lang::En), "-1");
        assert_eq!(signed(0.0, Lang::En), "0");
    }

    #[test]
    fn json_figures_are_whole_when_whole() {
        let json = serde_json::to_string(&[Figure(72.0), Figure(72.5), Figure(-3.0)]).unwrap();
        assert_eq!(json, "[72,72.5,-3]");
    }
}
