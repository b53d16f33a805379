//! ID102 level-wording

use crate::context::Checked;
use crate::finding::{Finding, Place, Severity};
use crate::rule::{Category, Rule, RuleMeta};

pub struct LevelWording;

static META: RuleMeta = RuleMeta {
    code: "ID102",
    name: "level-wording",
    category: Category::Identity,
    severity: Severity::Error,
    summary: "说明把本级财政写成另一级（县级单位写“市级财政”）",
    summary_en: "the narrative calls the department's own level of government another level (a county unit writing 市级财政)",
    doc: "检查什么：“财政拨款收入是指X级财政当年拨付的资金”“纳入X级财政预算管理”“按照X财政预算公开要求”\
          等说明本单位资金来源与管理层级的用语，X 应为本单位所在的层级（县、区、市、省，由单位名称判断）。\
          “市级配套资金”等说的是其他层级的资金，不在此列。\n\
          为什么：名词解释和说明照抄上级模板而未改层级，说明文字未按本单位实际编写。\n\
          示例：栾川县医疗保障局 2020 年预算名词解释：“财政拨款收入：是指市级财政当年拨付的资金”，应为县级财政。\n\n\
          What it checks: wording that states the level of government the department belongs to\n\
          (X级财政当年拨付, 纳入X级财政预算管理, 按照X财政…要求) names the unit's own level.\n\
          Why: definitions copied from a higher level's template without changing the level.",
};

/// The levels of government, as the unit's name and the wording write them.
const LEVELS: [(&str, char); 4] = [("省", '省'), ("市", '市'), ("县", '县'), ("区", '区')];

/// Phrases that state whose finance a department's money and management are; `{}` is the level.
const PHRASES: [&str; 4] = ["{}级财政当年拨付", "纳入{}级财政预算管理", "按照{}财政预算公开要求", "{}级财政拨付的资金"];

impl Rule for LevelWording {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Checked, out: &mut Vec<Finding>) {
        let Some(unit) = doc.reading.document.identity.unit.as_deref() else { return };
        let Some(own) = own_level(unit) else { return };
        for para in &doc.reading.document.paragraphs {
            for (level, _) in LEVELS.iter().filter(|(l, _)| *l != own) {
                for phrase in PHRASES.map(|p| p.replace("{}", level)) {
                    for (at, _) in para.text.match_indices(phrase.as_str()) {
                        let char_at = para.text[..at].chars().count();
                        let mut f = META.finding(
                            format!("“{phrase}”写的是{level}级，{unit}是{own}级单位"),
                            format!("{phrase:?}: {unit} is a unit of the {own} level, not of the {level} level"),
                        );
                        f.places.push(Place {
                            span: yusuan_model::Span::line(para.line_at(char_at)),
                            needle: Some(phrase.clone()),
                            label: "说明".into(),
                            label_en: "narrative".into(),
                        });
                        f.expected = Some(format!("{own}级"));
                        f.found = Some(format!("{level}级"));
                        out.push(f);
                    }
                }
            }
        }
    }
}

/// The level of a unit from its name: the last of 省/市/县/区 in the part that names the place
/// (`栾川县医疗保障局` → 县, `上海市普陀区司法局` → 区, `洛阳市财政局` → 市).
fn own_level(unit: &str) -> Option<&'static str> {
    // The place is named before the department; stop at the first department word.
    let place_end = ["局", "委", "办", "院", "厅", "部", "会", "中心", "所", "站", "队"].iter().filter_map(|w| unit.find(w)).min().unwrap_or(unit.len());
    let place = &unit[..place_end];
    place.char_indices().rev().find_map(|(_, c)| LEVELS.iter().find(|(_, l)| *l == c).map(|(name, _)| *name))
}

#[cfg(test)]
mod tests {
    use super::own_level;

    #[test]
    fn the_level_is_read_from_the_place_in_the_units_name() {
        assert_eq!(own_level("栾川县医疗保障局"), Some("县"));
        assert_eq!(own_level("洛龙区医疗保障局"), Some("区"));
        assert_eq!(own_level("上海市普陀区司法局"), Some("区"));
        assert_eq!(own_level("洛阳市财政局"), Some("市"));
        assert_eq!(own_level("河南省财政厅"), Some("省"));
        assert_eq!(own_level("中共中央办公厅"), None);
    }
}
