//! The registry: every rule, one file each, under a folder per category.

mod ar {
    pub mod ar101_concept_sums;
    pub mod ar102_column_sums;
}
mod cl {
    pub mod cl101_econ_mapping;
}
mod cp {
    pub mod cp101_required_tables;
    pub mod cp102_empty_table_note;
}
mod id {
    pub mod id101_table_unit_name;
}
mod nr {
    mod change;
    pub mod nr101_change_rate;
    pub mod nr102_rate_from_zero_base;
    pub mod nr103_narrative_vs_table;
    pub mod nr104_project_count;
    pub mod nr105_large_projects;
    pub mod nr106_share;
    pub mod nr107_stated_twice;
}
mod xt {
    pub mod xt101_repeated_row;
    pub mod xt102_summary_tables_agree;
}
mod pf {
    mod indicators;
    pub mod pf101_target_above_amount;
    pub mod pf102_target_of_another_project;
    pub mod pf103_empty_target;
    pub mod pf104_target_contradicts_indicator;
    pub mod pf105_copied_indicators;
    pub mod pf106_performance_amount_vs_project_list;
}
mod tx {
    mod text;
    pub mod tx101_cut_off_sentence;
    pub mod tx102_doubled_punctuation;
    pub mod tx103_comparison_year;
    pub mod tx104_unrendered_characters;
    pub mod tx105_unmatched_quotes;
    pub mod tx106_unit_wording;
    pub mod tx107_missing_end_punctuation;
}

use crate::rule::Rule;

/// All rules, in code order.
pub static ALL: [&dyn Rule; 28] = [
    &ar::ar101_concept_sums::ConceptSums,
    &ar::ar102_column_sums::ColumnSums,
    &cl::cl101_econ_mapping::EconMapping,
    &cp::cp101_required_tables::RequiredTables,
    &cp::cp102_empty_table_note::EmptyTableNote,
    &id::id101_table_unit_name::TableUnitName,
    &nr::nr101_change_rate::ChangeRate,
    &nr::nr102_rate_from_zero_base::RateFromZeroBase,
    &nr::nr103_narrative_vs_table::NarrativeVsTable,
    &nr::nr104_project_count::ProjectCount,
    &nr::nr105_large_projects::LargeProjects,
    &nr::nr106_share::Share,
    &nr::nr107_stated_twice::StatedTwice,
    &pf::pf101_target_above_amount::TargetAboveAmount,
    &pf::pf102_target_of_another_project::TargetOfAnotherProject,
    &pf::pf103_empty_target::EmptyTarget,
    &pf::pf104_target_contradicts_indicator::TargetContradictsIndicator,
    &pf::pf105_copied_indicators::CopiedIndicators,
    &pf::pf106_performance_amount_vs_project_list::PerformanceAmountVsProjectList,
    &tx::tx101_cut_off_sentence::CutOffSentence,
    &tx::tx102_doubled_punctuation::DoubledPunctuation,
    &tx::tx103_comparison_year::ComparisonYear,
    &tx::tx104_unrendered_characters::UnrenderedCharacters,
    &tx::tx105_unmatched_quotes::UnmatchedQuotes,
    &tx::tx106_unit_wording::UnitWording,
    &tx::tx107_missing_end_punctuation::MissingEndPunctuation,
    &xt::xt101_repeated_row::RepeatedRow,
    &xt::xt102_summary_tables_agree::SummaryTablesAgree,
];
