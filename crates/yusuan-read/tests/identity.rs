//! The identity read (unit, year, 预算/决算, 部门/单位) of small hand-made disclosures, each the
//! shape of a national document it was first misread on. The national corpus itself is measured
//! against its manifest in the survey's tests (bench/survey/tests/identity.rs).

use yusuan_model::{DocKind, Identity, Scope};

/// The identity as the corpus manifest writes it (`-` for a part not read).
fn as_manifest(id: &Identity) -> [String; 4] {
    let unit = id.unit.clone().unwrap_or_else(|| "-".into());
    let kind = id.kind.map_or("-", DocKind::label_zh);
    let scope = id.scope.map_or("-", Scope::label_zh);
    [unit, id.year.map_or("-".into(), |y| y.to_string()), kind.into(), scope.into()]
}

/// The identity of a small hand-made text disclosure.
fn identity_of(text: &str) -> [String; 4] {
    let r = yusuan_read::read_bytes(text.as_bytes()).unwrap_or_else(|e| panic!("{e}\n{text}"));
    as_manifest(&r.document.identity)
}

#[test]
fn a_cover_title_broken_over_two_lines_names_the_unit_and_a_sentence_does_not() {
    let text = "2026年烟台市人民政府办公室部\n门预算\n\n第一部分 部门概况\n一、主要职责\n\
                纳入烟台市人民政府办公室2026年部门预算编制范围的二级预算单位包括：\n\
                支出1899.9万元。2026年本部门预算支出较上年增加406.39万元，主要是\n";
    assert_eq!(identity_of(text), ["烟台市人民政府办公室", "2026", "预算", "部门"]);
}

#[test]
fn a_scope_word_after_the_name_on_the_cover_is_not_part_of_it() {
    let text = "北京市信访办公室部门\n2026 年度部门预算信息公开\n\n第一部分 2026年度部门预算情况说明\n一、部门职责\n";
    assert_eq!(identity_of(text), ["北京市信访办公室", "2026", "预算", "部门"]);
}

/// A tables-only annex: no cover, tables labelled `预算NN表`, the unit and the year only under the
/// last table's title. It never says 单位, so it is a department's.
#[test]
fn a_tables_only_annex_is_identified_by_its_labels_and_its_one_date() {
    let text = "预算01表收支总表\n金额单位：万元\n项目\t预算数\t项目\t预算数\n\
                一、一般公共预算拨款收入\t100.00\t一、一般公共服务支出\t100.00\n\
                本年收入合计\t100.00\t本年支出合计\t100.00\n\n\
                预算13表部门整体支出绩效目标表\n（2026年度）\n部门名称\t北京市审计局\n\
                总体资金情况（万元）\t预算支出总额\t100.00\n";
    assert_eq!(identity_of(text), ["北京市审计局", "2026", "预算", "部门"]);
}

#[test]
fn a_header_cell_beside_the_unit_is_not_part_of_its_name() {
    let text = "2022年部门收支总体情况表\n预算单位：西安市交通运输局\t金额单位：万元\n\
                项目\t预算数\t项目\t预算数\n一、一般公共预算拨款收入\t100.00\t一、一般公共服务支出\t100.00\n";
    assert_eq!(identity_of(text)[0], "西安市交通运输局");
}

/// A dated form (`政府网站工作年度报表` / `（2025年度）`) is not a disclosure: the date under a
/// title counts only under a standard table's.
#[test]
fn a_dated_form_is_refused() {
    let text = "政府网站工作年度报表\n（2025年度）\n填报单位：某市发展和改革委员会\n网站名称\t某市发展和改革委员会门户网站\n";
    assert!(yusuan_read::read_bytes(text.as_bytes()).is_err());
}
