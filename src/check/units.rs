//! The rule of the union's units: once `[plan] units` declares the roster, every
//! item's `unit` names one of them (a unit file's items default to the unit named
//! like the file, so only a written `unit` can be a typo).

use super::Context;
use crate::diagnostic::{Code, Diagnostic};
use crate::model::Year;
use crate::suggest::nearest;
use crate::t;

/// Reports every written `unit` missing from the year's roster.
pub(super) fn unknown_units(year: &Year, cx: Context<'_>, out: &mut Vec<Diagnostic>) {
    let Some(roster) = &year.header.units else {
        return;
    };
    let units: Vec<&str> = roster.iter().map(|u| u.value.as_str()).collect();
    for item in &year.items {
        let Some(unit) = item
            .unit
            .as_ref()
            .filter(|u| !units.contains(&u.value.as_str()))
        else {
            continue;
        };
        let help = match nearest(&unit.value, units.iter().copied()) {
            Some(near) => t!(cx.lang, "units-unknown-near", near = near),
            None => t!(cx.lang, "units-unknown-list", list = units.join(", ")),
        };
        out.push(
            Diagnostic::new(
                Code::UnknownUnit,
                item.file,
                unit.span(),
                t!(cx.lang, "units-unknown", unit = &unit.value),
            )
            .with_help(help),
        );
    }
}
