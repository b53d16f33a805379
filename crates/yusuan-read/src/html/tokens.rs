//! A tolerant HTML tokenizer: text, start tags and end tags, in order. Comments, doctypes and
//! processing instructions are skipped, and so is the content of the elements a browser does
//! not show as text (`script`, `style`, `title`, `textarea`, `noscript`, `iframe`, `xmp`). Any
//! input gives tokens: a `<` that starts no tag is text, a tag cut off by the end of the input
//! ends it. Every slice is taken at an ASCII byte, so no input can split a character.

use crate::markup::find_ci;

#[derive(Debug, PartialEq, Eq)]
pub(super) enum Token<'a> {
    Text(&'a str),
    /// A start tag: its lower-case name and its whole text (for the attributes).
    Start { name: String, tag: &'a str },
    End { name: String },
}

const RAW_TEXT: [&str; 7] = ["script", "style", "title", "textarea", "noscript", "iframe", "xmp"];

pub(super) struct Tokens<'a> {
    html: &'a str,
    pos: usize,
    /// After the start tag of a raw-text element: the end tag that closes it.
    raw_until: Option<String>,
}

impl<'a> Tokens<'a> {
    pub(super) fn new(html: &'a str) -> Self {
        Tokens { html, pos: 0, raw_until: None }
    }

    /// Skips from `pos` past the first `end` (or to the end of the input).
    fn skip_past(&mut self, end: &str) {
        self.pos = find_ci(&self.html[self.pos..], end).map_or(self.html.len(), |i| self.pos + i + end.len());
    }
}

/// The name at the start of `s` (letters, digits, `-`, `:`), lower-cased.
fn name_at(s: &str) -> String {
    s.bytes().take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b':' | b'_')).map(|b| b.to_ascii_lowercase() as char).collect()
}

/// The length of a tag starting at `s[0] == '<'` up to its `>`, quoted attribute values
/// skipped; `None` when the input ends first.
fn tag_len(s: &str) -> Option<usize> {
    let mut quote = None;
    for (i, b) in s.bytes().enumerate().skip(1) {
        match (quote, b) {
            (None, b'"' | b'\'') => quote = Some(b),
            (Some(q), _) if q == b => quote = None,
            (None, b'>') => return Some(i + 1),
            _ => {}
        }
    }
    None
}

impl<'a> Iterator for Tokens<'a> {
    type Item = Token<'a>;

    fn next(&mut self) -> Option<Token<'a>> {
        loop {
            if let Some(end) = self.raw_until.take() {
                // The end tag itself is read as a token below.
                self.pos = find_ci(&self.html[self.pos..], &end).map_or(self.html.len(), |i| self.pos + i);
            }
            let rest = &self.html[self.pos..];
            if rest.is_empty() {
                return None;
            }
            let lt = rest.find('<').unwrap_or(rest.len());
            if lt > 0 {
                self.pos += lt;
                return Some(Token::Text(&rest[..lt]));
            }
            let after = &rest[1..];
            if after.starts_with("!--") {
                self.pos += 4;
                self.skip_past("-->");
            } else if after.starts_with(['!', '?']) {
                self.skip_past(">");
            } else if let Some(end) = after.strip_prefix('/').filter(|s| s.starts_with(|c: char| c.is_ascii_alphabetic())) {
                let name = name_at(end);
                self.skip_past(">");
                return Some(Token::End { name });
            } else if after.starts_with(|c: char| c.is_ascii_alphabetic()) {
                let name = name_at(after);
                let len = tag_len(rest).unwrap_or(rest.len());
                self.pos += len;
                if RAW_TEXT.contains(&name.as_str()) && !rest[..len].ends_with("/>") {
                    self.raw_until = Some(format!("</{name}"));
                }
                return Some(Token::Start { name, tag: &rest[..len] });
            } else {
                self.pos += 1;
                return Some(Token::Text("<"));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(html: &str) -> Vec<String> {
        Tokens::new(html)
            .map(|t| match t {
                Token::Text(s) => format!("'{s}'"),
                Token::Start { name, .. } => name,
                Token::End { name } => format!("/{name}"),
            })
            .collect()
    }

    #[test]
    fn skips_comments_scripts_and_reads_stray_brackets_as_text() {
        assert_eq!(
            names("<!DOCTYPE html><P class='a>b'>x<!-- <td> --> < 5<script>if (a<b) {}</script></p>"),
            ["p", "'x'", "' '", "'<'", "' 5'", "script", "/script", "/p"].map(String::from)
        );
        assert_eq!(names("a<3"), ["'a'", "'<'", "'3'"].map(String::from));
        assert_eq!(names("<td colspan=\"2"), ["td"].map(String::from));
        assert_eq!(names("<style>p{}"), ["style"].map(String::from));
    }
}
