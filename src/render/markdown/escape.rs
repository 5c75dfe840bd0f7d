//! Escaping for pull-request comments: every string that comes from the
//! configuration or the state passes through here before it reaches the
//! Markdown, so that a name cannot close a fold, break a table, start a
//! heading, mention a user or link an issue.
//!
//! Names and other literal values become `<code>` elements whose text is
//! written with character references: unlike a backtick code span this works
//! the same inside a table cell (a `|` does not split the cell) and needs no
//! fence-length arithmetic. GitHub links neither `@mentions` nor `#123`
//! inside `<code>`. Prose with identifiers in backticks (a diagnostic's
//! summary) keeps its code spans when the backticks pair up.

/// A literal value (a name, an address, a path) as an inline `<code>` element.
pub fn code(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::from("<code>");
    for (i, &c) in chars.iter().enumerate() {
        match c {
            // Inside a word `_` cannot emphasise; keeping it there keeps names readable.
            '_' if is_word_char(&chars, i.wrapping_sub(1)) && is_word_char(&chars, i + 1) => {
                out.push(c)
            }
            '\n' => out.push_str("&#92;n"),
            '\r' => out.push_str("&#92;r"),
            '\t' => out.push(' '),
            c if c.is_control() || is_invisible(c) => out.push('\u{FFFD}'),
            c if c.is_ascii_alphanumeric() || " .-/:,=\"'{}".contains(c) => out.push(c),
            c if c.is_ascii() => out.push_str(&format!("&#{};", c as u32)),
            c => out.push(c),
        }
    }
    out.push_str("</code>");
    out
}

fn is_word_char(chars: &[char], i: usize) -> bool {
    chars.get(i).is_some_and(|c| c.is_alphanumeric())
}

/// Several literal values, comma-separated.
pub fn code_list(items: &[String]) -> String {
    items.iter().map(|i| code(i)).collect::<Vec<_>>().join(", ")
}

/// Prose that may quote identifiers in backticks, as amplan's diagnostics do.
///
/// When the backticks pair up, the quoted parts become code; otherwise (a
/// quoted name that itself holds a backtick) the whole text is plain, with
/// the backticks shown. Line breaks become spaces: the result is one line.
pub fn prose(text: &str) -> String {
    let parts: Vec<&str> = text.split('`').collect();
    if parts.len().is_multiple_of(2) {
        return plain(text);
    }
    parts
        .iter()
        .enumerate()
        .map(|(i, part)| match (i % 2, part.is_empty()) {
            (0, _) => plain(part),
            (_, true) => plain("``"),
            (_, false) => code(part),
        })
        .collect()
}

/// Text shown as written: Markdown punctuation is backslash-escaped, and a
/// zero-width space after `@` and `#` keeps GitHub from turning them into
/// mentions and issue links (it links after rendering, so escapes alone do not help).
pub fn plain(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\n' | '\r' | '\t' => out.push(' '),
            c if c.is_control() || is_invisible(c) => out.push('\u{FFFD}'),
            '@' | '#' => {
                out.push('\\');
                out.push(c);
                if chars.peek().is_some_and(|n| n.is_alphanumeric()) {
                    out.push_str("&#8203;");
                }
            }
            c if "\\`*_[]<>|~!&$".contains(c) => {
                out.push('\\');
                out.push(c);
            }
            c => out.push(c),
        }
    }
    out
}

/// Characters that reorder or hide text (bidirectional overrides, zero-width
/// characters), which could make a name look like another.
fn is_invisible(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}')
}

/// The directory as it appears in the hidden marker: forward slashes, no
/// `./` prefix or trailing slash, and nothing that could end the HTML
/// comment (`--`, `>`) or make two directories look alike.
pub fn marker_dir(dir: &str) -> String {
    let slashed = dir.replace('\\', "/");
    let mut trimmed = slashed.as_str();
    while let Some(rest) = trimmed.strip_prefix("./") {
        trimmed = rest;
    }
    let trimmed = trimmed.trim_end_matches('/');
    let trimmed = if trimmed.is_empty() { "." } else { trimmed };
    let mut out = String::new();
    let mut previous = '\0';
    for c in trimmed.chars() {
        let keep =
            c.is_ascii_alphanumeric() || "._/~+=,:@".contains(c) || (c == '-' && previous != '-');
        if keep {
            out.push(c);
        } else {
            let mut buf = [0u8; 4];
            for b in c.encode_utf8(&mut buf).bytes() {
                out.push_str(&format!("%{b:02X}"));
            }
        }
        previous = c;
    }
    out
}

/// The longest run of `c` in `text`, to choose a fence that nothing in it closes.
pub fn longest_run(text: &str, c: char) -> usize {
    text.split(|x| x != c)
        .map(|run| run.len() / c.len_utf8())
        .max()
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn code_references_every_markdown_and_html_character() {
        let hostile = "a`b|c<d>e</details>*_[x](y)@u#1\\&$~!";
        let out = code(hostile);
        let inner = &out["<code>".len()..out.len() - "</code>".len()];
        let inner = regex::Regex::new("&#[0-9]+;")
            .expect("valid pattern")
            .replace_all(inner, "");
        for c in "`|<>*_[]()@#\\&$~!".chars() {
            assert!(!inner.contains(c), "{c} left in {inner}");
        }
        assert!(out.starts_with("<code>a&#96;b&#124;c&#60;d&#62;"));
    }

    #[test]
    fn code_shows_line_breaks_and_drops_invisible_characters() {
        assert_eq!(code("a\nb"), "<code>a&#92;nb</code>");
        assert_eq!(code("a\u{202E}b"), "<code>a\u{FFFD}b</code>");
        assert_eq!(code("né"), "<code>né</code>");
    }

    #[test]
    fn code_keeps_underscores_inside_words_only() {
        assert_eq!(code("a_b"), "<code>a_b</code>");
        assert_eq!(code("_a_ b_"), "<code>&#95;a&#95; b&#95;</code>");
    }

    #[test]
    fn plain_breaks_mentions_and_issue_links() {
        assert_eq!(plain("@team"), "\\@&#8203;team");
        assert_eq!(plain("#12"), "\\#&#8203;12");
        assert_eq!(plain("a # b"), "a \\# b");
        assert_eq!(plain("x\n</details>"), "x \\</details\\>");
    }

    #[test]
    fn prose_keeps_paired_code_spans_and_flattens_unpaired_ones() {
        assert_eq!(
            prose("resource `a.b` fails"),
            "resource <code>a.b</code> fails"
        );
        assert_eq!(prose("name `a`b` fails"), "name \\`a\\`b\\` fails");
        assert_eq!(prose("empty `` here"), "empty \\`\\` here");
    }

    #[test]
    fn marker_dir_is_normalised_and_cannot_end_the_comment() {
        assert_eq!(marker_dir("./infra/prod/"), "infra/prod");
        assert_eq!(marker_dir(".\\infra\\prod"), "infra/prod");
        assert_eq!(marker_dir(""), ".");
        assert_eq!(marker_dir("./"), ".");
        assert_eq!(marker_dir("a-b"), "a-b");
        let hostile = marker_dir("x-->y <!-- z");
        assert!(!hostile.contains("--") && !hostile.contains('>') && !hostile.contains(' '));
        assert_eq!(marker_dir("é"), "%C3%A9");
    }

    #[test]
    fn longest_run_counts_characters() {
        assert_eq!(longest_run("a ```` b `` c", '`'), 4);
        assert_eq!(longest_run("none", '`'), 0);
    }
}
