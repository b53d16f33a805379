//! Performance target tables (绩效目标表) in a grid: the indicator columns (三级指标 | 指标值
//! pairs, with 一级/二级指标 carried down) become [`Indicator`]s instead of table cells, and a
//! project form (`项目名称 | …`) names the project its amounts and indicators belong to.

use yusuan_model::concept::normalize_label;
use yusuan_model::{CellValue, Column, Decimal, Indicator, Span, Table, TableRow, Taxonomy};

/// Where the indicator cells of a grid are, from its indicator header row.
struct IndicatorColumns {
    /// `(name column, target column, category from the row above)` per 三级指标 | 指标值 pair.
    pairs: Vec<(usize, usize, Option<String>)>,
    /// Whether the header has a 指标值 column (a form may leave it out).
    has_values: bool,
    /// Columns of 一级指标 and 二级指标, whose cells are carried down until the next one.
    categories: Vec<usize>,
}

fn cell_is(text: &str, label: &str) -> bool {
    normalize_label(text) == label
}

/// The key of a form's project name: `项目名称`, `专项（项目）名称`, `项目（专项）名称`.
fn names_the_project(text: &str) -> bool {
    let label = normalize_label(text);
    label == "项目名称" || (label.ends_with("名称") && label.contains("项目") && label.chars().count() <= 10)
}

/// `三级指标 | 指标值`, or `一级指标 | 二级指标 | 三级指标` in a form that left out the values.
fn is_indicator_header(row: &[String]) -> bool {
    row.iter().any(|t| cell_is(t, "三级指标")) && row.iter().any(|t| cell_is(t, "指标值") || cell_is(t, "一级指标"))
}

fn indicator_columns(rows: &[Vec<String>], header: usize) -> IndicatorColumns {
    let row = &rows[header];
    let above = header.checked_sub(1).map(|h| &rows[h]);
    let mut pairs = Vec::new();
    for (c, text) in row.iter().enumerate() {
        if !cell_is(text, "三级指标") {
            continue;
        }
        // Without a 指标值 column the values would stand right of the names: there are none.
        let v = (c + 1..row.len()).find(|&v| cell_is(&row[v], "指标值")).unwrap_or(c + 1);
        let category = above.and_then(|a| a.get(c)).filter(|t| !t.is_empty()).cloned();
        pairs.push((c, v, category));
    }
    let categories = (0..row.len()).filter(|&c| cell_is(&row[c], "一级指标") || cell_is(&row[c], "二级指标")).collect();
    let has_values = row.iter().any(|t| cell_is(t, "指标值"));
    IndicatorColumns { pairs, categories, has_values }
}

/// Empties a header row from its first indicator column on (三级指标, 指标值, 指标解释 …); the
/// headers of the columns left of them (资金总额) stay.
fn clear_indicator_cells(row: &mut [String], first_column: usize) {
    row.iter_mut().skip(first_column).for_each(String::clear);
}

/// Takes the indicators out of the rows after the indicator header row (the cells are emptied,
/// so that they read as neither labels nor figures). `lines` gives each row's source line.
pub fn take_indicators(rows: &mut [Vec<String>], lines: &[u32]) -> Vec<Indicator> {
    let Some(header) = rows.iter().position(|r| is_indicator_header(r)) else {
        return Vec::new();
    };
    let columns = indicator_columns(rows, header);
    let first_column = columns.pairs.iter().map(|p| p.0).chain(columns.categories.iter().copied()).min().unwrap_or(0);
    clear_indicator_cells(&mut rows[header], first_column);
    realign_under_header(&mut rows[header + 1..], &columns);
    let mut carried: Vec<String> = vec![String::new(); columns.categories.len()];
    let mut out = Vec::new();
    for (r, row) in rows.iter_mut().enumerate().skip(header + 1) {
        if is_indicator_header(row) {
            // Repeated on a new page.
            clear_indicator_cells(row, first_column);
            continue;
        }
        read_indicator_row(row, lines[r], &columns, &mut carried, &mut out);
        // What is left right of the indicators explains them (指标解释, 指标说明).
        row.iter_mut().skip(first_column).for_each(String::clear);
    }
    out
}

/// A row one cell right of the header (`项目支出绩效目标与指标 | 产出指标 | 数量指标 | …` under
/// `一级指标 | 二级指标 | …`): the rows' first cell is dropped so that the levels stand under
/// their headers.
fn realign_under_header(rows: &mut [Vec<String>], columns: &IndicatorColumns) {
    let Some(&level_one) = columns.categories.first() else { return };
    let is_level = |t: &str| t.ends_with("指标") && t.chars().count() <= 6;
    let shifted = rows.first().is_some_and(|r| {
        r.get(level_one).is_some_and(|t| !t.is_empty() && !is_level(t)) && r.get(level_one + 1).is_some_and(|t| is_level(t))
    });
    if shifted {
        for row in rows.iter_mut().filter(|r| r.len() > level_one) {
            row.remove(level_one);
        }
    }
}

/// Reads the indicators of one row after the header, carrying the levels down.
fn read_indicator_row(
    row: &mut [String],
    line: u32,
    columns: &IndicatorColumns,
    carried: &mut [String],
    out: &mut Vec<Indicator>,
) {
    let mut set_here = None;
    for (k, &c) in columns.categories.iter().enumerate() {
        if let Some(t) = row.get_mut(c).filter(|t| !t.is_empty()) {
            set_here = Some((k, std::mem::replace(&mut carried[k], std::mem::take(t))));
        }
    }
    for (name_col, target_col, category) in &columns.pairs {
        let mut name = row.get_mut(*name_col).map(std::mem::take).unwrap_or_default();
        let mut target = row.get_mut(*target_col).map(std::mem::take).unwrap_or_default();
        if target.is_empty() && columns.pairs.len() == 1 {
            target = row.iter_mut().skip(target_col + 1).find(|t| !t.is_empty()).map(std::mem::take).unwrap_or_default();
        }
        if name.is_empty() && target.is_empty() {
            continue;
        }
        // A row the converter moved one cell left: the last level cell holds the name (and
        // the name cell the target).
        let moved = columns.has_values && (name.is_empty() || target.is_empty());
        if let (true, Some((k, previous))) = (moved, set_here.take()) {
            if target.is_empty() {
                target = std::mem::take(&mut name);
            }
            name = std::mem::replace(&mut carried[k], previous);
        }
        let mut path: Vec<String> = category.iter().cloned().collect();
        path.extend(carried.iter().filter(|c| !c.is_empty()).cloned());
        out.push(Indicator { project: None, category: path, name, target, line });
    }
}

/// The project a project form is about: the cell after `项目名称`. Converters move the cells of
/// that row, so the unit's own name is skipped (`项目名称 | 栾川县医疗保障局 | 乡镇卫生院…`), and
/// when the row holds nothing else the name is the lone cell of the row above.
pub fn form_project(rows: &[Vec<String>], unit_name: Option<&str>) -> Option<String> {
    // A form has its other keys too; in a list, 项目名称 heads a column.
    if !rows.iter().flatten().any(|t| FORM_KEYS.iter().any(|k| cell_is(t, k))) {
        return None;
    }
    let r = rows.iter().position(|r| r.iter().any(|t| names_the_project(t)))?;
    let at = rows[r].iter().position(|t| names_the_project(t))?;
    let is_name = |t: &&String| !t.is_empty() && unit_name != Some(t.as_str()) && !FORM_KEYS.iter().any(|k| cell_is(t, k));
    if let Some(value) = rows[r][at + 1..].iter().find(is_name) {
        return Some(value.clone());
    }
    let above: Vec<&String> = rows[..r].last()?.iter().filter(|t| !t.is_empty()).collect();
    (above.len() == 1).then(|| above[0].clone())
}

/// Keys of a project form besides 项目名称; some converters put them on the 项目名称 row.
const FORM_KEYS: [&str; 3] = ["实施单位", "主管部门", "项目属性"];

/// The source of a project form's amount (`资金来源` … `本级财政资金 | 分年项目预算 | 30 | 2020年`):
/// the first number on the row after `资金来源` that is not a year. Converters scatter that row,
/// so it is read by itself and taken out of the grid.
pub struct FormAmount {
    pub label: String,
    pub written: Decimal,
    pub line: u32,
}

pub fn take_form_amount(rows: &mut [Vec<String>], lines: &[u32]) -> Option<FormAmount> {
    let r = rows.iter().position(|r| r.first().is_some_and(|t| cell_is(t, "资金来源")))? + 1;
    let row = rows.get_mut(r)?;
    let label = row.first().filter(|t| !t.is_empty())?.clone();
    let written = row[1..].iter().flat_map(|t| t.split_whitespace()).find_map(|w| {
        let figure = w.strip_suffix('年').is_none();
        figure.then(|| Decimal::parse(w)).flatten()
    })?;
    row.iter_mut().for_each(String::clear);
    Some(FormAmount { label, written, line: lines[r] })
}

/// Adds a form's amount to the table: a column named by its source and a row for the project.
pub fn add_form_amount(table: &mut Table, amount: FormAmount, project: &str, taxonomy: &Taxonomy) {
    let concept = taxonomy.by_label(&amount.label).map(|c| c.id);
    table.columns.push(Column { header: vec!["资金来源".into(), amount.label.clone()], concept, fund: None, econ_dept: None });
    let width = table.columns.len();
    for row in &mut table.rows {
        row.cells.resize(width, None);
    }
    let mut cells = vec![None; width];
    cells[width - 1] = Some(CellValue { written: amount.written, span: Span::line(amount.line) });
    table.rows.push(TableRow {
        side: yusuan_model::Side::Single,
        label: amount.label,
        concept,
        codes: Default::default(),
        project: Some(project.to_string()),
        cells,
        line: amount.line,
    });
}

/// Gives every indicator of a project table its project: the form's, else that of the last
/// project row printed at or before it. In a form, the rows with figures are the form's project
/// too. (A department's own indicators have none.)
pub fn assign_projects(table: &mut Table, form_project: Option<&str>) {
    if table.kind != yusuan_model::TableKind::ProjectPerformance {
        return;
    }
    if let Some(p) = form_project {
        for row in table.rows.iter_mut().filter(|r| r.cells.iter().any(Option::is_some)) {
            row.project = Some(p.to_string());
        }
    }
    for indicator in &mut table.indicators {
        indicator.project = form_project.map(str::to_string).or_else(|| {
            table.rows.iter().rev().filter(|r| r.line <= indicator.line).find_map(|r| r.project.clone())
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn grid(rows: &[&[&str]]) -> Vec<Vec<String>> {
        rows.iter().map(|r| r.iter().map(|s| s.to_string()).collect()).collect()
    }

    #[test]
    fn pairs_side_by_side_take_their_category_from_above() {
        // luolong-2021:476–483: 产出指标 | 效益指标 | 满意度指标 over three pairs.
        let mut rows = grid(&[
            &["", "", "", "", "", "产出指标", "", "效益指标", "", "满意度指标", ""],
            &["", "", "资金总额", "财政性资金", "其他资金", "三级指标", "指标值", "三级指标", "指标值", "三级指标", "指标值"],
            &["312001-1", "医保政策宣传培训费", "10", "10", "0.00", "培训场次", "≥2次", "提高医保政策待遇知识的宣传", "≥90%", "培训持续影响度", "≥90%"],
            &["", "", "", "", "", "培训天数", "≥2天", "", "", "政策知晓率", "≥90%"],
        ]);
        let found = take_indicators(&mut rows, &[476, 477, 481, 482]);
        let read: Vec<(&str, &str, &str, u32)> =
            found.iter().map(|i| (i.category[0].as_str(), i.name.as_str(), i.target.as_str(), i.line)).collect();
        assert_eq!(read[0], ("产出指标", "培训场次", "≥2次", 481));
        assert_eq!(read[2], ("满意度指标", "培训持续影响度", "≥90%", 481));
        assert_eq!(read[3], ("产出指标", "培训天数", "≥2天", 482));
        assert_eq!(read.len(), 5);
        assert_eq!(rows[2][1], "医保政策宣传培训费");
        assert_eq!(rows[1][2], "资金总额");
        assert!(rows[2][5..].iter().all(String::is_empty));
    }

    #[test]
    fn form_amounts_skip_years() {
        // luanchuan-2020:423–424 and 479–480.
        let mut rows = grid(&[&["资金来源", "其中：本级", "2020年", "上级补助"], &["本级财政资金", "分年项目预算", "30", "2020年"]]);
        let a = take_form_amount(&mut rows, &[423, 424]).unwrap();
        assert_eq!((a.label.as_str(), a.written.to_string(), a.line), ("本级财政资金", "30".to_string(), 424));
        assert!(rows[1].iter().all(String::is_empty));
        let mut rows = grid(&[&["资金来源", "", "其中：本级财政资金"], &["本级财政资金", "", "2020年 80", "2020年"]]);
        assert_eq!(take_form_amount(&mut rows, &[479, 480]).unwrap().written.to_string(), "80");
        let mut rows = grid(&[&["资金来源", "其他资金"], &["本级财政资金", "", "2020年"]]);
        assert!(take_form_amount(&mut rows, &[506, 507]).is_none());
    }

    #[test]
    fn levels_in_columns_are_carried_down() {
        // luanchuan-2020:349–353.
        let mut rows = grid(&[
            &["年度绩效指标", "一级指标", "二级指标", "三级指标", "指标值"],
            &["", "产出指标", "数量指标", "资助47106名困难群众参保", "资助金额448.398万元"],
            &["", "", "质量指标", "已将个人缴费补助资金拨付到位", "到位100%"],
        ]);
        let found = take_indicators(&mut rows, &[349, 350, 351]);
        assert_eq!(found[1].category, ["产出指标", "质量指标"]);
        assert_eq!(found[1].target, "到位100%");
        // luanchuan-2020:374: `可持续发展指标 | 减轻… | | 逐步提高`, moved one cell left.
        let mut rows = grid(&[
            &["", "一级指标", "二级指标", "三级指标", "指标值"],
            &["", "效益指标", "社会效益指标", "使困难群众的基本医疗有保障", "逐步提高"],
            &["", "可持续发展指标", "减轻困难群众因就医问题带来的费用负担", "", "逐步提高"],
        ]);
        let found = take_indicators(&mut rows, &[1, 2, 3]);
        assert_eq!((found[1].name.as_str(), found[1].target.as_str()), ("减轻困难群众因就医问题带来的费用负担", "逐步提高"));
        let form = grid(&[&["项目名称:", "城乡居民医疗救助财政补助专项", ""], &["主管部门:", "栾川县医疗保障局", ""]]);
        assert_eq!(form_project(&form, None).as_deref(), Some("城乡居民医疗救助财政补助专项"));
        // A list of projects is not a form.
        assert_eq!(form_project(&grid(&[&["项目名称", "资金总额", "三级指标"]]), None), None);
        // luanchuan-2020:558–559: the name moved to the row above.
        let moved = grid(&[&["", "", "城乡居民医疗工作经费", ""], &["项目名称", "栾川县医疗保障局", "实施单位", "栾川县医疗保障局"]]);
        assert_eq!(form_project(&moved, Some("栾川县医疗保障局")).as_deref(), Some("城乡居民医疗工作经费"));
        // luanchuan-2020:614.
        let after_unit = grid(&[&["项目名称", "", "栾川县医疗保障局", "", "乡镇卫生院慢病用药软件费"], &["主管部门", "", "栾川县医疗保障局"]]);
        assert_eq!(form_project(&after_unit, Some("栾川县医疗保障局")).as_deref(), Some("乡镇卫生院慢病用药软件费"));
    }
}
