fn main() {
    let path = std::env::args().nth(1).unwrap();
    let text = yusuan_read::decode::decode(&std::fs::read(path).unwrap()).unwrap();
    for b in yusuan_read::text::read_text(&text).blocks {
        let cells: Vec<String> = b.cells.iter().map(|c| format!("{}:{}", c.column, c.text)).collect();
        println!("{:>4} {:?}{} {}", b.span.line, b.separation, if b.page_break {" PB"} else {""}, cells.join(" | "));
    }
}
