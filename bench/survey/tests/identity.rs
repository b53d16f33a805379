//! The identity read (unit, year, 预算/决算, 部门/单位) against the hand-checked `MANIFEST.tsv` of
//! the national corpus (`../shared/corpus/national/`, beside the checkout; the test says it was
//! skipped when the folder is absent): documents of six provinces, read as any province's would be.

use std::path::PathBuf;
use yusuan_survey::manifest::{self, Disclosure};
use yusuan_survey::outcome::{identity_right, measure};

/// Share of the disclosures (whole or partial) whose four parts must all be right; one read
/// wrong or not at all (a scan) counts against it.
const MIN_ALL_FOUR_RIGHT: f64 = 0.95;

#[test]
fn the_national_corpus_is_identified_and_non_disclosures_are_refused() {
    let folder = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus/national");
    if !folder.join("MANIFEST.tsv").exists() {
        eprintln!("skipped: {} is absent (the shared corpus is not beside the checkout)", folder.display());
        return;
    }
    let entries = manifest::load(&folder).unwrap_or_else(|e| panic!("{e}"));
    let (mut right, mut disclosures, mut wrong) = (0, 0, Vec::new());
    for entry in &entries {
        let read = measure(&folder.join(&entry.file)).result;
        if entry.disclosure == Disclosure::No {
            assert!(read.is_err(), "{}: a non-disclosure read as a disclosure", entry.file);
            continue;
        }
        disclosures += 1;
        match read {
            Ok(r) if identity_right(entry, &r).iter().all(|part| *part) => right += 1,
            Ok(r) => wrong.push(format!(
                "{}: read {:?} {:?} {:?} {:?}, manifest {:?} {:?} {:?} {:?}",
                entry.file, r.unit, r.year, r.kind, r.scope, entry.unit, entry.year, entry.kind, entry.scope
            )),
            Err(e) => wrong.push(format!("{}: not read: {e}", entry.file)),
        }
    }
    eprintln!("identity right in {right}/{disclosures} disclosures; wrong:\n  {}", wrong.join("\n  "));
    assert!(right as f64 >= MIN_ALL_FOUR_RIGHT * disclosures as f64, "only {right}/{disclosures} right:\n  {}", wrong.join("\n  "));
}
