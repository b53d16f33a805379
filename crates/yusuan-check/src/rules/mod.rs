//! The registry: every rule, one file each, under a folder per category.

pub(crate) mod ar {
    pub(crate) mod totals;
    pub mod ar101_concept_sums;
    pub mod ar102_column_sums;
    pub mod ar103_code_hierarchy;
    pub mod ar104_blank_total;
}
mod cl {
    mod econ_names;
    mod lists;
    mod printed;
    pub mod cl101_econ_mapping;
    pub mod cl102_function_class_unknown;
    pub mod cl103_function_class_name;
    pub mod cl104_econ_dept_name;
    pub mod cl105_econ_gov_name;
    pub mod cl106_same_code_two_names;
    pub mod cl107_basic_expenditure_under_project_item;
    pub mod cl108_item_code_name;
}
mod cp {
    pub mod cp101_required_tables;
    pub mod cp102_empty_table_note;
    pub mod cp103_narrative_items;
    pub mod cp104_note_denies_figures;
}
mod id {
    pub mod id101_table_unit_name;
    pub mod id102_level_wording;
    pub mod id103_table_year;
    pub mod id104_project_period_year;
    pub mod id105_template_year;
}
mod nr {
    mod change;
    mod items;
    mod share;
    pub mod nr101_change_rate;
    pub mod nr102_rate_from_zero_base;
    pub mod nr103_narrative_vs_table;
    pub mod nr104_project_count;
    pub mod nr105_large_projects;
    pub mod nr106_share;
    pub mod nr107_stated_twice;
    pub mod nr108_share_of_wrong_denominator;
    pub mod nr109_function_class_misnamed;
    pub mod nr110_completion_rate;
    pub mod nr111_reason_against_the_change;
    pub mod nr112_text_of_another_item;
    pub mod nr113_parts_exceed_total;
    pub mod nr114_change_amount;
    pub mod nr115_amount_for_an_empty_table;
    pub mod nr116_rise_to_nothing;
    pub mod nr117_comparison_against_figures;
}
mod xt {
    mod agree;
    pub mod xt101_repeated_row;
    pub mod xt102_summary_tables_agree;
    pub mod xt103_general_budget_tables_agree;
    pub mod xt104_admin_operation_within_public_funds;
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
mod rd {
    mod reader;
    pub mod rd101_unreadable_cell;
    pub mod rd102_unplaced_figures;
    pub mod rd103_unknown_subject;
    pub mod rd104_table_without_rows;
    pub mod rd105_no_money_unit;
    pub mod rd106_unnamed_columns;
    pub mod rd107_placed_by_template;
    pub mod rd108_loose_indicators;
    pub mod rd109_columns_by_position;
    pub mod rd110_hidden_content;
    pub mod rd111_unsure_table;
}
mod tx {
    pub(super) mod text;
    pub mod tx101_cut_off_sentence;
    pub mod tx102_doubled_punctuation;
    pub mod tx103_comparison_year;
    pub mod tx104_unrendered_characters;
    pub mod tx105_unmatched_quotes;
    pub mod tx106_unit_wording;
    pub mod tx107_missing_end_punctuation;
    pub mod tx108_placeholder;
    pub mod tx109_both_directions;
    pub mod tx110_missing_amount;
    pub mod tx111_drafting_note;
    pub mod tx112_doubled_unit;
}

use crate::rule::Rule;

/// All rules, in code order.
pub static ALL: [&dyn Rule; 71] = [
    &ar::ar101_concept_sums::ConceptSums,
    &ar::ar102_column_sums::ColumnSums,
    &ar::ar103_code_hierarchy::CodeHierarchy,
    &ar::ar104_blank_total::BlankTotal,
    &cl::cl101_econ_mapping::EconMapping,
    &cl::cl102_function_class_unknown::FunctionClassUnknown,
    &cl::cl103_function_class_name::FunctionClassName,
    &cl::cl104_econ_dept_name::EconDeptName,
    &cl::cl105_econ_gov_name::EconGovName,
    &cl::cl106_same_code_two_names::SameCodeTwoNames,
    &cl::cl107_basic_expenditure_under_project_item::BasicExpenditureUnderProjectItem,
    &cl::cl108_item_code_name::ItemCodeName,
    &cp::cp101_required_tables::RequiredTables,
    &cp::cp102_empty_table_note::EmptyTableNote,
    &cp::cp103_narrative_items::NarrativeItems,
    &cp::cp104_note_denies_figures::NoteDeniesFigures,
    &id::id101_table_unit_name::TableUnitName,
    &id::id102_level_wording::LevelWording,
    &id::id103_table_year::TableYear,
    &id::id104_project_period_year::ProjectPeriodYear,
    &id::id105_template_year::TemplateYear,
    &nr::nr101_change_rate::ChangeRate,
    &nr::nr102_rate_from_zero_base::RateFromZeroBase,
    &nr::nr103_narrative_vs_table::NarrativeVsTable,
    &nr::nr104_project_count::ProjectCount,
    &nr::nr105_large_projects::LargeProjects,
    &nr::nr106_share::Share,
    &nr::nr107_stated_twice::StatedTwice,
    &nr::nr108_share_of_wrong_denominator::ShareOfWrongDenominator,
    &nr::nr109_function_class_misnamed::FunctionClassMisnamed,
    &nr::nr110_completion_rate::CompletionRate,
    &nr::nr111_reason_against_the_change::ReasonAgainstTheChange,
    &nr::nr112_text_of_another_item::TextOfAnotherItem,
    &nr::nr113_parts_exceed_total::PartsExceedTotal,
    &nr::nr114_change_amount::ChangeAmount,
    &nr::nr115_amount_for_an_empty_table::AmountForAnEmptyTable,
    &nr::nr116_rise_to_nothing::RiseToNothing,
    &nr::nr117_comparison_against_figures::ComparisonAgainstFigures,
    &pf::pf101_target_above_amount::TargetAboveAmount,
    &pf::pf102_target_of_another_project::TargetOfAnotherProject,
    &pf::pf103_empty_target::EmptyTarget,
    &pf::pf104_target_contradicts_indicator::TargetContradictsIndicator,
    &pf::pf105_copied_indicators::CopiedIndicators,
    &pf::pf106_performance_amount_vs_project_list::PerformanceAmountVsProjectList,
    &rd::rd101_unreadable_cell::UNREADABLE_CELL,
    &rd::rd102_unplaced_figures::UNPLACED_FIGURES,
    &rd::rd103_unknown_subject::UNKNOWN_SUBJECT,
    &rd::rd104_table_without_rows::TABLE_WITHOUT_ROWS,
    &rd::rd105_no_money_unit::NO_MONEY_UNIT,
    &rd::rd106_unnamed_columns::UNNAMED_COLUMNS,
    &rd::rd107_placed_by_template::PLACED_BY_TEMPLATE,
    &rd::rd108_loose_indicators::LOOSE_INDICATORS,
    &rd::rd109_columns_by_position::COLUMNS_BY_POSITION,
    &rd::rd110_hidden_content::HIDDEN_CONTENT,
    &rd::rd111_unsure_table::UnsureTable,
    &tx::tx101_cut_off_sentence::CutOffSentence,
    &tx::tx102_doubled_punctuation::DoubledPunctuation,
    &tx::tx103_comparison_year::ComparisonYear,
    &tx::tx104_unrendered_characters::UnrenderedCharacters,
    &tx::tx105_unmatched_quotes::UnmatchedQuotes,
    &tx::tx106_unit_wording::UnitWording,
    &tx::tx107_missing_end_punctuation::MissingEndPunctuation,
    &tx::tx108_placeholder::Placeholder,
    &tx::tx109_both_directions::BothDirections,
    &tx::tx110_missing_amount::MissingAmount,
    &tx::tx111_drafting_note::DraftingNote,
    &tx::tx112_doubled_unit::DoubledUnit,
    &xt::xt101_repeated_row::RepeatedRow,
    &xt::xt102_summary_tables_agree::SummaryTablesAgree,
    &xt::xt103_general_budget_tables_agree::GeneralBudgetTablesAgree,
    &xt::xt104_admin_operation_within_public_funds::AdminOperationWithinPublicFunds,
];
