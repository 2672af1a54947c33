//! "Did you mean ...?": the nearest of a set of valid words to a mistyped one, for
//! unknown keys, goals, owners, statuses and item ids.

/// The candidate closest to `word`, if any is close enough to be a likely typo.
/// A difference only in case or surrounding spaces always counts as close.
pub fn nearest<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let wanted = word.trim().to_lowercase();
    let length = wanted.chars().count();
    let limit = (length / 3).max(1);
    candidates
        .into_iter()
        .map(|c| (c, c.trim().to_lowercase()))
        // The distance is at least the difference in length; skipping hopeless
        // candidates keeps a pasted megabyte of text from costing seconds.
        .filter(|(_, lower)| lower.chars().count().abs_diff(length) <= limit)
        .map(|(c, lower)| (strsim::damerau_levenshtein(&wanted, &lower), c))
        .filter(|&(distance, c)| distance <= limit && c != word)
        .min_by_key(|&(distance, _)| distance)
        .map(|(_, c)| c)
}

#[cfg(test)]
mod tests {
    use super::nearest;

    #[test]
    fn finds_typos_case_and_spaces() {
        let keys = ["id", "title", "owner", "goals", "status"];
        assert_eq!(nearest("ownr", keys), Some("owner"));
        assert_eq!(nearest("Goals", keys), Some("goals"));
        assert_eq!(nearest("stauts", keys), Some("status"));
        assert_eq!(nearest("colour", keys), None);
        let posts = ["Vice ordförande", "Utbildningsenheten"];
        assert_eq!(nearest("Vice ordförande ", posts), Some("Vice ordförande"));
        assert_eq!(
            nearest("Utbildningsenhet", posts),
            Some("Utbildningsenheten")
        );
        assert_eq!(nearest("1A", ["1a", "1b"]), Some("1a"));
    }

    #[test]
    fn a_megabyte_of_text_is_not_compared() {
        let long = "x".repeat(1_000_000);
        assert_eq!(nearest(&long, ["Vice ordförande"]), None);
    }

    #[test]
    fn never_suggests_the_word_itself() {
        assert_eq!(nearest("owner", ["owner"]), None);
    }
}
