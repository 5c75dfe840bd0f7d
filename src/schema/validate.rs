//! Checks a resource or data block body against its schema, with errors
//! positioned as Terraform positions them: an unsupported argument at its
//! name, an unsupported block at its type, a missing argument at the block
//! that lacks it.

use std::collections::BTreeSet;
use std::ops::Range;

use hcl_edit::structure::{Attribute as HclAttribute, Block, Body, Structure};
use hcl_edit::Span;

use crate::diag::{Diagnostic, Diagnostics};
use crate::source::SourceFile;

use super::{Attribute, BlockType, Presence, ResourceSchema};

/// Meta-arguments Terraform accepts in every resource and data block.
const META_ARGUMENTS: &[&str] = &["count", "for_each", "depends_on", "provider"];

/// Meta-blocks Terraform accepts in every resource and data block; their
/// contents are Terraform's to check, not the provider's.
const META_BLOCKS: &[&str] = &["lifecycle", "provisioner", "connection"];

/// Checks a resource or data block body against its schema.
///
/// `block_span` is where a missing top-level argument is reported: the
/// block's header. Nested literal blocks and the `content` of `dynamic`
/// blocks are checked recursively. An argument set to `null` counts as
/// present. Item limits are only checked where no `dynamic` block of that
/// type could add items.
pub fn validate_body(
    schema: &ResourceSchema,
    body: &Body,
    file: &SourceFile,
    block_span: Range<usize>,
) -> Diagnostics {
    let spec = BodySpec {
        attributes: schema.attributes,
        blocks: schema.blocks,
        top_level: true,
        required_one_of: schema.required_one_of,
    };
    let mut checker = Checker {
        file,
        diagnostics: Diagnostics::default(),
    };
    checker.body(&spec, body, block_span);
    checker.diagnostics
}

/// What one body may contain: the top level of a resource or a nested block.
struct BodySpec {
    attributes: &'static [Attribute],
    blocks: &'static [BlockType],
    top_level: bool,
    required_one_of: &'static [&'static [&'static str]],
}

impl BodySpec {
    fn nested(block: &BlockType) -> BodySpec {
        BodySpec {
            attributes: block.attributes,
            blocks: block.blocks,
            top_level: false,
            required_one_of: &[],
        }
    }

    fn attribute(&self, name: &str) -> Option<&'static Attribute> {
        self.attributes.iter().find(|a| a.name == name)
    }

    fn block(&self, name: &str) -> Option<&'static BlockType> {
        self.blocks.iter().find(|b| b.name == name)
    }
}

/// What a body was found to contain, for the checks that need all of it.
#[derive(Default)]
struct Found<'a> {
    arguments: BTreeSet<String>,
    /// Literal blocks by type, in source order.
    blocks: Vec<(&'static str, &'a Block)>,
    dynamic: BTreeSet<String>,
}

struct Checker<'f> {
    file: &'f SourceFile,
    diagnostics: Diagnostics,
}

impl Checker<'_> {
    fn body(&mut self, spec: &BodySpec, body: &Body, missing_span: Range<usize>) {
        let mut found = Found::default();
        for structure in body.iter() {
            match structure {
                Structure::Attribute(attr) => self.attribute(spec, attr, &mut found),
                Structure::Block(block) => self.block(spec, block, &mut found),
            }
        }

        self.missing_arguments(spec, &found, &missing_span);
        self.block_counts(spec, &found, &missing_span);
    }

    fn attribute(&mut self, spec: &BodySpec, attr: &HclAttribute, found: &mut Found) {
        let name = attr.key.as_str();
        let span = attr.key.span().or_else(|| attr.span());
        if spec.top_level && (META_ARGUMENTS.contains(&name) || name == "id") {
            return;
        }
        if let Some(schema_attr) = spec.attribute(name) {
            if schema_attr.presence == Presence::Computed {
                let detail = format!(
                    "`{name}` is decided by the provider and cannot be set in configuration"
                );
                self.error(
                    "unconfigurable-argument",
                    "value for unconfigurable attribute",
                    detail,
                    span,
                );
            }
            found.arguments.insert(name.to_string());
            return;
        }
        match spec.block(name) {
            Some(block) if block.attr_mode => {
                found.arguments.insert(name.to_string());
            }
            Some(_) => {
                let detail = format!("an argument named `{name}` is not expected here; did you mean to define a block of type `{name}`?");
                self.error("unsupported-argument", "unsupported argument", detail, span);
            }
            None => {
                let detail = format!("an argument named `{name}` is not expected here");
                self.error("unsupported-argument", "unsupported argument", detail, span);
            }
        }
    }

    fn block<'a>(&mut self, spec: &BodySpec, block: &'a Block, found: &mut Found<'a>) {
        let name = block.ident.as_str();
        let span = block.ident.span().or_else(|| block.span());
        if spec.top_level && META_BLOCKS.contains(&name) {
            return;
        }
        if name == "dynamic" {
            return self.dynamic(spec, block, found);
        }
        if let Some(block_type) = spec.block(name) {
            found.blocks.push((block_type.name, block));
            let missing_span = self.open_brace(block);
            return self.body(&BodySpec::nested(block_type), &block.body, missing_span);
        }
        let detail = if spec.attribute(name).is_some() {
            format!("blocks of type `{name}` are not expected here; did you mean to define argument `{name}`? If so, use the equals sign to assign it a value")
        } else {
            format!("blocks of type `{name}` are not expected here")
        };
        self.error("unsupported-block", "unsupported block type", detail, span);
    }

    /// `dynamic "NAME" { for_each = ..., iterator = ..., content { ... } }`.
    fn dynamic(&mut self, spec: &BodySpec, block: &Block, found: &mut Found) {
        let Some(label) = block.labels.first() else {
            return;
        };
        let name = label.as_str();
        let Some(block_type) = spec.block(name) else {
            let detail = format!("blocks of type `{name}` are not expected here");
            return self.error(
                "unsupported-block",
                "unsupported block type",
                detail,
                label.span().or_else(|| block.span()),
            );
        };
        found.dynamic.insert(name.to_string());
        let dynamic_spec = BodySpec {
            attributes: &[],
            blocks: &[],
            top_level: false,
            required_one_of: &[],
        };

        let mut has_for_each = false;
        for structure in block.body.iter() {
            match structure {
                Structure::Attribute(attr)
                    if matches!(attr.key.as_str(), "for_each" | "iterator" | "labels") =>
                {
                    has_for_each |= attr.key.as_str() == "for_each";
                }
                Structure::Attribute(attr) => {
                    self.attribute(&dynamic_spec, attr, &mut Found::default())
                }
                Structure::Block(content) if content.ident.as_str() == "content" => {
                    let missing_span = self.open_brace(content);
                    self.body(&BodySpec::nested(block_type), &content.body, missing_span);
                }
                Structure::Block(other) => self.block(&dynamic_spec, other, &mut Found::default()),
            }
        }
        if !has_for_each {
            let detail =
                "the argument `for_each` is required, but no definition was found".to_string();
            self.error(
                "missing-argument",
                "missing required argument",
                detail,
                Some(self.open_brace(block)),
            );
        }
    }

    fn missing_arguments(&mut self, spec: &BodySpec, found: &Found, missing_span: &Range<usize>) {
        let present = |name: &str| {
            found.arguments.contains(name) || found.blocks.iter().any(|(b, _)| *b == name)
        };
        let required = spec
            .attributes
            .iter()
            .filter(|a| a.presence == Presence::Required);
        let missing_required = required.map(|a| a.name).filter(|n| !present(n));
        let missing_groups = spec
            .required_one_of
            .iter()
            .filter(|group| {
                !group
                    .iter()
                    .any(|n| present(n) || found.dynamic.contains(*n))
            })
            .filter_map(|group| group.first().copied());
        let missing: Vec<&str> = missing_required.chain(missing_groups).collect();

        for name in missing {
            let detail = format!("the argument `{name}` is required, but no definition was found");
            self.error(
                "missing-argument",
                "missing required argument",
                detail,
                Some(missing_span.clone()),
            );
        }
    }

    fn block_counts(&mut self, spec: &BodySpec, found: &Found, missing_span: &Range<usize>) {
        for block_type in spec.blocks {
            if found.dynamic.contains(block_type.name) || found.arguments.contains(block_type.name)
            {
                continue;
            }
            let blocks: Vec<&Block> = found
                .blocks
                .iter()
                .filter(|(n, _)| *n == block_type.name)
                .map(|(_, b)| *b)
                .collect();
            let name = block_type.name;
            if blocks.len() < block_type.min_items {
                let detail = format!(
                    "at least {} `{name}` block(s) are required",
                    block_type.min_items
                );
                self.error(
                    "missing-block",
                    "insufficient blocks",
                    detail,
                    Some(missing_span.clone()),
                );
            }
            if block_type.max_items > 0 && blocks.len() > block_type.max_items {
                let extra = blocks[block_type.max_items];
                let detail = format!(
                    "no more than {} `{name}` block(s) are allowed",
                    block_type.max_items
                );
                let span = extra.ident.span().or_else(|| extra.span());
                self.error("too-many-blocks", "too many blocks", detail, span);
            }
        }
    }

    /// The span of a block's opening brace, where Terraform reports what
    /// the block lacks.
    fn open_brace(&self, block: &Block) -> Range<usize> {
        let header_end = block
            .labels
            .last()
            .and_then(Span::span)
            .or_else(|| block.ident.span())
            .map(|s| s.end);
        let whole = block.span();
        let Some(start) = header_end.or_else(|| whole.clone().map(|s| s.start)) else {
            return 0..0;
        };
        match self.file.text.get(start..).and_then(|rest| rest.find('{')) {
            Some(offset) => start + offset..start + offset + 1,
            None => whole.unwrap_or(start..start),
        }
    }

    fn error(
        &mut self,
        code: &'static str,
        summary: &str,
        detail: String,
        span: Option<Range<usize>>,
    ) {
        let range = span.map(|s| self.file.range(s));
        self.diagnostics.push(
            Diagnostic::error(code, summary)
                .with_detail(detail)
                .with_range(range),
        );
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::super::{data_source, resource};
    use super::*;
    use crate::diag::Diagnostic;

    /// Parses `resource "TYPE" "x" { BODY }` and validates the body.
    fn check(type_name: &str, text: &str) -> (Vec<Diagnostic>, Arc<SourceFile>) {
        let file = SourceFile::new("main.tf", "main.tf".into(), text.to_string());
        let outer = hcl_edit::parser::parse_body(text).expect("test input parses");
        let block = outer.blocks().next().expect("one block");
        let schema = if block.ident.as_str() == "data" {
            data_source(type_name)
        } else {
            resource(type_name)
        };
        let diags = validate_body(schema.unwrap(), &block.body, &file, block.span().unwrap());
        (diags.0, file)
    }

    fn codes(diags: &[Diagnostic]) -> Vec<&'static str> {
        diags.iter().map(|d| d.code).collect()
    }

    fn at(d: &Diagnostic) -> (usize, usize) {
        let r = d.range.as_ref().expect("a range");
        (r.start.line, r.start.column)
    }

    #[test]
    fn a_complete_block_is_valid() {
        let text = r#"resource "azurerm_monitor_private_link_scope" "x" {
  name                = "ampls"
  resource_group_name = azurerm_resource_group.rg.name
  count               = 1
  depends_on          = [azurerm_resource_group.rg]
  lifecycle {
    ignore_changes = [tags]
  }
  timeouts {
    create = "10m"
  }
}
"#;
        let (diags, _) = check("azurerm_monitor_private_link_scope", text);
        assert!(diags.is_empty(), "{diags:?}");
    }

    #[test]
    fn unsupported_argument_is_reported_at_its_name() {
        let text = "resource \"azurerm_monitor_private_link_scope\" \"x\" {\n  name = \"a\"\n  resource_group_name = \"rg\"\n  location = \"global\"\n}\n";
        let (diags, _) = check("azurerm_monitor_private_link_scope", text);
        assert_eq!(codes(&diags), ["unsupported-argument"]);
        assert_eq!(at(&diags[0]), (4, 3));
    }

    #[test]
    fn missing_argument_is_reported_at_the_block() {
        let text = "resource \"azurerm_resource_group\" \"rg\" {\n  name = \"rg\"\n}\n";
        let (diags, _) = check("azurerm_resource_group", text);
        assert_eq!(codes(&diags), ["missing-argument"]);
        assert_eq!(at(&diags[0]), (1, 1));
        assert!(diags[0].detail.contains("`location`"));
    }

    #[test]
    fn null_counts_as_present() {
        let text =
            "resource \"azurerm_resource_group\" \"rg\" {\n  name = \"rg\"\n  location = null\n}\n";
        let (diags, _) = check("azurerm_resource_group", text);
        assert!(diags.is_empty());
    }

    #[test]
    fn unknown_nested_block_is_reported_at_its_type() {
        let text = "resource \"azurerm_resource_group\" \"rg\" {\n  name = \"rg\"\n  location = \"x\"\n  identity {\n  }\n}\n";
        let (diags, _) = check("azurerm_resource_group", text);
        assert_eq!(codes(&diags), ["unsupported-block"]);
        assert_eq!(at(&diags[0]), (4, 3));
    }

    #[test]
    fn attribute_written_as_block_and_block_as_attribute_are_rejected() {
        let text = r#"resource "azurerm_private_endpoint" "pe" {
  name                = "pe"
  resource_group_name = "rg"
  location            = "westeurope"
  subnet_id           = "s"
  tags {
  }
  private_service_connection = {}
}
"#;
        let (diags, _) = check("azurerm_private_endpoint", text);
        assert_eq!(
            codes(&diags),
            ["unsupported-block", "unsupported-argument", "missing-block"]
        );
        assert_eq!(at(&diags[0]), (6, 3));
        assert_eq!(at(&diags[1]), (8, 3));
    }

    #[test]
    fn nested_blocks_are_checked_recursively() {
        let text = r#"resource "azurerm_private_endpoint" "pe" {
  name                = "pe"
  resource_group_name = "rg"
  location            = "westeurope"
  subnet_id           = "s"
  private_service_connection {
    name = "psc"
    bogus = 1
  }
}
"#;
        let (diags, _) = check("azurerm_private_endpoint", text);
        assert_eq!(codes(&diags), ["unsupported-argument", "missing-argument"]);
        assert_eq!(at(&diags[0]), (8, 5));
        // Reported at the nested block's opening brace.
        assert_eq!(at(&diags[1]), (6, 30));
        assert!(diags[1].detail.contains("`is_manual_connection`"));
    }

    #[test]
    fn too_many_blocks_is_reported_at_the_first_extra_block() {
        let text = r#"resource "azurerm_private_endpoint" "pe" {
  name                = "pe"
  resource_group_name = "rg"
  location            = "westeurope"
  subnet_id           = "s"
  private_service_connection {
    name                 = "a"
    is_manual_connection = false
  }
  private_service_connection {
    name                 = "b"
    is_manual_connection = false
  }
}
"#;
        let (diags, _) = check("azurerm_private_endpoint", text);
        assert_eq!(codes(&diags), ["too-many-blocks"]);
        assert_eq!(at(&diags[0]), (10, 3));
    }

    #[test]
    fn dynamic_blocks_validate_their_content() {
        let text = r#"resource "azurerm_private_endpoint" "pe" {
  name                = "pe"
  resource_group_name = "rg"
  location            = "westeurope"
  subnet_id           = "s"
  private_service_connection {
    name                 = "a"
    is_manual_connection = false
  }
  dynamic "ip_configuration" {
    for_each = var.ips
    iterator = ip
    content {
      name               = ip.key
      private_ip_address = ip.value
      colour             = "red"
    }
  }
  dynamic "nonsense" {
    for_each = []
    content {}
  }
}
"#;
        let (diags, _) = check("azurerm_private_endpoint", text);
        assert_eq!(codes(&diags), ["unsupported-argument", "unsupported-block"]);
        assert_eq!(at(&diags[0]), (16, 7));
        assert_eq!(at(&diags[1]), (19, 11));
    }

    #[test]
    fn dynamic_blocks_satisfy_required_blocks() {
        let text = r#"resource "azurerm_private_endpoint" "pe" {
  name                = "pe"
  resource_group_name = "rg"
  location            = "westeurope"
  subnet_id           = "s"
  dynamic "private_service_connection" {
    for_each = [1]
    content {
      name                 = "a"
      is_manual_connection = false
    }
  }
}
"#;
        let (diags, _) = check("azurerm_private_endpoint", text);
        assert!(diags.is_empty(), "{diags:?}");
    }

    #[test]
    fn either_zone_spelling_satisfies_a_link() {
        let v4 = "resource \"azurerm_private_dns_zone_virtual_network_link\" \"l\" {\n  name = \"l\"\n  private_dns_zone_name = \"z\"\n  resource_group_name = \"rg\"\n  virtual_network_id = \"v\"\n}\n";
        assert!(check("azurerm_private_dns_zone_virtual_network_link", v4)
            .0
            .is_empty());
        let v5 = "resource \"azurerm_private_dns_zone_virtual_network_link\" \"l\" {\n  name = \"l\"\n  private_dns_zone_id = \"z\"\n  virtual_network_id = \"v\"\n}\n";
        assert!(check("azurerm_private_dns_zone_virtual_network_link", v5)
            .0
            .is_empty());
        let neither = "resource \"azurerm_private_dns_zone_virtual_network_link\" \"l\" {\n  name = \"l\"\n  virtual_network_id = \"v\"\n}\n";
        let (diags, _) = check("azurerm_private_dns_zone_virtual_network_link", neither);
        assert_eq!(codes(&diags), ["missing-argument", "missing-argument"]);
        assert!(diags[0].detail.contains("`private_dns_zone_name`"));
    }

    #[test]
    fn computed_attributes_cannot_be_configured() {
        let text = "data \"azurerm_log_analytics_workspace\" \"w\" {\n  name = \"w\"\n  resource_group_name = \"rg\"\n  workspace_id = \"x\"\n}\n";
        let (diags, _) = check("azurerm_log_analytics_workspace", text);
        assert_eq!(codes(&diags), ["unconfigurable-argument"]);
        assert_eq!(at(&diags[0]), (4, 3));
    }

    #[test]
    fn v5_service_endpoint_blocks_are_accepted() {
        let text = "resource \"azurerm_subnet\" \"s\" {\n  name = \"s\"\n  resource_group_name = \"rg\"\n  virtual_network_name = \"v\"\n  address_prefixes = [\"10.0.0.0/27\"]\n  service_endpoint {\n    service = \"Microsoft.Storage\"\n  }\n}\n";
        assert!(check("azurerm_subnet", text).0.is_empty());
    }

    #[test]
    fn inline_subnets_may_be_written_as_an_attribute() {
        let text = "resource \"azurerm_virtual_network\" \"v\" {\n  name = \"v\"\n  resource_group_name = \"rg\"\n  location = \"x\"\n  address_space = [\"10.0.0.0/16\"]\n  subnet = []\n}\n";
        assert!(check("azurerm_virtual_network", text).0.is_empty());
    }
}
