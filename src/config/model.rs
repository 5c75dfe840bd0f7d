//! The raw configuration of one module directory: its blocks sorted by
//! kind, expressions still unevaluated, every item with its source range.

use std::path::PathBuf;
use std::sync::Arc;

use hcl_edit::expr::Expression;
use hcl_edit::structure::Body;
use indexmap::IndexMap;

use crate::addr::Mode;
use crate::config::types::Type;
use crate::source::{SourceFile, SourceRange};

/// An unevaluated expression and the file it came from.
#[derive(Debug, Clone)]
pub struct Expr {
    pub expr: Expression,
    pub file: Arc<SourceFile>,
}

impl Expr {
    /// The source range of the whole expression.
    pub fn range(&self) -> SourceRange {
        use hcl_edit::Span;
        match self.expr.span() {
            Some(span) => self.file.range(span),
            None => SourceRange::file(self.file.name.clone()),
        }
    }
}

/// One module directory, loaded and sorted by block kind.
#[derive(Debug, Default)]
pub struct Module {
    pub dir: PathBuf,
    /// How many `.tf` files the directory holds.
    pub files: usize,
    pub variables: IndexMap<String, Variable>,
    pub locals: IndexMap<String, Local>,
    pub outputs: IndexMap<String, Output>,
    /// Keyed by `type.name` for managed and `data.type.name` for data resources.
    pub resources: IndexMap<String, Resource>,
    pub module_calls: IndexMap<String, ModuleCall>,
    /// A literal `subscription_id` from the `azurerm` provider block.
    pub subscription_id: Option<String>,
    pub moved: Vec<Moved>,
}

#[derive(Debug)]
pub struct Variable {
    pub name: String,
    pub ty: Option<Type>,
    pub default: Option<Expr>,
    pub nullable: bool,
    pub sensitive: bool,
    pub validations: Vec<Validation>,
    pub range: SourceRange,
}

#[derive(Debug)]
pub struct Validation {
    pub condition: Expr,
    pub error_message: Option<Expr>,
}

#[derive(Debug)]
pub struct Local {
    pub name: String,
    pub expr: Expr,
}

#[derive(Debug)]
pub struct Output {
    pub name: String,
    pub value: Expr,
    pub sensitive: bool,
    pub depends_on: Vec<Expr>,
    pub range: SourceRange,
}

/// The `lifecycle` block of a resource.
#[derive(Debug, Default, Clone)]
pub struct Lifecycle {
    pub create_before_destroy: bool,
    pub prevent_destroy: bool,
    /// Attribute paths (top-level names first) whose changes are ignored.
    pub ignore_changes: Vec<Vec<String>>,
    /// `ignore_changes = all`.
    pub ignore_all: bool,
}

/// A `resource` or `data` block.
#[derive(Debug)]
pub struct Resource {
    pub mode: Mode,
    pub type_name: String,
    pub name: String,
    pub count: Option<Expr>,
    pub for_each: Option<Expr>,
    pub depends_on: Vec<Expr>,
    pub lifecycle: Lifecycle,
    pub provider: Option<String>,
    /// The block body with the meta-arguments still in it; evaluation skips them.
    pub body: Body,
    /// Every expression of the body, with the names that dynamic blocks bind
    /// around it (their iterators), for the dependency graph.
    pub body_exprs: Vec<(Expr, Vec<String>)>,
    pub file: Arc<SourceFile>,
    /// The block header (`resource "t" "n"`), where Terraform points.
    pub range: SourceRange,
}

impl Resource {
    /// `type.name` or `data.type.name`, the key in [`Module::resources`].
    pub fn key(&self) -> String {
        match self.mode {
            Mode::Managed => format!("{}.{}", self.type_name, self.name),
            Mode::Data => format!("data.{}.{}", self.type_name, self.name),
        }
    }
}

/// A `module` block.
#[derive(Debug)]
pub struct ModuleCall {
    pub name: String,
    pub source: String,
    pub count: Option<Expr>,
    pub for_each: Option<Expr>,
    pub depends_on: Vec<Expr>,
    /// Input variables given to the module, in source order.
    pub inputs: IndexMap<String, Expr>,
    pub range: SourceRange,
    /// The loaded child module; `None` when its source could not be resolved.
    pub module: Option<Box<Module>>,
}

/// A `moved` block: `from` and `to` addresses as written.
#[derive(Debug)]
pub struct Moved {
    pub from: String,
    pub to: String,
    pub range: SourceRange,
}
