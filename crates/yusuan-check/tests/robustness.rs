//! The checker never panics or runs away: the corpus documents with lines deleted or repeated
//! are checked to the end (a rule that loops over lines must stay within the document).

use proptest::prelude::*;
use yusuan_check::{check, Selection};

fn corpus() -> Vec<String> {
    ["luanchuan-2020.txt", "luanchuan-2025.txt", "luolong-2021.txt"]
        .iter()
        .map(|f| {
            let path = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/corpus").join(f);
            std::fs::read_to_string(path).unwrap()
        })
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn damaged_documents_check_to_the_end(doc in 0usize..3, edits in prop::collection::vec((any::<bool>(), any::<usize>()), 0..40)) {
        let mut lines: Vec<String> = corpus()[doc].lines().map(str::to_string).collect();
        for (delete, at) in edits {
            if lines.is_empty() {
                break;
            }
            let i = at % lines.len();
            if delete {
                lines.remove(i);
            } else {
                lines.insert(i, lines[i].clone());
            }
        }
        if let Ok(reading) = yusuan_read::read_bytes(lines.join("\n").as_bytes()) {
            for f in check(&reading, &Selection::default()) {
                prop_assert!(!f.places.is_empty(), "{} has no place", f.code);
            }
        }
    }
}
