//! The fictional department's 2026 budget, part by part in the order of the Shanghai 普陀区
//! template: the narrative parts and the nine tables. Amounts are whole 分 (the tables in 元, the
//! “三公” table in 万元 as the template has it); every total is a sum of the cells it totals, so
//! the document is consistent by construction.

/// A cell of a table's body.
#[derive(Debug, Clone)]
pub enum V {
    Empty,
    Text(String),
    /// Text over this many columns (the cells it covers are `Empty`).
    Wide(String, usize),
    /// An amount in hundredths of the table's unit.
    Amount(i64),
    /// The sum of other body cells (row, column): written as a formula with its cached value.
    Sum(Vec<(usize, usize)>),
}

/// A header cell: first and last header row, first and last column.
pub struct Head {
    pub rows: (usize, usize),
    pub columns: (usize, usize),
    pub text: &'static str,
}

pub struct Table {
    pub sheet: &'static str,
    pub title: String,
    pub unit: &'static str,
    /// Each column's width on its own sheet.
    pub widths: Vec<f64>,
    /// How many columns of the one-sheet grid each column takes there.
    pub spans: Vec<u16>,
    pub header_rows: usize,
    pub header: Vec<Head>,
    pub body: Vec<Vec<V>>,
    pub note: Option<String>,
}

pub struct Narrative {
    pub sheet: &'static str,
    /// The first line is the part's title.
    pub lines: Vec<String>,
}

pub enum Part {
    Narrative(Narrative),
    Table(Table),
}

pub const UNIT_NAME: &str = "上海市普陀区示例管理局";
const YEAR: u32 = 2026;

/// A function class (项) of the budget: code, name, basic and project expenditure in 分.
struct Item {
    code: &'static str,
    name: &'static str,
    basic: i64,
    project: i64,
}

static ITEMS: [Item; 9] = [
    Item { code: "2010301", name: "行政运行", basic: 845_632_045, project: 0 },
    Item { code: "2010302", name: "一般行政管理事务", basic: 0, project: 325_000_000 },
    Item { code: "2010350", name: "事业运行", basic: 118_640_020, project: 0 },
    Item { code: "2080501", name: "行政单位离退休", basic: 61_230_000, project: 0 },
    Item { code: "2080505", name: "机关事业单位基本养老保险缴费支出", basic: 98_645_216, project: 0 },
    Item { code: "2080506", name: "机关事业单位职业年金缴费支出", basic: 49_322_608, project: 0 },
    Item { code: "2101101", name: "行政单位医疗", basic: 42_183_550, project: 0 },
    Item { code: "2210201", name: "住房公积金", basic: 70_214_400, project: 0 },
    Item { code: "2210203", name: "购房补贴", basic: 31_860_000, project: 0 },
];

static CLASSES: [(&str, &str); 8] = [
    ("201", "一般公共服务支出"),
    ("20103", "政府办公厅（室）及相关机构事务"),
    ("208", "社会保障和就业支出"),
    ("20805", "行政事业单位养老支出"),
    ("210", "卫生健康支出"),
    ("21011", "行政事业单位医疗"),
    ("221", "住房保障支出"),
    ("22102", "住房改革支出"),
];

/// The basic expenditure by economic class (部门预算经济分类): code, name, 分; 30102 津贴补贴 is
/// what the basic expenditure leaves after the others.
static ECONOMIC: [(&str, &str, i64); 18] = [
    ("30101", "基本工资", 210_600_000),
    ("30102", "津贴补贴", 0),
    ("30103", "奖金", 45_000_000),
    ("30107", "绩效工资", 138_000_000),
    ("30108", "机关事业单位基本养老保险缴费", 98_645_216),
    ("30109", "职业年金缴费", 49_322_608),
    ("30110", "职工基本医疗保险缴费", 42_183_550),
    ("30112", "其他社会保障缴费", 3_845_000),
    ("30113", "住房公积金", 70_214_400),
    ("30201", "办公费", 18_000_000),
    ("30207", "邮电费", 2_400_000),
    ("30211", "差旅费", 6_000_000),
    ("30217", "公务接待费", 800_000),
    ("30228", "工会经费", 9_651_200),
    ("30229", "福利费", 12_000_000),
    ("30231", "公务用车运行维护费", 3_600_000),
    ("30239", "其他交通费用", 15_480_000),
    ("30302", "退休费", 61_230_000),
];

static ECONOMIC_CLASSES: [(&str, &str); 3] = [("301", "工资福利支出"), ("302", "商品和服务支出"), ("303", "对个人和家庭的补助")];

pub fn document() -> Vec<Part> {
    let mut parts = vec![
        narrative("封面", &[&format!("上海市普陀区{YEAR}年区级部门预算"), &format!("预算主管部门：{UNIT_NAME}")]),
        Part::Narrative(Narrative { sheet: "目录", lines: contents() }),
        narrative(
            "部门主要职能",
            &[
                &format!("{UNIT_NAME}主要职能"),
                &format!("{UNIT_NAME}是负责本区档案事业管理的区政府工作部门。"),
                "主要职能包括：",
                "1、贯彻执行国家和本市有关档案工作的法律、法规、规章和方针、政策，拟订本区档案事业发展规划并组织实施。",
                "2、负责本区机关、团体、企业事业单位和其他组织档案工作的监督和指导，组织实施档案信息化建设。",
                "3、负责接收、征集、保管本区重要档案资料，开展档案利用服务。",
                "4、完成区委、区政府交办的其他任务。",
            ],
        ),
        narrative(
            "部门机构设置",
            &[
                &format!("{UNIT_NAME}机构设置"),
                &format!("{UNIT_NAME}部门预算是包括示例管理局本部以及下属1家预算单位的综合收支计划。"),
                "本部门中，行政单位1家，事业单位1家，具体包括：",
                "1.示例管理局本部。",
                "2.上海市普陀区示例档案服务中心。",
            ],
        ),
        narrative(
            "名词解释",
            &[
                "名词解释",
                "（一）财政拨款收入：是区级预算主管部门及所属预算单位本年度从本级财政部门取得的财政拨款，包括一般公共预算财政拨款、政府性基金预算财政拨款和国有资本经营预算财政拨款。",
                "（二）基本支出预算：是区级预算主管部门及所属预算单位为保障其机构正常运转、完成日常工作任务而编制的年度基本支出计划，包括人员经费和公用经费两部分。",
                "（三）项目支出预算：是区级预算主管部门及所属预算单位为完成行政工作任务、事业发展目标或政府发展战略、特定目标，在基本支出之外编制的年度支出计划。",
                "（四）机关运行经费：指行政单位和参照公务员法管理的事业单位使用一般公共预算财政拨款安排的基本支出中的日常公用经费支出。",
            ],
        ),
        Part::Narrative(Narrative { sheet: "部门编制说明", lines: explanation() }),
    ];
    parts.extend(tables().into_iter().map(Part::Table));
    parts.push(Part::Narrative(Narrative { sheet: "其他相关情况说明", lines: other_matters() }));
    parts.push(Part::Narrative(Narrative { sheet: "项目经费情况说明", lines: project() }));
    parts
}

fn narrative(sheet: &'static str, lines: &[&str]) -> Part {
    Part::Narrative(Narrative { sheet, lines: lines.iter().map(|l| l.to_string()).collect() })
}

fn total_basic() -> i64 {
    ITEMS.iter().map(|i| i.basic).sum()
}

fn total() -> i64 {
    ITEMS.iter().map(|i| i.basic + i.project).sum()
}

/// 分 as 万元 with two decimals, rounded half up: 845632045 → `845.63`.
fn wan(fen: i64) -> String {
    let hundredths = (fen + 5_000) / 10_000;
    let text = format!("{}.{:02}", hundredths / 100, hundredths % 100);
    group_thousands(&text)
}

fn group_thousands(text: &str) -> String {
    let (int, frac) = text.split_once('.').unwrap_or((text, ""));
    let mut out = String::new();
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    if frac.is_empty() {
        out
    } else {
        format!("{out}.{frac}")
    }
}

fn class_name(code: &str) -> &'static str {
    CLASSES.iter().find(|(c, _)| *c == code).map(|(_, n)| *n).expect("a known class")
}

fn contents() -> Vec<String> {
    let titles = table_titles();
    let mut lines = vec!["目录".to_string()];
    for (n, entry) in ["一、部门主要职能", "二、部门机构设置", "三、名词解释", "四、部门预算编制说明", "五、部门预算表"].iter().enumerate() {
        lines.push(format!("{entry}  ……………………………………  {}", n + 3));
    }
    for (n, title) in titles.iter().enumerate() {
        lines.push(format!("{}. {title}  ……………………………………  {}", n + 1, n + 8));
    }
    lines.push("六、其他相关情况说明  ……………………………………  17".into());
    lines.push("七、项目经费情况说明  ……………………………………  18".into());
    lines
}

fn table_titles() -> [String; 9] {
    [
        "部门财务收支预算总表",
        "部门收入预算总表",
        "部门支出预算总表",
        "部门财政拨款收支预算总表",
        "部门一般公共预算支出功能分类预算表",
        "部门政府性基金预算支出功能分类预算表",
        "部门国有资本经营预算支出功能分类预算表",
        "部门一般公共预算基本支出部门预算经济分类预算表",
        "部门“三公”经费和机关运行经费预算表",
    ]
    .map(|t| format!("{YEAR}年{t}"))
}

fn explanation() -> Vec<String> {
    let t = wan(total());
    let mut lines = vec![
        format!("{YEAR}年部门预算编制说明"),
        format!("{YEAR}年，{UNIT_NAME}收入预算{t}万元，其中：财政拨款收入{t}万元，比2025年预算增加52.30万元；事业收入0万元；事业单位经营收入0万元；其他收入0万元。"),
        format!("支出预算{t}万元，其中：财政拨款支出预算{t}万元，比2025年预算增加52.30万元。财政拨款支出预算中，一般公共预算拨款支出预算{t}万元，比2025年预算增加52.30万元；政府性基金拨款支出预算0万元，与2025年预算持平；国有资本经营预算拨款支出预算0万元，与2025年预算持平。"),
        "财政拨款收入支出增加的主要原因是：人员经费按政策调整，档案数字化项目支出增加。".into(),
        "财政拨款支出主要内容如下：".into(),
    ];
    let uses = ["机关行政运行和机关人员经费支出", "档案数字化和档案安全保管项目支出", "下属事业单位运行和人员经费支出", "机关离退休人员补贴和活动费支出", "人员基本养老保险缴费支出", "人员职业年金缴费支出", "行政单位医疗保险缴费支出", "在职人员住房公积金缴纳", "在职人员购房补贴支出"];
    for (n, (item, used_for)) in ITEMS.iter().zip(uses).enumerate() {
        let amount = wan(item.basic + item.project);
        let (class, kind) = (class_name(&item.code[..3]), class_name(&item.code[..5]));
        lines.push(format!("{}.“{class}（类）{kind}（款）{}（项）”{amount}万元，主要用于{used_for}。", n + 1, item.name));
    }
    lines
}

fn other_matters() -> Vec<String> {
    vec![
        "其他相关情况说明".into(),
        format!("一、{YEAR}年“三公”经费预算情况说明"),
        format!("{YEAR}年“三公”经费预算数为4.40万元，比2025年预算减少0.20万元。其中："),
        "（一）因公出国（境）费0万元，与2025年预算持平。".into(),
        "（二）公务用车购置及运行费3.60万元，比2025年预算减少0.20万元，主要原因是压减车辆运行费用。其中：公务用车购置费0万元，与2025年预算持平；公务用车运行费3.60万元，比2025年预算减少0.20万元，主要原因是压减车辆运行费用。".into(),
        "（三）公务接待费0.80万元，与2025年预算持平。".into(),
        "二、机关运行经费预算".into(),
        format!("{YEAR}年{UNIT_NAME}下属1家机关财政拨款的机关运行经费预算为58.42万元。"),
        "三、政府采购预算情况".into(),
        format!("{YEAR}年本部门政府采购预算36.00万元，其中：政府采购货物预算12.00万元、政府采购工程预算0万元、政府采购服务预算24.00万元。"),
        "四、绩效目标设置情况".into(),
        format!("{YEAR}年度，本部门编报绩效目标的项目共1个，涉及项目预算资金{}万元。", wan(ITEMS[1].project)),
        "五、国有资产占有使用情况".into(),
        format!("截至2025年8月31日，{UNIT_NAME}共有车辆2辆，其中：机要通信用车1辆、其他用车1辆；单价100万元（含）以上设备（不含车辆）0台（套）。"),
        format!("{YEAR}年部门预算安排购置车辆0辆；部门预算安排购置单价100万元（含）以上设备（不含车辆）0台（套）。"),
    ]
}

fn project() -> Vec<String> {
    vec![
        "档案数字化项目经费情况说明".into(),
        "一、项目概述".into(),
        "对馆藏纸质档案进行数字化加工，建设档案数字资源库，提升档案利用服务水平。".into(),
        "二、立项依据".into(),
        "《中华人民共和国档案法》及本区档案事业发展规划。".into(),
        "三、实施主体".into(),
        UNIT_NAME.into(),
        "四、实施方案".into(),
        "按年度计划分批完成档案整理、扫描、著录和质检，数字化成果纳入档案数字资源库统一管理。".into(),
        "五、实施周期".into(),
        format!("{YEAR}.1.1-{YEAR}.12.31"),
        "六、年度预算安排".into(),
        format!("{YEAR}年度项目总预算{}万元。", wan(ITEMS[1].project)),
        "七、绩效目标".into(),
        "详见单位的项目绩效目标表".into(),
    ]
}

fn text(s: &str) -> V {
    V::Text(s.to_string())
}

fn tables() -> Vec<Table> {
    let titles = table_titles();
    let sheet_names = [
        "部门收支总表",
        "部门收入总表",
        "部门支出总表",
        "部门财政拨款收支总表",
        "部门一般公共预算拨款表",
        "部门政府性基金拨款表",
        "部门国有资本经营预算拨款表",
        "部门一般公共预算拨款基本支出明细表",
        "部门“三公”经费和机关运行费预算表",
    ];
    let mut tables = vec![summary(), income(), expense("支出预算"), grants(), expense("一般公共预算支出"), empty_fund("政府性基金预算支出", "政府性基金预算"), empty_fund("国有资本经营预算支出", "国有资本经营预算"), basic(), three_public()];
    for ((table, title), sheet) in tables.iter_mut().zip(titles).zip(sheet_names) {
        table.title = title;
        table.sheet = sheet;
    }
    tables
}

fn table(widths: &[f64], spans: &[u16], header_rows: usize, header: Vec<Head>, body: Vec<Vec<V>>) -> Table {
    Table { sheet: "", title: String::new(), unit: "单位：元", widths: widths.to_vec(), spans: spans.to_vec(), header_rows, header, body, note: None }
}

fn head(rows: (usize, usize), columns: (usize, usize), text: &'static str) -> Head {
    Head { rows, columns, text }
}

/// The classes (类) in code order, with the total of each: basic and project.
fn by_class() -> Vec<(&'static str, i64, i64)> {
    distinct(ITEMS.iter().map(|i| &i.code[..3]))
        .into_iter()
        .map(|class| {
            let items = ITEMS.iter().filter(|i| i.code.starts_with(class));
            let (basic, project) = items.fold((0, 0), |(b, p), i| (b + i.basic, p + i.project));
            (class, basic, project)
        })
        .collect()
}

/// `一` for 0, `二` for 1, … (the numbering of the classes in the summary tables).
fn numeral(n: usize) -> &'static str {
    ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"][n]
}

/// 部门财务收支预算总表.
fn summary() -> Table {
    let classes = by_class();
    let mut body: Vec<Vec<V>> = vec![
        vec![text("一、财政拨款收入"), V::Sum(vec![(1, 1), (2, 1), (3, 1)])],
        vec![text("1.一般公共预算资金"), V::Amount(total())],
        vec![text("2.政府性基金"), V::Empty],
        vec![text("3.国有资本经营预算"), V::Empty],
        vec![text("二、事业收入"), V::Empty],
        vec![text("三、事业单位经营收入"), V::Empty],
        vec![text("四、其他收入"), V::Empty],
    ];
    for (row, (class, basic, project)) in body.iter_mut().zip(&classes) {
        let n = classes.iter().position(|c| c.0 == *class).expect("class");
        row.push(V::Text(format!("{}、{}", numeral(n), class_name(class))));
        row.push(V::Amount(basic + project));
    }
    for row in body.iter_mut().skip(classes.len()) {
        row.extend([V::Empty, V::Empty]);
    }
    let expense_rows: Vec<(usize, usize)> = (0..classes.len()).map(|r| (r, 3)).collect();
    body.push(vec![text("收入总计"), V::Sum(vec![(0, 1), (4, 1), (5, 1), (6, 1)]), text("支出总计"), V::Sum(expense_rows)]);
    table(
        &[30.0, 18.0, 34.0, 18.0],
        &[4, 2, 3, 2],
        2,
        vec![head((0, 0), (0, 1), "本年收入"), head((0, 0), (2, 3), "本年支出"), head((1, 1), (0, 0), "项目"), head((1, 1), (1, 1), "预算数"), head((1, 1), (2, 2), "项目"), head((1, 1), (3, 3), "预算数")],
        body,
    )
}

/// The rows of a table by function class: 类, 款 and 项 rows with their codes in three columns and
/// the name in the fourth, then the 合计 row. `amounts` gives an item's (项 row's) columns from the
/// fifth to the `width`th; the 类 and 款 rows sum the rows under them, the 合计 row the 类 rows.
fn function_rows(width: usize, amounts: impl Fn(&Item) -> Vec<V>) -> Vec<Vec<V>> {
    let sums = |rows: &[usize]| (4..width).map(|c| V::Sum(rows.iter().map(|&r| (r, c)).collect())).collect::<Vec<V>>();
    let mut body: Vec<Vec<V>> = Vec::new();
    let mut class_rows = Vec::new();
    for class in distinct(ITEMS.iter().map(|i| &i.code[..3])) {
        let class_row = body.len();
        class_rows.push(class_row);
        body.push(vec![text(class), V::Empty, V::Empty, text(class_name(class))]);
        let mut kind_rows = Vec::new();
        for kind in distinct(ITEMS.iter().map(|i| &i.code[..5]).filter(|k| k.starts_with(class))) {
            let kind_row = body.len();
            kind_rows.push(kind_row);
            body.push(vec![text(class), text(&kind[3..]), V::Empty, text(class_name(kind))]);
            let mut item_rows = Vec::new();
            for item in ITEMS.iter().filter(|i| i.code.starts_with(kind)) {
                item_rows.push(body.len());
                let mut cells = vec![text(class), text(&kind[3..]), text(&item.code[5..]), text(item.name)];
                cells.extend(amounts(item));
                body.push(cells);
            }
            body[kind_row].extend(sums(&item_rows));
        }
        body[class_row].extend(sums(&kind_rows));
    }
    let mut total = vec![V::Wide("合计".into(), 4), V::Empty, V::Empty, V::Empty];
    total.extend(sums(&class_rows));
    body.push(total);
    body
}

/// The values in the order they first come.
fn distinct<'a>(values: impl Iterator<Item = &'a str>) -> Vec<&'a str> {
    let mut out: Vec<&str> = Vec::new();
    for v in values {
        if !out.contains(&v) {
            out.push(v);
        }
    }
    out
}

/// 合计 = the columns after it, in every row but the 合计 row (which sums the 类 rows).
fn total_column(body: &mut [Vec<V>], first: usize, last: usize) {
    let rows = body.len() - 1;
    for (r, row) in body.iter_mut().enumerate().take(rows) {
        row[4] = V::Sum((first..=last).map(|c| (r, c)).collect());
    }
}

/// 部门收入预算总表.
fn income() -> Table {
    let mut body = function_rows(9, |item| vec![V::Empty, V::Amount(item.basic + item.project), V::Empty, V::Empty, V::Empty]);
    total_column(&mut body, 5, 8);
    table(
        &[6.0, 6.0, 6.0, 34.0, 16.0, 16.0, 14.0, 16.0, 14.0],
        &[1, 1, 1, 1, 1, 1, 1, 2, 2],
        3,
        vec![
            head((0, 0), (0, 3), "项目"),
            head((0, 0), (4, 8), "收入预算"),
            head((1, 1), (0, 2), "功能分类科目编码"),
            head((1, 2), (3, 3), "功能分类科目名称"),
            head((1, 2), (4, 4), "合计"),
            head((1, 2), (5, 5), "财政拨款收入"),
            head((1, 2), (6, 6), "事业收入"),
            head((1, 2), (7, 7), "事业单位经营收入"),
            head((1, 2), (8, 8), "其他收入"),
            head((2, 2), (0, 0), "类"),
            head((2, 2), (1, 1), "款"),
            head((2, 2), (2, 2), "项"),
        ],
        body,
    )
}

fn expense_header(money: &'static str) -> Vec<Head> {
    vec![
        head((0, 0), (0, 3), "项目"),
        head((0, 0), (4, 6), money),
        head((1, 1), (0, 2), "功能分类科目编码"),
        head((1, 2), (3, 3), "功能分类科目名称"),
        head((1, 2), (4, 4), "合计"),
        head((1, 2), (5, 5), "基本支出"),
        head((1, 2), (6, 6), "项目支出"),
        head((2, 2), (0, 0), "类"),
        head((2, 2), (1, 1), "款"),
        head((2, 2), (2, 2), "项"),
    ]
}

const EXPENSE_WIDTHS: [f64; 7] = [6.0, 6.0, 6.0, 36.0, 18.0, 18.0, 18.0];
const EXPENSE_SPANS: [u16; 7] = [1, 1, 1, 1, 3, 2, 2];

fn amount_or_empty(fen: i64) -> V {
    if fen == 0 {
        V::Empty
    } else {
        V::Amount(fen)
    }
}

/// 部门支出预算总表 and 部门一般公共预算支出功能分类预算表: 合计 = 基本支出 + 项目支出 in every row.
fn expense(money: &'static str) -> Table {
    let mut body = function_rows(7, |item| vec![V::Empty, amount_or_empty(item.basic), amount_or_empty(item.project)]);
    total_column(&mut body, 5, 6);
    table(&EXPENSE_WIDTHS, &EXPENSE_SPANS, 3, expense_header(money), body)
}

/// A table by function class with nothing in it, and the note saying why.
fn empty_fund(money: &'static str, fund: &str) -> Table {
    let body = vec![vec![V::Wide("合计".into(), 4), V::Empty, V::Empty, V::Empty, V::Empty, V::Empty, V::Empty]];
    let mut t = table(&EXPENSE_WIDTHS, &EXPENSE_SPANS, 3, expense_header(money), body);
    t.note = Some(format!("注：本部门{YEAR}年无{fund}财政拨款安排的预算，故本表为空表。"));
    t
}

/// 部门财政拨款收支预算总表.
fn grants() -> Table {
    let classes = by_class();
    let income = [("一、一般公共预算资金", V::Amount(total())), ("二、政府性基金", V::Empty), ("三、国有资本经营预算", V::Empty)];
    let mut body = Vec::new();
    for r in 0..classes.len().max(income.len()) {
        let mut row = match income.get(r) {
            Some((label, amount)) => vec![text(label), amount.clone()],
            None => vec![V::Empty, V::Empty],
        };
        match classes.get(r) {
            Some((class, basic, project)) => row.extend([
                V::Text(format!("{}、{}", numeral(r), class_name(class))),
                V::Sum(vec![(r, 4), (r, 5), (r, 6)]),
                V::Amount(basic + project),
                V::Empty,
                V::Empty,
            ]),
            None => row.extend([V::Empty, V::Empty, V::Empty, V::Empty, V::Empty]),
        }
        body.push(row);
    }
    let rows = body.len();
    body.push(vec![
        text("收入总计"),
        V::Sum((0..income.len()).map(|r| (r, 1)).collect()),
        text("支出总计"),
        V::Sum((0..rows).map(|r| (r, 3)).collect()),
        V::Sum((0..rows).map(|r| (r, 4)).collect()),
        V::Empty,
        V::Empty,
    ]);
    table(
        &[26.0, 18.0, 30.0, 18.0, 18.0, 16.0, 18.0],
        &[4, 1, 2, 1, 1, 1, 1],
        2,
        vec![
            head((0, 0), (0, 1), "财政拨款收入"),
            head((0, 0), (2, 6), "财政拨款支出"),
            head((1, 1), (0, 0), "项目"),
            head((1, 1), (1, 1), "预算数"),
            head((1, 1), (2, 2), "项目"),
            head((1, 1), (3, 3), "合计"),
            head((1, 1), (4, 4), "一般公共预算"),
            head((1, 1), (5, 5), "政府性基金预算"),
            head((1, 1), (6, 6), "国有资本经营预算"),
        ],
        body,
    )
}

/// 部门一般公共预算基本支出部门预算经济分类预算表: 人员经费 (301, 303) and 公用经费 (302).
fn basic() -> Table {
    let others: i64 = ECONOMIC.iter().map(|e| e.2).sum();
    let allowance = total_basic() - others;
    let mut body: Vec<Vec<V>> = Vec::new();
    let mut class_rows = Vec::new();
    for (class, name) in ECONOMIC_CLASSES {
        let row = body.len();
        class_rows.push(row);
        body.push(vec![text(class), V::Empty, text(name)]);
        let mut items = Vec::new();
        for &(code, item, fen) in ECONOMIC.iter().filter(|e| e.0.starts_with(class)) {
            let fen = if code == "30102" { allowance } else { fen };
            let r = body.len();
            items.push(r);
            let (personnel, public) = if class == "302" { (V::Empty, V::Amount(fen)) } else { (V::Amount(fen), V::Empty) };
            body.push(vec![text(class), text(&code[3..]), text(item), V::Sum(vec![(r, 4), (r, 5)]), personnel, public]);
        }
        let column = if class == "302" { 5 } else { 4 };
        let (personnel, public) = if class == "302" { (V::Empty, V::Sum(items.iter().map(|&r| (r, 5)).collect())) } else { (V::Sum(items.iter().map(|&r| (r, 4)).collect()), V::Empty) };
        body[row].extend([V::Sum(vec![(row, column)]), personnel, public]);
    }
    body.push(vec![
        V::Wide("合计".into(), 3),
        V::Empty,
        V::Empty,
        V::Sum(class_rows.iter().map(|&r| (r, 3)).collect()),
        V::Sum(class_rows.iter().map(|&r| (r, 4)).collect()),
        V::Sum(class_rows.iter().map(|&r| (r, 5)).collect()),
    ]);
    table(
        &[8.0, 8.0, 34.0, 18.0, 18.0, 18.0],
        &[1, 1, 2, 3, 2, 2],
        3,
        vec![
            head((0, 0), (0, 2), "项目"),
            head((0, 0), (3, 5), "一般公共预算基本支出"),
            head((1, 1), (0, 1), "部门预算经济分类科目编码"),
            head((1, 2), (2, 2), "经济分类科目名称"),
            head((1, 2), (3, 3), "合计"),
            head((1, 2), (4, 4), "人员经费"),
            head((1, 2), (5, 5), "公用经费"),
            head((2, 2), (0, 0), "类"),
            head((2, 2), (1, 1), "款"),
        ],
        body,
    )
}

/// 部门“三公”经费和机关运行经费预算表, in 万元 as the template has it.
fn three_public() -> Table {
    let body = vec![vec![V::Sum(vec![(0, 1), (0, 2), (0, 3)]), V::Empty, V::Amount(80), V::Sum(vec![(0, 4), (0, 5)]), V::Empty, V::Amount(360), V::Amount(5842)]];
    let mut t = table(
        &[14.0, 16.0, 14.0, 14.0, 12.0, 12.0, 18.0],
        &[2, 2, 2, 1, 1, 1, 2],
        3,
        vec![
            head((0, 0), (0, 5), "“三公”经费预算数"),
            head((0, 2), (6, 6), "机关运行经费预算数"),
            head((1, 2), (0, 0), "合计"),
            head((1, 2), (1, 1), "因公出国(境)费"),
            head((1, 2), (2, 2), "公务接待费"),
            head((1, 1), (3, 5), "公务用车购置及运行费"),
            head((2, 2), (3, 3), "小计"),
            head((2, 2), (4, 4), "购置费"),
            head((2, 2), (5, 5), "运行费"),
        ],
        body,
    );
    t.unit = "单位：万元";
    t
}
