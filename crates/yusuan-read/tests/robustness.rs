//! The reader never panics: arbitrary bytes, and corpus documents with lines deleted,
//! duplicated or truncated, either read or fail with a ReadError.

mod common;

use proptest::prelude::*;

fn corpus() -> Vec<String> {
    ["luanchuan-2020.txt", "luanchuan-2025.txt", "luolong-2021.txt"]
        .iter()
        .map(|f| std::fs::read_to_string(common::fixture(&format!("corpus/{f}"))).unwrap())
        .collect()
}

#[derive(Debug, Clone)]
enum Edit {
    Delete(usize),
    Duplicate(usize),
    Truncate(usize, usize),
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        any::<usize>().prop_map(Edit::Delete),
        any::<usize>().prop_map(Edit::Duplicate),
        (any::<usize>(), any::<usize>()).prop_map(|(l, n)| Edit::Truncate(l, n)),
    ]
}

fn apply(text: &str, edits: &[Edit]) -> String {
    let mut lines: Vec<String> = text.lines().map(str::to_string).collect();
    for e in edits {
        if lines.is_empty() {
            break;
        }
        match *e {
            Edit::Delete(i) => {
                lines.remove(i % lines.len());
            }
            Edit::Duplicate(i) => {
                let l = lines[i % lines.len()].clone();
                lines.insert(i % lines.len(), l);
            }
            Edit::Truncate(i, n) => {
                let idx = i % lines.len();
                let keep: String = lines[idx].chars().take(n % (lines[idx].chars().count() + 1)).collect();
                lines[idx] = keep;
            }
        }
    }
    lines.join("\n")
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..4096)) {
        let _ = yusuan_read::read_bytes(&bytes);
    }

    #[test]
    fn arbitrary_text_never_panics(text in "[\\PC\t\n 0-9,.|<>%万元表（）一二、]{0,2000}") {
        let _ = yusuan_read::read_bytes(text.as_bytes());
    }

    #[test]
    fn damaged_corpus_documents_never_panic(doc in 0usize..3, edits in proptest::collection::vec(edit(), 1..40)) {
        let text = apply(&corpus()[doc], &edits);
        let _ = yusuan_read::read_bytes(text.as_bytes());
    }
}

#[test]
fn html_fragments_never_panic() {
    for s in ["<table", "<table><tr><td colspan=99999", "<tr><td>1</td>", "<table><td rowspan=5>", "<table></table>", "&", "<"] {
        let _ = yusuan_read::read_bytes(s.as_bytes());
    }
}

/// A web page whose table rows span thousands of columns (300 cells of colspan 64 each, 400
/// rows): read as a grid of the columns its cells stand in, not 19,200 columns wide for every
/// row (which took 24 GB before). Its figures stay in their columns.
#[test]
fn a_table_thousands_of_columns_wide_reads_as_its_cells() {
    let wide: String = (0..300).map(|_| "<td colspan=\"64\">x</td>").collect();
    let rows: String = (0..400).map(|_| format!("<tr><td>一般公共服务支出</td><td>12.50</td>{wide}<td>1.25</td></tr>")).collect();
    let html = format!("<html><body><p>测试局2025年部门预算</p><p>2025年部门收支预算总表</p><p>单位：万元</p><table><tr><td>项目</td><td>金额</td></tr>{rows}</table></body></html>");
    let r = yusuan_read::read_bytes(html.as_bytes()).expect("reads");
    assert_eq!(r.document.tables.len(), 1);
    let rows = &r.document.tables[0].rows;
    let with_figure = rows.iter().filter(|row| row.label == "一般公共服务支出" && row.cells.iter().flatten().any(|v| v.written.to_string() == "12.50"));
    assert_eq!(with_figure.count(), 400, "each row's label with its figure");
}
