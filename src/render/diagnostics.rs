//! Diagnostics as Terraform prints them: the severity and summary, where in
//! the configuration with the source lines quoted and the range underlined,
//! then the detail, and amplan's affected VNets and names.

use std::io::{self, Write};

use super::style::{Color, Paint};
use crate::diag::{Diagnostic, Severity};
use crate::source::{SourceFile, SourceMap, SourceRange};

/// Beyond this many lines a range is cut short, with a note saying so.
const MAX_SNIPPET_LINES: usize = 5;

/// Top-level block keywords whose header names the context of a range.
const BLOCK_KEYWORDS: [&str; 11] = [
    "resource",
    "data",
    "module",
    "output",
    "variable",
    "provider",
    "locals",
    "terraform",
    "moved",
    "import",
    "check",
];

/// Terraform-style diagnostics, each preceded by a blank line.
pub fn render_diagnostics(
    diags: &[Diagnostic],
    sources: &SourceMap,
    out: &mut dyn Write,
    color: bool,
) -> io::Result<()> {
    let paint = Paint::new(color);
    for diag in diags {
        out.write_all(diagnostic_text(diag, sources, paint).as_bytes())?;
    }
    Ok(())
}

fn diagnostic_text(diag: &Diagnostic, sources: &SourceMap, paint: Paint) -> String {
    let mut text = format!("\n{}\n", headline(diag, paint));
    if let Some(range) = &diag.range {
        text.push_str(&location(
            range,
            sources.get(&range.filename).map(|f| f.as_ref()),
        ));
    }
    if !diag.detail.is_empty() {
        text.push_str(&format!("\n{}\n", diag.detail.trim_end()));
    }
    text.push_str(&lists(diag));
    text
}

/// `Error: summary [code]`, the label coloured by severity.
fn headline(diag: &Diagnostic, paint: Paint) -> String {
    let (label, color) = match diag.severity {
        Severity::Error => ("Error:", Color::Red),
        Severity::Warning => ("Warning:", Color::Yellow),
        Severity::Info => ("Info:", Color::Cyan),
    };
    let existing = if diag.existing {
        " (already true before this plan)"
    } else {
        ""
    };
    format!(
        "{} {} [{}]{existing}",
        paint.bold_fg(color, label),
        paint.bold(&diag.summary),
        diag.code
    )
}

/// `  on FILE line N, in resource "x" "y":` and the quoted lines, when the
/// file is known.
fn location(range: &SourceRange, file: Option<&SourceFile>) -> String {
    let context = file
        .and_then(|f| enclosing_block(f, range.start.line))
        .map(|c| format!(", in {c}"))
        .unwrap_or_default();
    let mut text = format!(
        "\n  on {} line {}{context}:\n",
        range.filename, range.start.line
    );
    if let Some(file) = file {
        text.push_str(&snippet(file, range));
    }
    text
}

/// Source lines longer than this are shown as a window around the range.
const MAX_LINE_CHARS: usize = 120;

/// The lines of the range, numbered as Terraform numbers them, with the
/// range underlined on its first line.
fn snippet(file: &SourceFile, range: &SourceRange) -> String {
    let (first, last) = (range.start.line, range.end.line.max(range.start.line));
    let shown_last = last.min(first + MAX_SNIPPET_LINES - 1);

    let mut text = String::new();
    for number in first..=shown_last {
        let column = if number == first {
            range.start.column
        } else {
            1
        };
        let (shown, skipped) = window(file.line(number), column);
        text.push_str(&format!("{number:>4}: {shown}\n"));
        if number == first {
            text.push_str(&underline(&shown, range, skipped));
        }
    }
    if shown_last < last {
        text.push_str(&format!("      (and {} more lines)\n", last - shown_last));
    }
    text
}

/// A long line cut to a window around `column`, marked with `…`, and how
/// many characters were cut from its start (the `…` stands for them).
fn window(line: &str, column: usize) -> (String, usize) {
    let chars: Vec<char> = line.chars().collect();
    if chars.len() <= MAX_LINE_CHARS {
        return (line.to_string(), 0);
    }
    let from = column
        .saturating_sub(1)
        .saturating_sub(MAX_LINE_CHARS / 3)
        .min(chars.len());
    let to = (from + MAX_LINE_CHARS).min(chars.len());
    let head = if from > 0 { "…" } else { "" };
    let tail = if to < chars.len() { "…" } else { "" };
    let body: String = chars[from..to].iter().collect();
    (
        format!("{head}{body}{tail}"),
        from.saturating_sub(usize::from(from > 0)),
    )
}

/// Carets under the range's part of its first line (one caret for an empty
/// range). `skipped` characters were cut from the shown line's start. Tabs
/// are kept so that the carets line up under them.
fn underline(line: &str, range: &SourceRange, skipped: usize) -> String {
    let chars: Vec<char> = line.chars().collect();
    let start = range
        .start
        .column
        .saturating_sub(1)
        .saturating_sub(skipped)
        .min(chars.len());
    let end = if range.end.line > range.start.line {
        chars.len()
    } else {
        range
            .end
            .column
            .saturating_sub(1)
            .saturating_sub(skipped)
            .min(chars.len())
    };
    let width = end.saturating_sub(start).max(1);
    let lead: String = chars[..start]
        .iter()
        .map(|&c| if c == '\t' { '\t' } else { ' ' })
        .collect();
    format!("      {lead}{}\n", "^".repeat(width))
}

/// The header of the top-level block around `line`, such as
/// `resource "azurerm_subnet" "pe"`; found by looking upwards for a header
/// at the start of a line, which holds for `terraform fmt`ed files.
fn enclosing_block(file: &SourceFile, line: usize) -> Option<String> {
    for number in (1..=line).rev() {
        let text = file.line(number);
        if text.starts_with('}') && number < line {
            return None;
        }
        let first_word = text.split_whitespace().next().unwrap_or("");
        let header = text.trim_end();
        if !text.starts_with(char::is_whitespace)
            && BLOCK_KEYWORDS.contains(&first_word)
            && header.ends_with('{')
        {
            let words: Vec<&str> = header.trim_end_matches('{').split_whitespace().collect();
            return Some(words.join(" "));
        }
    }
    None
}

fn lists(diag: &Diagnostic) -> String {
    let mut text = String::new();
    if !diag.affected_vnets.is_empty() || !diag.names.is_empty() {
        text.push('\n');
    }
    if !diag.affected_vnets.is_empty() {
        text.push_str(&format!(
            "Affected VNets: {}\n",
            diag.affected_vnets.join(", ")
        ));
    }
    if !diag.names.is_empty() {
        text.push_str(&format!("Names: {}\n", diag.names.join(", ")));
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::Pos;

    const MAIN_TF: &str = r#"resource "azurerm_resource_group" "hub" {
  name     = "hub"
  location = "westeurope"
}

resource "azurerm_subnet" "pe" {
  name             = "pe"
  address_prefixes = ["10.0.0.0/24"]
  subnet_idx       = azurerm_virtual_network.hub.id
}
"#;

    fn sources() -> (SourceMap, std::sync::Arc<SourceFile>) {
        let file = SourceFile::new("main.tf", "main.tf".into(), MAIN_TF.to_string());
        let mut map = SourceMap::default();
        map.insert(file.clone());
        (map, file)
    }

    fn span(text: &str) -> std::ops::Range<usize> {
        let start = MAIN_TF.find(text).expect("the test text is in the file");
        start..start + text.len()
    }

    fn render(diags: &[Diagnostic], sources: &SourceMap, color: bool) -> String {
        let mut out = Vec::new();
        render_diagnostics(diags, sources, &mut out, color)
            .expect("writing to a vector cannot fail");
        String::from_utf8(out).expect("the renderer writes UTF-8")
    }

    #[test]
    fn renders_errors_warnings_and_infos_with_snippets() {
        let (map, file) = sources();
        let mut overlap = Diagnostic::warning("dns-override", "private DNS zone overrides another VNet's records")
            .with_detail("The zone `privatelink.monitor.azure.com` linked to `hub` will now answer for names that `spoke-a` resolves through its own endpoint.")
            .at(file.range(span(r#"["10.0.0.0/24"]"#)));
        overlap.affected_vnets = vec!["hub".into(), "spoke-a".into()];
        overlap.names = vec![
            "api.monitor.azure.com".into(),
            "global.in.ai.monitor.azure.com".into(),
        ];
        let diags = [
            Diagnostic::error("unsupported-argument", "unsupported argument")
                .with_detail("An argument named `subnet_idx` is not expected here.")
                .at(file.range(span("subnet_idx"))),
            overlap,
            Diagnostic::info("no-state", "no prior state")
                .with_detail("Every resource will be created."),
            Diagnostic::error("bad-block", "block spans lines").at(file.range(span(
                "resource \"azurerm_resource_group\" \"hub\" {\n  name",
            ))),
        ];
        insta::with_settings!({snapshot_path => concat!(env!("CARGO_MANIFEST_DIR"), "/snapshots"), prepend_module_to_snapshot => false}, {
            insta::assert_snapshot!("render_diagnostics", render(&diags, &map, false));
        });
    }

    #[test]
    fn underline_starts_at_the_range_column() {
        let (map, file) = sources();
        let diag = Diagnostic::error("x", "x").at(file.range(span("subnet_idx")));
        let text = render(&[diag], &map, false);
        let quoted = text
            .lines()
            .position(|l| l.starts_with("   9:"))
            .expect("line 9 is quoted");
        let carets = text.lines().nth(quoted + 1).expect("an underline follows");
        assert_eq!(carets.find('^'), Some(6 + 2));
        assert_eq!(carets.trim(), "^".repeat("subnet_idx".len()));
    }

    #[test]
    fn context_names_the_enclosing_block() {
        let (_, file) = sources();
        assert_eq!(
            enclosing_block(&file, 8).as_deref(),
            Some(r#"resource "azurerm_subnet" "pe""#)
        );
        assert_eq!(enclosing_block(&file, 5), None);
    }

    #[test]
    fn unknown_file_still_names_the_place() {
        let diag = Diagnostic::error("x", "bad").at(SourceRange::file("vars.tfvars"));
        let text = render(&[diag], &SourceMap::default(), false);
        assert_eq!(text, "\nError: bad [x]\n\n  on vars.tfvars line 1:\n");
    }

    #[test]
    fn colour_marks_the_severity_label() {
        let text = render(
            &[Diagnostic::error("x", "bad")],
            &SourceMap::default(),
            true,
        );
        assert!(text.starts_with("\n\x1b[1m\x1b[31mError:\x1b[0m"));
    }

    #[test]
    fn an_empty_range_gets_one_caret() {
        let range = SourceRange {
            filename: "a.tf".into(),
            start: Pos {
                line: 1,
                column: 4,
                byte: 3,
            },
            end: Pos {
                line: 1,
                column: 4,
                byte: 3,
            },
        };
        assert_eq!(underline("abc", &range, 0), "         ^\n");
    }

    #[test]
    fn a_long_line_is_cut_around_the_range() {
        let line = format!("{}TARGET{}", "x".repeat(300), "y".repeat(300));
        let (shown, skipped) = window(&line, 301);
        assert!(
            shown.starts_with('…')
                && shown.ends_with('…')
                && shown.chars().count() <= MAX_LINE_CHARS + 2
        );
        let range = SourceRange {
            filename: "a.tf".into(),
            start: Pos {
                line: 1,
                column: 301,
                byte: 300,
            },
            end: Pos {
                line: 1,
                column: 307,
                byte: 306,
            },
        };
        let carets = underline(&shown, &range, skipped);
        let at = carets.find('^').unwrap() - 6;
        assert_eq!(shown.chars().skip(at).take(6).collect::<String>(), "TARGET");
    }
}
