//! Source files and positions: byte spans from hcl-edit become the
//! `filename:line:column` ranges that diagnostics carry.

use std::ops::Range;
use std::path::PathBuf;
use std::sync::Arc;

use serde::Serialize;

/// One loaded file, kept whole so that diagnostics can quote it.
#[derive(Debug)]
pub struct SourceFile {
    /// The path as the user should see it (relative to where amplan ran).
    pub name: String,
    pub path: PathBuf,
    pub text: String,
    line_starts: Vec<usize>,
}

impl SourceFile {
    pub fn new(name: impl Into<String>, path: PathBuf, text: String) -> Arc<SourceFile> {
        let line_starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        Arc::new(SourceFile {
            name: name.into(),
            path,
            text,
            line_starts,
        })
    }

    /// The 1-based line and column (in characters) of a byte offset.
    pub fn position(&self, offset: usize) -> Pos {
        let offset = offset.min(self.text.len());
        let line = self.line_starts.partition_point(|&start| start <= offset) - 1;
        let start = self.line_starts[line];
        let column = self
            .text
            .get(start..offset)
            .map_or(offset - start, |s| s.chars().count())
            + 1;
        Pos {
            line: line + 1,
            column,
            byte: offset,
        }
    }

    /// The range covering a byte span of this file.
    pub fn range(&self, span: Range<usize>) -> SourceRange {
        SourceRange {
            filename: self.name.clone(),
            start: self.position(span.start),
            end: self.position(span.end),
        }
    }

    /// The text of a 1-based line, without its line break.
    pub fn line(&self, line: usize) -> &str {
        let Some(&start) = self.line_starts.get(line.wrapping_sub(1)) else {
            return "";
        };
        let end = self.line_starts.get(line).map_or(self.text.len(), |&e| e);
        self.text[start..end].trim_end_matches(['\n', '\r'])
    }
}

/// A position in a file: 1-based line and column, plus the byte offset.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Pos {
    pub line: usize,
    pub column: usize,
    pub byte: usize,
}

/// A range in a named file, as Terraform's diagnostics carry it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct SourceRange {
    pub filename: String,
    pub start: Pos,
    pub end: Pos,
}

impl SourceRange {
    /// A range for a whole file (no position inside it is known).
    pub fn file(filename: impl Into<String>) -> SourceRange {
        let start = Pos {
            line: 1,
            column: 1,
            byte: 0,
        };
        SourceRange {
            filename: filename.into(),
            start,
            end: start,
        }
    }
}

impl std::fmt::Display for SourceRange {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{}:{}:{}",
            self.filename, self.start.line, self.start.column
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn position_counts_lines_and_columns_from_one() {
        let f = SourceFile::new("a.tf", "a.tf".into(), "ab\ncdé\nx".into());
        assert_eq!((f.position(0).line, f.position(0).column), (1, 1));
        assert_eq!((f.position(4).line, f.position(4).column), (2, 2));
        assert_eq!((f.position(7).line, f.position(7).column), (2, 4));
        assert_eq!((f.position(8).line, f.position(8).column), (3, 1));
        assert_eq!(f.line(2), "cdé");
        assert_eq!(f.line(9), "");
    }
}

/// Every file a run loaded, by display name, so renderers can quote them.
#[derive(Debug, Default, Clone)]
pub struct SourceMap(pub std::collections::BTreeMap<String, Arc<SourceFile>>);

impl SourceMap {
    pub fn insert(&mut self, file: Arc<SourceFile>) {
        self.0.insert(file.name.clone(), file);
    }

    pub fn get(&self, name: &str) -> Option<&Arc<SourceFile>> {
        self.0.get(name)
    }
}
