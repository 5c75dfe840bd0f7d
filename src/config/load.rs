//! Loading: every `*.tf` file of a module directory, parsed with hcl-edit
//! so that positions survive, sorted into a [`Module`]; local child modules
//! are loaded recursively.

use std::path::{Component, Path, PathBuf};
use std::sync::Arc;

use hcl_edit::expr::{Expression, TraversalOperator};
use hcl_edit::structure::{Attribute, Block, Body, Structure};
use hcl_edit::Span;
use indexmap::IndexMap;

use crate::addr::Mode;
use crate::config::model::{
    Expr, Lifecycle, Local, Module, ModuleCall, Moved, Output, Resource, Validation, Variable,
};
use crate::config::types;
use crate::diag::{Diagnostic, Diagnostics};
use crate::source::{SourceFile, SourceMap, SourceRange};

/// How deep module calls may nest before loading gives up.
const MAX_MODULE_DEPTH: usize = 32;

/// The outcome of loading: the root module, every file read, and what was found wrong.
#[derive(Debug, Default)]
pub struct Loaded {
    pub root: Module,
    pub sources: SourceMap,
    pub diagnostics: Diagnostics,
}

/// Loads the root module in `dir` and every local module it calls.
pub fn load_root(dir: &Path) -> Loaded {
    let mut loader = Loader {
        root_dir: dir.to_path_buf(),
        loaded: Loaded::default(),
        stack: Vec::new(),
        registry: None,
    };
    if !dir.is_dir() {
        let summary = if dir.exists() {
            format!("`{}` is not a directory", dir.display())
        } else {
            format!("configuration directory `{}` does not exist", dir.display())
        };
        let d = Diagnostic::error("missing-directory", summary)
            .with_detail("amplan reads the `*.tf` files of a root module directory");
        loader.loaded.diagnostics.push(d);
        return loader.loaded;
    }
    loader.loaded.root = loader.load_module(dir, "");
    if loader.loaded.root.is_empty() && !loader.loaded.diagnostics.has_errors() {
        let d = Diagnostic::error(
            "empty-configuration",
            format!("no configuration files in `{}`", dir.display()),
        )
        .with_detail("amplan reads the `*.tf` files of the directory; it found none");
        loader.loaded.diagnostics.push(d);
    }
    loader.loaded
}

impl Module {
    /// True when the directory holds no `.tf` file at all.
    pub fn is_empty(&self) -> bool {
        self.files == 0
    }
}

struct Loader {
    root_dir: PathBuf,
    loaded: Loaded,
    /// Canonical directories of the modules being loaded, to catch recursion.
    stack: Vec<PathBuf>,
    /// `.terraform/modules/modules.json`: module key to installed directory.
    registry: Option<IndexMap<String, PathBuf>>,
}

impl Loader {
    fn load_module(&mut self, dir: &Path, key: &str) -> Module {
        let mut module = Module {
            dir: dir.to_path_buf(),
            ..Module::default()
        };
        for path in self.tf_files(dir) {
            module.files += 1;
            if let Some(file) = self.read_file(&path) {
                self.load_file(&mut module, &file);
            }
        }
        self.stack
            .push(dir.canonicalize().unwrap_or_else(|_| dir.to_path_buf()));
        let names: Vec<String> = module.module_calls.keys().cloned().collect();
        for name in names {
            let child_key = if key.is_empty() {
                name.clone()
            } else {
                format!("{key}.{name}")
            };
            self.load_child(&mut module, &name, &child_key);
        }
        self.stack.pop();
        module
    }

    fn tf_files(&mut self, dir: &Path) -> Vec<PathBuf> {
        let entries = match std::fs::read_dir(dir) {
            Ok(entries) => entries,
            Err(e) => {
                let d = Diagnostic::error(
                    "unreadable-file",
                    format!(
                        "cannot read directory `{}`: {}",
                        display_path(dir),
                        io_message(&e)
                    ),
                );
                self.loaded.diagnostics.push(d);
                return Vec::new();
            }
        };
        let mut files: Vec<PathBuf> = entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "tf") && p.is_file())
            .filter(|p| {
                !p.file_name()
                    .is_some_and(|n| n.to_string_lossy().starts_with('.'))
            })
            .collect();
        files.sort();
        files
    }

    /// Reads and registers a file; problems become diagnostics.
    fn read_file(&mut self, path: &Path) -> Option<Arc<SourceFile>> {
        let name = display_path(path);
        let text = match read_text(path, &name) {
            Ok(text) => text,
            Err(d) => {
                self.loaded.diagnostics.push(d);
                return None;
            }
        };
        let file = SourceFile::new(name, path.to_path_buf(), text);
        self.loaded.sources.insert(file.clone());
        Some(file)
    }

    fn load_file(&mut self, module: &mut Module, file: &Arc<SourceFile>) {
        let body = match parse_body(file) {
            Ok(body) => body,
            Err(d) => return self.loaded.diagnostics.push(d),
        };
        for structure in body.into_iter() {
            match structure {
                Structure::Block(block) => self.load_block(module, block, file),
                Structure::Attribute(attr) => {
                    let d = Diagnostic::error(
                        "unsupported-argument",
                        format!(
                            "an argument named `{}` is not expected here",
                            attr.key.as_str()
                        ),
                    );
                    self.loaded.diagnostics.push(d.at(span_range(file, &attr)));
                }
            }
        }
    }

    fn load_block(&mut self, module: &mut Module, block: Block, file: &Arc<SourceFile>) {
        let cx = BlockCx {
            file,
            range: header_range(file, &block),
        };
        self.loaded.diagnostics.extend(check_schema(&block, file));
        let result = match block.ident.as_str() {
            "variable" => cx.variable(block).map(|v| {
                insert_unique(
                    &mut module.variables,
                    v.name.clone(),
                    v,
                    "variable",
                    &cx.range,
                )
            }),
            "locals" => cx.locals(block).map(|locals| {
                locals.into_iter().try_for_each(|l| {
                    insert_unique(
                        &mut module.locals,
                        l.name.clone(),
                        l,
                        "local value",
                        &cx.range,
                    )
                })
            }),
            "output" => cx.output(block).map(|o| {
                insert_unique(&mut module.outputs, o.name.clone(), o, "output", &cx.range)
            }),
            "resource" => cx
                .resource(block, Mode::Managed)
                .map(|r| insert_unique(&mut module.resources, r.key(), r, "resource", &cx.range)),
            "data" => cx.resource(block, Mode::Data).map(|r| {
                insert_unique(
                    &mut module.resources,
                    r.key(),
                    r,
                    "data resource",
                    &cx.range,
                )
            }),
            "module" => cx.module_call(block).map(|m| {
                insert_unique(
                    &mut module.module_calls,
                    m.name.clone(),
                    m,
                    "module call",
                    &cx.range,
                )
            }),
            "provider" => cx.provider(block, module),
            "moved" => cx.moved(block).map(|m| {
                module.moved.push(m);
                Ok(())
            }),
            "terraform" | "import" | "check" | "removed" => Ok(Ok(())),
            other => Err(Diagnostic::error(
                "unsupported-block",
                format!("blocks of type `{other}` are not expected here"),
            )
            .at(cx.range.clone())),
        };
        match result {
            Ok(Ok(())) => {}
            Ok(Err(d)) | Err(d) => self.loaded.diagnostics.push(d),
        }
    }

    fn load_child(&mut self, module: &mut Module, name: &str, key: &str) {
        let Some(call) = module.module_calls.get_mut(name) else {
            return;
        };
        let dir = match self.resolve_source(&module.dir, &call.source, key) {
            Ok(Some(dir)) => dir,
            Ok(None) => {
                let d = Diagnostic::warning("module-not-installed", format!("module `{name}` comes from `{}`, which amplan cannot read", call.source))
                    .with_detail("registry and git sources are read from `.terraform/modules/modules.json` after `terraform init`; without it, the module's outputs are unknown and its resources are not planned");
                self.loaded.diagnostics.push(d.at(call.range.clone()));
                return;
            }
            Err(d) => return self.loaded.diagnostics.push(d.at(call.range.clone())),
        };
        let canonical = dir.canonicalize().unwrap_or_else(|_| dir.clone());
        if self.stack.len() >= MAX_MODULE_DEPTH && !self.stack.contains(&canonical) {
            let d = Diagnostic::error(
                "module-recursion",
                format!("module `{name}` is nested more than {MAX_MODULE_DEPTH} module calls deep"),
            )
            .with_detail("amplan stops loading at this depth, which only a module that keeps calling new copies of itself should reach");
            return self.loaded.diagnostics.push(d.at(call.range.clone()));
        }
        if self.stack.contains(&canonical) {
            let d = Diagnostic::error(
                "module-recursion",
                format!(
                    "module `{name}` calls `{}`, which is already being loaded",
                    call.source
                ),
            )
            .with_detail("a module may not call itself, directly or through other modules");
            return self.loaded.diagnostics.push(d.at(call.range.clone()));
        }
        if !dir.is_dir() {
            let d = Diagnostic::error(
                "missing-module",
                format!(
                    "module `{name}`: directory `{}` does not exist",
                    display_path(&dir)
                ),
            );
            return self.loaded.diagnostics.push(d.at(call.range.clone()));
        }
        let range = call.range.clone();
        let child = self.load_module(&dir, key);
        if child.is_empty() {
            let d = Diagnostic::error(
                "empty-configuration",
                format!(
                    "module `{name}`: no configuration files in `{}`",
                    display_path(&dir)
                ),
            );
            self.loaded.diagnostics.push(d.at(range));
        }
        if let Some(call) = module.module_calls.get_mut(name) {
            call.module = Some(Box::new(child));
        }
    }

    /// A local path, or the directory `terraform init` installed the module in.
    fn resolve_source(
        &mut self,
        dir: &Path,
        source: &str,
        key: &str,
    ) -> Result<Option<PathBuf>, Diagnostic> {
        if source.starts_with("./") || source.starts_with("../") || source == "." || source == ".."
        {
            return Ok(Some(normalize(&dir.join(source))));
        }
        Ok(self.installed_modules().get(key).cloned())
    }

    fn installed_modules(&mut self) -> &IndexMap<String, PathBuf> {
        let root = self.root_dir.clone();
        self.registry
            .get_or_insert_with(|| read_modules_json(&root))
    }
}

/// `.terraform/modules/modules.json` as `terraform init` writes it; absent or unreadable means none.
fn read_modules_json(root: &Path) -> IndexMap<String, PathBuf> {
    let path = root.join(".terraform/modules/modules.json");
    let Ok(text) = std::fs::read_to_string(path) else {
        return IndexMap::new();
    };
    let Ok(json) = serde_json::from_str::<serde_json::Value>(&text) else {
        return IndexMap::new();
    };
    let modules = json
        .get("Modules")
        .and_then(|m| m.as_array())
        .cloned()
        .unwrap_or_default();
    modules
        .iter()
        .filter_map(|m| {
            Some((
                m.get("Key")?.as_str()?.to_string(),
                normalize(&root.join(m.get("Dir")?.as_str()?)),
            ))
        })
        .filter(|(key, _)| !key.is_empty())
        .collect()
}

fn insert_unique<T>(
    map: &mut IndexMap<String, T>,
    key: String,
    item: T,
    what: &str,
    range: &SourceRange,
) -> Result<(), Diagnostic> {
    if map.contains_key(&key) {
        let d = Diagnostic::error("duplicate-declaration", format!("duplicate {what} `{key}`"))
            .with_detail(format!(
                "a {what} named `{key}` was already declared in this module; names must be unique"
            ));
        return Err(d.at(range.clone()));
    }
    map.insert(key, item);
    Ok(())
}

/// The block being loaded and where it is.
struct BlockCx<'a> {
    file: &'a Arc<SourceFile>,
    range: SourceRange,
}

impl BlockCx<'_> {
    fn labels<const N: usize>(&self, block: &Block) -> Result<[String; N], Diagnostic> {
        let labels: Vec<String> = block
            .labels
            .iter()
            .map(|l| l.as_str().to_string())
            .collect();
        labels.try_into().map_err(|labels: Vec<String>| {
            let summary = format!(
                "`{}` block needs {N} label(s), found {}",
                block.ident.as_str(),
                labels.len()
            );
            Diagnostic::error("invalid-block", summary).at(self.range.clone())
        })
    }

    fn expr(&self, expr: &Expression) -> Expr {
        Expr {
            expr: expr.clone(),
            file: self.file.clone(),
        }
    }

    fn attr(&self, body: &Body, name: &str) -> Option<Expr> {
        body.get_attribute(name).map(|a| self.expr(&a.value))
    }

    fn bool_attr(&self, body: &Body, name: &str, default: bool) -> Result<bool, Diagnostic> {
        match body.get_attribute(name) {
            None => Ok(default),
            Some(a) => match &a.value {
                Expression::Bool(b) => Ok(*b.value()),
                other => Err(Diagnostic::error(
                    "invalid-argument",
                    format!("`{name}` must be `true` or `false`"),
                )
                .at(self.expr_range(other))),
            },
        }
    }

    fn expr_range(&self, expr: &Expression) -> SourceRange {
        expr.span()
            .map_or_else(|| self.range.clone(), |s| self.file.range(s))
    }

    fn variable(&self, block: Block) -> Result<Variable, Diagnostic> {
        let [name] = self.labels::<1>(&block)?;
        let body = &block.body;
        let ty = match body.get_attribute("type") {
            Some(a) => Some(types::parse_type(&a.value, self.file)?),
            None => None,
        };
        let validations = body
            .get_blocks("validation")
            .filter_map(|b| {
                Some(Validation {
                    condition: self.attr(&b.body, "condition")?,
                    error_message: self.attr(&b.body, "error_message"),
                })
            })
            .collect();
        Ok(Variable {
            name,
            ty,
            default: self.attr(body, "default"),
            nullable: self.bool_attr(body, "nullable", true)?,
            sensitive: self.bool_attr(body, "sensitive", false)?,
            validations,
            range: self.range.clone(),
        })
    }

    fn locals(&self, block: Block) -> Result<Vec<Local>, Diagnostic> {
        self.labels::<0>(&block)?;
        Ok(block
            .body
            .attributes()
            .map(|a| Local {
                name: a.key.as_str().to_string(),
                expr: self.expr(&a.value),
            })
            .collect())
    }

    fn output(&self, block: Block) -> Result<Output, Diagnostic> {
        let [name] = self.labels::<1>(&block)?;
        let body = &block.body;
        let value = self.attr(body, "value").ok_or_else(|| {
            Diagnostic::error(
                "missing-argument",
                format!("output `{name}` has no `value`"),
            )
            .with_detail("the argument `value` is required")
            .at(self.range.clone())
        })?;
        Ok(Output {
            name,
            value,
            sensitive: self.bool_attr(body, "sensitive", false)?,
            depends_on: self.depends_on(body),
            range: self.range.clone(),
        })
    }

    fn depends_on(&self, body: &Body) -> Vec<Expr> {
        match body.get_attribute("depends_on").map(|a| &a.value) {
            Some(Expression::Array(items)) => items.iter().map(|e| self.expr(e)).collect(),
            Some(other) => vec![self.expr(other)],
            None => Vec::new(),
        }
    }

    fn resource(&self, block: Block, mode: Mode) -> Result<Resource, Diagnostic> {
        let [type_name, name] = self.labels::<2>(&block)?;
        check_name(&name, &self.range)?;
        let body = &block.body;
        if body.has_attribute("count") && body.has_attribute("for_each") {
            let d = Diagnostic::error(
                "invalid-repetition",
                "`count` and `for_each` cannot both be set",
            )
            .with_detail("a resource uses at most one of the two");
            return Err(d.at(self.range.clone()));
        }
        let lifecycle = match body.get_blocks("lifecycle").next() {
            Some(l) => self.lifecycle(&l.body)?,
            None => Lifecycle::default(),
        };
        let provider = body
            .get_attribute("provider")
            .map(|a| expression_text(&a.value));
        Ok(Resource {
            mode,
            type_name,
            name,
            count: self.attr(body, "count"),
            for_each: self.attr(body, "for_each"),
            depends_on: self.depends_on(body),
            lifecycle,
            provider,
            body_exprs: self.body_exprs(body, &[]),
            body: block.body.clone(),
            file: self.file.clone(),
            range: self.range.clone(),
        })
    }

    /// The expressions of a resource body, skipping meta-arguments.
    fn body_exprs(&self, body: &Body, bound: &[String]) -> Vec<(Expr, Vec<String>)> {
        let mut out = Vec::new();
        for structure in body.iter() {
            match structure {
                Structure::Attribute(a)
                    if !matches!(
                        a.key.as_str(),
                        "count" | "for_each" | "depends_on" | "provider"
                    ) || !bound.is_empty() =>
                {
                    out.push((self.expr(&a.value), bound.to_vec()));
                }
                Structure::Block(b) if b.ident.as_str() == "dynamic" => {
                    let iterator = dynamic_iterator(b);
                    out.extend(
                        b.body
                            .get_attribute("for_each")
                            .map(|a| (self.expr(&a.value), bound.to_vec())),
                    );
                    let mut inner = bound.to_vec();
                    inner.push(iterator);
                    for content in b.body.get_blocks("content") {
                        out.extend(self.body_exprs(&content.body, &inner));
                    }
                }
                Structure::Block(b)
                    if !matches!(b.ident.as_str(), "lifecycle" | "provisioner" | "connection") =>
                {
                    out.extend(self.body_exprs(&b.body, bound));
                }
                _ => {}
            }
        }
        out
    }

    fn lifecycle(&self, body: &Body) -> Result<Lifecycle, Diagnostic> {
        let mut lifecycle = Lifecycle {
            create_before_destroy: self.bool_attr(body, "create_before_destroy", false)?,
            prevent_destroy: self.bool_attr(body, "prevent_destroy", false)?,
            ..Lifecycle::default()
        };
        match body.get_attribute("ignore_changes").map(|a| &a.value) {
            None => {}
            Some(Expression::Variable(v)) if v.as_str() == "all" => lifecycle.ignore_all = true,
            Some(Expression::String(s)) if s.as_str() == "all" => lifecycle.ignore_all = true,
            Some(Expression::Array(items)) => {
                for item in items.iter() {
                    let path = attribute_path(item).ok_or_else(|| {
                        Diagnostic::error(
                            "invalid-argument",
                            "`ignore_changes` must list attribute names",
                        )
                        .at(self.expr_range(item))
                    })?;
                    lifecycle.ignore_changes.push(path);
                }
            }
            Some(other) => {
                return Err(Diagnostic::error(
                    "invalid-argument",
                    "`ignore_changes` must be a list of attribute names or `all`",
                )
                .at(self.expr_range(other)))
            }
        }
        Ok(lifecycle)
    }

    fn module_call(&self, block: Block) -> Result<ModuleCall, Diagnostic> {
        let [name] = self.labels::<1>(&block)?;
        check_name(&name, &self.range)?;
        let body = &block.body;
        let source = match body.get_attribute("source").map(|a| &a.value) {
            Some(Expression::String(s)) => s.value().clone(),
            Some(other) => {
                return Err(Diagnostic::error(
                    "invalid-argument",
                    "a module `source` must be a literal string",
                )
                .at(self.expr_range(other)))
            }
            None => {
                return Err(Diagnostic::error(
                    "missing-argument",
                    format!("module `{name}` has no `source`"),
                )
                .at(self.range.clone()))
            }
        };
        const META: [&str; 7] = [
            "source",
            "version",
            "count",
            "for_each",
            "depends_on",
            "providers",
            "provider",
        ];
        let inputs = body
            .attributes()
            .filter(|a| !META.contains(&a.key.as_str()))
            .map(|a| (a.key.as_str().to_string(), self.expr(&a.value)))
            .collect();
        Ok(ModuleCall {
            name,
            source,
            count: self.attr(body, "count"),
            for_each: self.attr(body, "for_each"),
            depends_on: self.depends_on(body),
            inputs,
            range: self.range.clone(),
            module: None,
        })
    }

    fn provider(
        &self,
        block: Block,
        module: &mut Module,
    ) -> Result<Result<(), Diagnostic>, Diagnostic> {
        let [name] = self.labels::<1>(&block)?;
        let alias = block.body.get_attribute("alias").is_some();
        if name == "azurerm" && !alias {
            if let Some(Expression::String(s)) = block
                .body
                .get_attribute("subscription_id")
                .map(|a| &a.value)
            {
                module.subscription_id = Some(s.value().clone());
            }
        }
        Ok(Ok(()))
    }

    fn moved(&self, block: Block) -> Result<Moved, Diagnostic> {
        self.labels::<0>(&block)?;
        let text = |name: &str| {
            block
                .body
                .get_attribute(name)
                .map(|a| expression_text(&a.value))
                .ok_or_else(|| {
                    Diagnostic::error(
                        "missing-argument",
                        format!("a `moved` block needs `{name}`"),
                    )
                    .at(self.range.clone())
                })
        };
        Ok(Moved {
            from: text("from")?,
            to: text("to")?,
            range: self.range.clone(),
        })
    }
}

/// Checks a `resource` or `data` block against its type's schema, when amplan has one.
fn check_schema(block: &Block, file: &SourceFile) -> Diagnostics {
    let type_name = block.labels.first().map(|l| l.as_str()).unwrap_or_default();
    let schema = match block.ident.as_str() {
        "resource" => crate::schema::resource(type_name),
        "data" => crate::schema::data_source(type_name),
        _ => None,
    };
    match (schema, block.span()) {
        (Some(schema), Some(span)) => crate::schema::validate_body(schema, &block.body, file, span),
        _ => Diagnostics::default(),
    }
}

/// Terraform names start with a letter or underscore and hold letters, digits, `_` and `-`.
fn check_name(name: &str, range: &SourceRange) -> Result<(), Diagnostic> {
    let mut chars = name.chars();
    let first_ok = chars.next().is_some_and(|c| c.is_alphabetic() || c == '_');
    if first_ok && chars.all(|c| c.is_alphanumeric() || c == '_' || c == '-') {
        return Ok(());
    }
    Err(Diagnostic::error("invalid-name", format!("`{name}` is not a valid name")).with_detail("a name must start with a letter or underscore and may contain only letters, digits, underscores and dashes").at(range.clone()))
}

/// The name a `dynamic` block binds: its `iterator` argument, else its label.
pub fn dynamic_iterator(block: &Block) -> String {
    match block.body.get_attribute("iterator").map(|a| &a.value) {
        Some(Expression::Variable(v)) => v.as_str().to_string(),
        _ => block
            .labels
            .first()
            .map(|l| l.as_str().to_string())
            .unwrap_or_default(),
    }
}

/// A traversal such as `tags["x"]` or `ip_configuration[0].name` as a list of names.
fn attribute_path(expr: &Expression) -> Option<Vec<String>> {
    match expr {
        Expression::Variable(v) => Some(vec![v.as_str().to_string()]),
        Expression::String(s) => Some(vec![s.value().clone()]),
        Expression::Traversal(t) => {
            let mut path = attribute_path(&t.expr)?;
            for op in &t.operators {
                match op.value() {
                    TraversalOperator::GetAttr(name) => path.push(name.as_str().to_string()),
                    TraversalOperator::Index(Expression::String(s)) => path.push(s.value().clone()),
                    TraversalOperator::Index(Expression::Number(n)) => path.push(n.to_string()),
                    TraversalOperator::LegacyIndex(i) => path.push(i.to_string()),
                    _ => return None,
                }
            }
            Some(path)
        }
        _ => None,
    }
}

/// The source text of a small expression such as `azurerm.west` or `module.a`.
fn expression_text(expr: &Expression) -> String {
    match expr {
        Expression::String(s) => s.value().clone(),
        other => other.to_string().trim().to_string(),
    }
}

/// Parses a whole file; a syntax error points at its line and column.
///
/// hcl-edit reports where it gave up, which for an unclosed brace or string
/// is often far below the mistake; a scan of brackets, strings and heredocs
/// names the cause instead when it lies no later than that point.
pub fn parse_body(file: &SourceFile) -> Result<Body, Diagnostic> {
    hcl_edit::parser::parse_body(&file.text).map_err(|e| {
        let start = e.location().offset().min(file.text.len());
        let (summary, span) = match scan_structure(&file.text) {
            Err(found) if line_of(file, found.span.start) <= line_of(file, start) => {
                (found.summary, found.span)
            }
            _ => (e.message().to_string(), start..char_end(&file.text, start)),
        };
        Diagnostic::error("syntax-error", format!("syntax error: {summary}")).at(file.range(span))
    })
}

fn line_of(file: &SourceFile, offset: usize) -> usize {
    file.position(offset).line
}

/// A structural mistake found by [`scan_structure`] and the span to underline.
#[derive(Debug)]
struct Unbalanced {
    summary: String,
    span: std::ops::Range<usize>,
}

impl Unbalanced {
    fn at(at: usize, len: usize, summary: String) -> Unbalanced {
        Unbalanced {
            summary,
            span: at..at + len,
        }
    }
}

/// What is open at a point of the scan, with the offset of its opening.
#[derive(Debug, Clone, Copy)]
enum Open {
    /// `{`, `(` or `[` in a body or an expression.
    Bracket(u8, usize),
    /// A quoted template `"…"`.
    Quoted(usize),
    /// `${…}` or `%{…}` inside a quoted template.
    Interpolation(usize),
    /// The text after `%{ if … }` (`true`) or `%{ for … }` (`false`), until its end directive.
    Directive(bool, usize),
}

/// Checks that brackets match and that strings, heredocs and comments end.
/// Only syntax characters are ASCII, so the scan walks bytes.
fn scan_structure(text: &str) -> Result<(), Unbalanced> {
    let mut stack = Vec::new();
    let mut i = 0;
    while i < text.len() {
        i = match stack.last() {
            Some(Open::Quoted(_) | Open::Directive(..)) => quoted_step(text, i, &mut stack)?,
            _ => code_step(text, i, &mut stack)?,
        };
    }
    match stack.last() {
        None => Ok(()),
        Some(&Open::Bracket(open, at)) => Err(Unbalanced::at(
            at,
            1,
            format!(
                "unclosed `{}`: no matching `{}` before the end of the file",
                open as char,
                closer(open) as char
            ),
        )),
        Some(&Open::Quoted(at)) => Err(unterminated_string(at)),
        Some(&Open::Directive(is_if, at)) => Err(unclosed_directive(is_if, at)),
        Some(&Open::Interpolation(at)) => Err(Unbalanced::at(
            at,
            2,
            "unclosed interpolation: no `}` before the end of the file".into(),
        )),
    }
}

/// One step inside a quoted template; returns where the next step starts.
fn quoted_step(text: &str, i: usize, stack: &mut Vec<Open>) -> Result<usize, Unbalanced> {
    let bytes = text.as_bytes();
    let next = bytes.get(i + 1).copied();
    match (bytes[i], stack.last()) {
        (b'\\', _) => return Ok(i + 2),
        (b'"', Some(&Open::Directive(is_if, at))) => return Err(unclosed_directive(is_if, at)),
        (b'"', _) => {
            stack.pop();
        }
        (b'\n', _) => {
            let opening = stack.iter().rev().find_map(|o| match o {
                Open::Quoted(at) => Some(*at),
                _ => None,
            });
            return Err(unterminated_string(opening.unwrap_or(i)));
        }
        // `$${` and `%%{` are literal text.
        (b @ (b'$' | b'%'), _) if next == Some(b) => return Ok(i + 2),
        (b'$', _) if next == Some(b'{') => {
            stack.push(Open::Interpolation(i));
            return Ok(i + 2);
        }
        (b'%', _) if next == Some(b'{') => {
            directive(text, i, stack)?;
            stack.push(Open::Interpolation(i));
            return Ok(i + 2);
        }
        _ => {}
    }
    Ok(i + 1)
}

/// Checks the keyword of the template directive `%{` at `i` against the
/// directives open in the template, and opens or closes one.
fn directive(text: &str, i: usize, stack: &mut Vec<Open>) -> Result<(), Unbalanced> {
    let rest = text[i + 2..].trim_start_matches(|c: char| c == '~' || c.is_ascii_whitespace());
    let keyword = &rest[..rest
        .find(|c: char| !c.is_ascii_alphabetic())
        .unwrap_or(rest.len())];
    let open = match stack.last() {
        Some(&Open::Directive(is_if, _)) => Some(is_if),
        _ => None,
    };
    match (keyword, open) {
        ("if", _) => stack.push(Open::Directive(true, i)),
        ("for", _) => stack.push(Open::Directive(false, i)),
        ("else", Some(true)) => {}
        ("endif", Some(true)) | ("endfor", Some(false)) => {
            stack.pop();
        }
        ("else" | "endif" | "endfor", _) => {
            let summary = format!("`%{{ {keyword} }}` without a matching opening directive");
            return Err(Unbalanced::at(i, 2, summary));
        }
        _ => {
            let summary = format!("unknown template directive `{keyword}`: expected `if`, `else`, `endif`, `for` or `endfor`");
            return Err(Unbalanced::at(i, 2, summary));
        }
    }
    Ok(())
}

fn unclosed_directive(is_if: bool, at: usize) -> Unbalanced {
    let (open, end) = if is_if {
        ("if", "endif")
    } else {
        ("for", "endfor")
    };
    let summary = format!("unclosed `%{{ {open} }}`: no `%{{ {end} }}` before the string ends");
    Unbalanced::at(at, 2, summary)
}

/// One step outside quoted templates: in a body, an expression or an interpolation.
fn code_step(text: &str, i: usize, stack: &mut Vec<Open>) -> Result<usize, Unbalanced> {
    let bytes = text.as_bytes();
    let next = bytes.get(i + 1).copied();
    match bytes[i] {
        b'"' => stack.push(Open::Quoted(i)),
        b'#' => return Ok(line_end(text, i)),
        b'/' if next == Some(b'/') => return Ok(line_end(text, i)),
        b'/' if next == Some(b'*') => {
            return match text[i + 2..].find("*/") {
                Some(end) => Ok(i + 2 + end + 2),
                None => Err(Unbalanced::at(
                    i,
                    2,
                    "unclosed comment: no `*/` ends the `/*`".into(),
                )),
            }
        }
        b'<' if next == Some(b'<') => return heredoc_end(text, i),
        b'0'..=b'9' if i == 0 || !is_word_byte(bytes[i - 1]) => return number_end(text, i),
        b @ (b'{' | b'(' | b'[') => stack.push(Open::Bracket(b, i)),
        b @ (b'}' | b')' | b']') => close(stack, b, i)?,
        _ => {}
    }
    Ok(i + 1)
}

/// Pops what `closing` closes, or says what is wrong.
fn close(stack: &mut Vec<Open>, closing: u8, at: usize) -> Result<(), Unbalanced> {
    match stack.last() {
        Some(Open::Interpolation(_)) if closing == b'}' => {}
        Some(&Open::Bracket(open, _)) if closer(open) == closing => {}
        Some(&Open::Bracket(open, from)) => {
            let summary = format!(
                "unclosed `{}`: `{}` comes before its `{}`",
                open as char,
                closing as char,
                closer(open) as char
            );
            return Err(Unbalanced::at(from, 1, summary));
        }
        Some(&Open::Interpolation(from)) => {
            let summary = format!(
                "unclosed interpolation: `{}` comes before its `}}`",
                closing as char
            );
            return Err(Unbalanced::at(from, 2, summary));
        }
        _ => {
            let summary = format!(
                "unexpected `{}`: nothing is open for it to close",
                closing as char
            );
            return Err(Unbalanced::at(at, 1, summary));
        }
    }
    stack.pop();
    Ok(())
}

fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_' || b == b'-' || b == b'.'
}

/// After a number literal at `i`; one too large for a 64-bit float is an
/// error here, as the parser only says it expected something else.
fn number_end(text: &str, i: usize) -> Result<usize, Unbalanced> {
    let bytes = text.as_bytes();
    let digits = |from: usize| {
        from + bytes[from..]
            .iter()
            .take_while(|b| b.is_ascii_digit())
            .count()
    };
    let mut end = digits(i);
    if bytes.get(end) == Some(&b'.') && bytes.get(end + 1).is_some_and(u8::is_ascii_digit) {
        end = digits(end + 1);
    }
    if matches!(bytes.get(end), Some(b'e' | b'E')) {
        let sign = usize::from(matches!(bytes.get(end + 1), Some(b'+' | b'-')));
        if bytes.get(end + 1 + sign).is_some_and(u8::is_ascii_digit) {
            end = digits(end + 1 + sign);
        }
    }
    let literal = &text[i..end];
    match literal.parse::<f64>() {
        Ok(n) if !n.is_finite() => {
            let summary =
                format!("number `{literal}` is too large; amplan's numbers are 64-bit floats");
            Err(Unbalanced::at(i, end - i, summary))
        }
        _ => Ok(end),
    }
}

fn closer(open: u8) -> u8 {
    match open {
        b'(' => b')',
        b'[' => b']',
        _ => b'}',
    }
}

fn unterminated_string(at: usize) -> Unbalanced {
    Unbalanced::at(
        at,
        1,
        "unterminated string: a quoted string must end on the line it starts".into(),
    )
}

/// The offset of the line break ending the line at `i`, or the end.
fn line_end(text: &str, i: usize) -> usize {
    text[i..].find('\n').map_or(text.len(), |n| i + n)
}

/// After a heredoc `<<EOT` or `<<-EOT` at `i`: the end of its closing line.
/// `<<` not followed by a marker and a line break is left to the parser.
fn heredoc_end(text: &str, i: usize) -> Result<usize, Unbalanced> {
    let rest = &text[i + 2..];
    let rest = rest.strip_prefix('-').unwrap_or(rest);
    let marker_len = rest
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '-'))
        .unwrap_or(rest.len());
    let marker = &rest[..marker_len];
    let after = &rest[marker_len..];
    let Some(body) = after
        .strip_prefix("\r\n")
        .or_else(|| after.strip_prefix('\n'))
    else {
        return Ok(i + 2);
    };
    if marker.is_empty() {
        return Ok(i + 2);
    }
    let body_start = text.len() - body.len();
    let mut offset = body_start;
    for line in body.split_inclusive('\n') {
        offset += line.len();
        if line.trim() == marker {
            return Ok(offset);
        }
    }
    let summary = format!("unterminated heredoc: no line `{marker}` ends it");
    Err(Unbalanced::at(i, body_start - i - 1, summary))
}

/// The end of the character at `offset`, so that a range covering it is
/// underlined; at a line break or the end of the file, `offset` itself.
pub(crate) fn char_end(text: &str, offset: usize) -> usize {
    match text.get(offset..).and_then(|rest| rest.chars().next()) {
        Some(c) if c != '\n' && c != '\r' => offset + c.len_utf8(),
        _ => offset,
    }
}

/// Reads a text file; unreadable and non-UTF-8 files are errors naming it.
pub fn read_text(path: &Path, name: &str) -> Result<String, Diagnostic> {
    let bytes = std::fs::read(path).map_err(|e| unreadable(name, &e))?;
    String::from_utf8(bytes).map_err(|e| not_utf8(path, name, &e))
}

/// A file that cannot be read. No range: no position in it is known, and
/// the summary names it.
fn unreadable(name: &str, error: &std::io::Error) -> Diagnostic {
    let summary = match error.kind() {
        std::io::ErrorKind::NotFound => format!("`{name}` does not exist"),
        _ => format!("cannot read `{name}`: {}", io_message(error)),
    };
    Diagnostic::error("unreadable-file", summary)
}

/// The first invalid byte, by line and column in the detail too, since a
/// file that is not text cannot be quoted under the message.
fn not_utf8(path: &Path, name: &str, error: &std::string::FromUtf8Error) -> Diagnostic {
    let offset = error.utf8_error().valid_up_to();
    let valid = std::str::from_utf8(&error.as_bytes()[..offset]).unwrap_or_default();
    let file = SourceFile::new(name, path.to_path_buf(), valid.to_string());
    let range = file.range(offset..offset);
    let byte = error.as_bytes().get(offset).copied().unwrap_or_default();
    Diagnostic::error("invalid-encoding", format!("`{name}` is not valid UTF-8"))
        .with_detail(format!(
            "byte 0x{byte:02x} at line {}, column {} is not UTF-8; configuration files must be UTF-8 text",
            range.start.line, range.start.column
        ))
        .at(range)
}

/// An I/O error in the style of amplan's messages: `permission denied`,
/// not `Permission denied (os error 13)`.
pub fn io_message(error: &std::io::Error) -> String {
    let text = error.to_string();
    let text = text.split(" (os error").next().unwrap_or(&text);
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_lowercase().chain(chars).collect()
    })
}

fn header_range(file: &SourceFile, block: &Block) -> SourceRange {
    let start = block.span().map_or(0, |s| s.start);
    let end = block
        .labels
        .last()
        .and_then(|l| l.span())
        .map_or_else(|| block.ident.span().map_or(start, |s| s.end), |s| s.end);
    file.range(start..end.max(start))
}

fn span_range(file: &SourceFile, attr: &Attribute) -> SourceRange {
    attr.span()
        .map_or_else(|| SourceRange::file(file.name.clone()), |s| file.range(s))
}

/// Removes `.` and `..` lexically so that paths read well in messages.
pub fn normalize(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for component in path.components() {
        match component {
            Component::CurDir => {}
            Component::ParentDir
                if matches!(out.components().next_back(), Some(Component::Normal(_))) =>
            {
                out.pop();
            }
            other => out.push(other),
        }
    }
    if out.as_os_str().is_empty() {
        out.push(".");
    }
    out
}

/// `path` relative to `base`, with `..` where it lies outside (`../../modules/hub`);
/// `.` when they are the same. Both are made absolute first, so the answer
/// does not depend on how either was spelled.
pub fn relative_path(path: &Path, base: &Path) -> String {
    let absolute =
        |p: &Path| normalize(&std::path::absolute(p).unwrap_or_else(|_| p.to_path_buf()));
    let (path, base) = (absolute(path), absolute(base));
    let common = path
        .components()
        .zip(base.components())
        .take_while(|(a, b)| a == b)
        .count();
    let ups = base.components().count().saturating_sub(common);
    let rest = path
        .components()
        .skip(common)
        .map(|c| c.as_os_str().to_string_lossy().into_owned());
    let parts: Vec<String> = std::iter::repeat_n("..".to_string(), ups)
        .chain(rest)
        .collect();
    if parts.is_empty() {
        ".".to_string()
    } else {
        parts.join("/")
    }
}

/// A path as the user should read it.
pub fn display_path(path: &Path) -> String {
    normalize(path).display().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(text: &str) -> Arc<SourceFile> {
        SourceFile::new("main.tf", "main.tf".into(), text.to_string())
    }

    #[test]
    fn syntax_error_covers_the_character_where_parsing_stopped() {
        let d = parse_body(&file("locals {\n  a = = 1\n}\n")).unwrap_err();
        let range = d.range.expect("a range");
        assert_eq!(d.code, "syntax-error");
        assert_eq!((range.start.line, range.start.column), (2, 7));
        assert_eq!((range.end.line, range.end.column), (2, 8));
    }

    #[test]
    fn syntax_error_detail_does_not_repeat_the_line() {
        // A hostile one-line file must not be printed twice.
        let long = format!("locals {{\n  a = {}1\n}}\n", "(".repeat(10_000));
        let d = parse_body(&file(&long)).unwrap_err();
        assert!(d.detail.len() < 200, "detail: {}", d.detail.len());
    }

    /// The scan's finding as (line, column, summary start).
    fn scanned(text: &str) -> Option<(usize, usize, String)> {
        let found = scan_structure(text).err()?;
        let range = file(text).range(found.span);
        let head = found.summary.split(':').next().unwrap_or("").to_string();
        Some((range.start.line, range.start.column, head))
    }

    #[test]
    fn scan_accepts_every_valid_construct() {
        let text = r#"
# a comment with "quotes" and { braces
// another ( one
/* a block [ comment
   over lines */
locals {
  a = "x\"y${var.b["k"]}%{ if true }z%{ endif }"
  b = "$${literal} %%{literal}"
  c = <<-EOT
    text with " and { and ${local.a}
    EOT
  d = [for k, v in { x = 1 } : "${k}=${v}"]
  e = (1 + 2) * [3][0]
}
"#;
        assert!(scanned(text).is_none(), "{:?}", scanned(text));
    }

    #[test]
    fn scan_accepts_every_configuration_in_the_repository() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut pending = vec![
            root.join("examples"),
            root.join("modules"),
            root.join("testdata"),
        ];
        let mut seen = 0;
        while let Some(dir) = pending.pop() {
            if dir.ends_with("testdata/bad") {
                continue;
            }
            for entry in std::fs::read_dir(&dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    pending.push(path);
                } else if path.extension().is_some_and(|x| x == "tf" || x == "tfvars") {
                    let text = std::fs::read_to_string(&path).unwrap();
                    assert!(
                        scanned(&text).is_none(),
                        "{}: {:?}",
                        path.display(),
                        scanned(&text)
                    );
                    seen += 1;
                }
            }
        }
        assert!(seen > 10, "only {seen} files scanned");
    }

    #[test]
    fn scan_points_at_the_unclosed_opening() {
        let unclosed_block = "resource \"a\" \"b\" {\n  x = 1\n\nlocals {\n}\n";
        assert_eq!(
            scanned(unclosed_block),
            Some((1, 18, "unclosed `{`".into()))
        );
        let paren = "locals {\n  a = (1 + (2)\n}\n";
        assert_eq!(scanned(paren), Some((2, 7, "unclosed `(`".into())));
        let bracket = "locals {\n  a = [1, 2\n}\n";
        assert_eq!(scanned(bracket), Some((2, 7, "unclosed `[`".into())));
    }

    #[test]
    fn scan_finds_strings_heredocs_comments_and_strays() {
        let string = "locals {\n  a = \"x\n  b = \"y\"\n}\n";
        assert_eq!(scanned(string), Some((2, 7, "unterminated string".into())));
        let heredoc = "locals {\n  a = <<-EOT\n    x\n}\n";
        assert_eq!(
            scanned(heredoc),
            Some((2, 7, "unterminated heredoc".into()))
        );
        let comment = "locals {}\n/* open\n";
        assert_eq!(scanned(comment), Some((2, 1, "unclosed comment".into())));
        let stray = "locals {}\n}\n";
        assert_eq!(scanned(stray), Some((2, 1, "unexpected `}`".into())));
    }

    #[test]
    fn scan_checks_template_directives() {
        let unclosed = "locals {\n  a = \"%{ if true }x%{ else }y\"\n}\n";
        assert_eq!(scanned(unclosed), Some((2, 8, "unclosed `%{ if }`".into())));
        let unknown = "locals {\n  a = \"%{ while true }x\"\n}\n";
        assert_eq!(
            scanned(unknown),
            Some((2, 8, "unknown template directive `while`".into()))
        );
        let stray = "locals {\n  a = \"x%{~ endfor }\"\n}\n";
        assert_eq!(
            scanned(stray),
            Some((
                2,
                9,
                "`%{ endfor }` without a matching opening directive".into()
            ))
        );
        let nested =
            "locals {\n  a = \"%{ for x in [1] }%{ if x > 0 }${x}%{ endif }%{ endfor ~}\"\n}\n";
        assert!(scanned(nested).is_none(), "{:?}", scanned(nested));
    }

    #[test]
    fn scan_finds_numbers_too_large_for_a_float() {
        let big = "locals {\n  a = 1.5e400\n}\n";
        assert_eq!(
            scanned(big),
            Some((
                2,
                7,
                "number `1.5e400` is too large; amplan's numbers are 64-bit floats".into()
            ))
        );
        let fine = "locals {\n  a = 1.5e300 + x.0 + abc1e999\n}\n";
        assert!(scanned(fine).is_none(), "{:?}", scanned(fine));
    }

    #[test]
    fn parse_error_reports_the_scanned_cause() {
        let d = parse_body(&file("locals {\n  a = \"x\n  b = \"y\"\n}\n")).unwrap_err();
        let range = d.range.unwrap();
        assert_eq!((range.start.line, range.start.column), (2, 7));
        assert!(d.summary.contains("unterminated string"), "{}", d.summary);
    }

    #[test]
    fn char_end_stops_at_line_breaks_and_the_end() {
        assert_eq!(char_end("ab\n", 1), 2);
        assert_eq!(char_end("ab\n", 2), 2);
        assert_eq!(char_end("ab", 2), 2);
        assert_eq!(char_end("é", 0), 2);
    }

    #[test]
    fn non_utf8_file_names_line_and_column_of_the_bad_byte() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("main.tf");
        std::fs::write(&path, b"locals {\n  a = \"caf\xe9\"\n}\n").unwrap();
        let d = read_text(&path, "main.tf").unwrap_err();
        let range = d.range.expect("a range");
        assert_eq!(d.code, "invalid-encoding");
        assert_eq!((range.start.line, range.start.column), (2, 11));
        assert!(d.detail.contains("line 2, column 11"), "{}", d.detail);
    }

    #[test]
    fn missing_file_is_unreadable_without_a_position() {
        let dir = tempfile::tempdir().unwrap();
        let d = read_text(&dir.path().join("absent.tfvars"), "absent.tfvars").unwrap_err();
        assert_eq!(d.code, "unreadable-file");
        assert!(d.range.is_none());
    }

    #[test]
    fn io_message_is_lowercase_without_the_os_error_number() {
        let e = std::io::Error::from(std::io::ErrorKind::PermissionDenied);
        let os = std::io::Error::from_raw_os_error(13);
        assert_eq!(io_message(&e), "permission denied");
        assert!(!io_message(&os).contains("os error"), "{}", io_message(&os));
        assert!(io_message(&os).starts_with(char::is_lowercase));
    }

    #[test]
    fn too_deep_module_chain_is_not_called_recursion() {
        let root = tempfile::tempdir().unwrap();
        let mut dir = root.path().to_path_buf();
        for _ in 0..MAX_MODULE_DEPTH + 2 {
            std::fs::write(
                dir.join("main.tf"),
                "module \"m\" {\n  source = \"./m\"\n}\n",
            )
            .unwrap();
            dir.push("m");
            std::fs::create_dir(&dir).unwrap();
        }
        std::fs::write(dir.join("main.tf"), "locals {}\n").unwrap();

        let loaded = load_root(root.path());

        let errors: Vec<&Diagnostic> = loaded.diagnostics.0.iter().collect();
        assert_eq!(errors.len(), 1, "{errors:#?}");
        assert_eq!(errors[0].code, "module-recursion");
        assert!(!errors[0].summary.contains("already being loaded"));
    }

    #[test]
    fn module_calling_itself_is_recursion() {
        let root = tempfile::tempdir().unwrap();
        std::fs::write(
            root.path().join("main.tf"),
            "module \"self\" {\n  source = \"./\"\n}\n",
        )
        .unwrap();

        let loaded = load_root(root.path());

        let d = &loaded.diagnostics.0[0];
        assert_eq!(d.code, "module-recursion");
        assert!(d.summary.contains("already being loaded"));
    }

    #[test]
    fn relative_paths_climb_out_with_dot_dot() {
        let root = Path::new("examples/quickstart");
        assert_eq!(
            relative_path(Path::new("examples/quickstart/../../modules/hub"), root),
            "../../modules/hub"
        );
        assert_eq!(
            relative_path(Path::new("./examples/quickstart/"), root),
            "."
        );
        assert_eq!(
            relative_path(Path::new("examples/quickstart/sub/main.tf"), root),
            "sub/main.tf"
        );
    }
}
