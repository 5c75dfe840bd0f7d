//! Diagnostics are data: severity, a stable code, a summary, a detail and a
//! source range. Stages collect them; only the renderers turn them into text.

use serde::Serialize;

use crate::source::SourceRange;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
    Info,
}

/// One finding about the configuration, the state or the plan.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Diagnostic {
    pub severity: Severity,
    /// A stable kebab-case word, listed in the README.
    pub code: &'static str,
    pub summary: String,
    pub detail: String,
    /// The resource or module address the diagnostic is about.
    pub address: Option<String>,
    pub range: Option<SourceRange>,
    pub affected_vnets: Vec<String>,
    pub names: Vec<String>,
    /// True when the finding held before this plan too (an audit finding, not a new one).
    pub existing: bool,
    /// For `dns-override`: `unreachable` or `scope-change`.
    pub impact: Option<&'static str>,
}

impl Diagnostic {
    pub fn new(severity: Severity, code: &'static str, summary: impl Into<String>) -> Diagnostic {
        Diagnostic {
            severity,
            code,
            summary: summary.into(),
            detail: String::new(),
            address: None,
            range: None,
            affected_vnets: Vec::new(),
            names: Vec::new(),
            existing: false,
            impact: None,
        }
    }

    pub fn error(code: &'static str, summary: impl Into<String>) -> Diagnostic {
        Diagnostic::new(Severity::Error, code, summary)
    }

    pub fn warning(code: &'static str, summary: impl Into<String>) -> Diagnostic {
        Diagnostic::new(Severity::Warning, code, summary)
    }

    pub fn info(code: &'static str, summary: impl Into<String>) -> Diagnostic {
        Diagnostic::new(Severity::Info, code, summary)
    }

    pub fn with_detail(mut self, detail: impl Into<String>) -> Diagnostic {
        self.detail = detail.into();
        self
    }

    pub fn with_range(mut self, range: Option<SourceRange>) -> Diagnostic {
        self.range = range;
        self
    }

    pub fn at(self, range: SourceRange) -> Diagnostic {
        self.with_range(Some(range))
    }

    pub fn with_address(mut self, address: impl Into<String>) -> Diagnostic {
        self.address = Some(address.into());
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

/// The diagnostics of one run, in the order they were found.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(transparent)]
pub struct Diagnostics(pub Vec<Diagnostic>);

impl Diagnostics {
    pub fn push(&mut self, diagnostic: Diagnostic) {
        self.0.push(diagnostic);
    }

    pub fn extend(&mut self, other: Diagnostics) {
        self.0.extend(other.0);
    }

    pub fn has_errors(&self) -> bool {
        self.0.iter().any(Diagnostic::is_error)
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn iter(&self) -> std::slice::Iter<'_, Diagnostic> {
        self.0.iter()
    }
}

impl From<Diagnostic> for Diagnostics {
    fn from(d: Diagnostic) -> Diagnostics {
        Diagnostics(vec![d])
    }
}
