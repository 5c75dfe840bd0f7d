//! Per-stage benchmarks on generated estates of about 1,000 and 10,000
//! resource instances: parse-only (hcl-edit), load, read state, evaluate
//! (which diffs each instance), build (which orders), render text and JSON.
//!
//! `cargo bench --bench stages`; the estates are generated into a temporary
//! directory on first use, so the first sample of each size also pays for that.

#[path = "../examples/gen_estate.rs"]
#[allow(dead_code)]
mod gen_estate;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use amplan::config::evaluate::{self, Evaluated, Inputs, ObjectIndex};
use amplan::config::load::{self, Loaded};
use amplan::config::vars;
use amplan::pipeline::PLACEHOLDER_SUBSCRIPTION;
use amplan::plan::{build, Plan};
use amplan::render::{json, text};
use amplan::schema::PlanContext;
use amplan::state::{self, State};
use amplan::value::Value;
use divan::Bencher;

/// Estate sizes, in resource instances of the state.
const SIZES: [usize; 2] = [1_000, 10_000];

fn main() {
    divan::main();
}

/// One generated estate with every stage's input prepared.
struct Estate {
    _dir: tempfile::TempDir,
    root: PathBuf,
    /// Every `.tf` and `.tfvars` text amplan parses.
    texts: Vec<String>,
    state_text: String,
    loaded: Loaded,
    variables: BTreeMap<String, Value>,
    variable_ranges: BTreeMap<String, amplan::source::SourceRange>,
    prior: &'static State,
    objects: ObjectIndex<'static>,
    ctx: PlanContext,
    plan: Plan,
}

impl Estate {
    fn inputs(&self) -> Inputs<'_> {
        Inputs {
            root: &self.loaded.root,
            root_dir: &self.root,
            variables: &self.variables,
            variable_ranges: &self.variable_ranges,
            prior: self.prior,
            objects: &self.objects,
            ctx: &self.ctx,
        }
    }

    fn evaluate(&self) -> Evaluated {
        evaluate::evaluate(&self.inputs())
    }
}

/// The estate of about `instances` instances, generated once.
fn estate(instances: usize) -> &'static Estate {
    static SMALL: OnceLock<Estate> = OnceLock::new();
    static LARGE: OnceLock<Estate> = OnceLock::new();
    let cell = if instances <= 1_000 { &SMALL } else { &LARGE };
    cell.get_or_init(|| make_estate(instances))
}

fn make_estate(instances: usize) -> Estate {
    let dir = tempfile::tempdir().expect("temporary directory");
    let root = dir.path().to_path_buf();
    // About 10.2 instances per spoke VNet (see bench/README.md).
    let spec = gen_estate::Spec::for_vnets(instances * 20 / 204);
    gen_estate::generate(&root, &spec).expect("estate generates");

    let mut loaded = load::load_root(&root);
    let raw = vars::gather(&loaded.root, &root, &[], &[], &mut loaded.sources);
    let state_text = std::fs::read_to_string(root.join("terraform.tfstate")).expect("state");
    // Leaked: the estate lives for the whole run, and the index borrows the state.
    let prior: &'static State = Box::leak(Box::new(
        state::parse(&state_text, "terraform.tfstate").expect("state parses"),
    ));
    let objects = ObjectIndex::new(vec![prior]);
    let mut estate = Estate {
        texts: hcl_texts(&root),
        _dir: dir,
        root,
        state_text,
        loaded,
        variables: raw.values,
        variable_ranges: raw.ranges,
        prior,
        objects,
        ctx: PlanContext {
            subscription_id: PLACEHOLDER_SUBSCRIPTION.to_string(),
            tenant_id: PLACEHOLDER_SUBSCRIPTION.to_string(),
        },
        plan: Plan::default(),
    };
    estate.plan = build::build(estate.evaluate(), estate.prior).0;
    estate
}

/// The texts of every `.tf` and `.tfvars` file under `dir`.
fn hcl_texts(dir: &Path) -> Vec<String> {
    let mut texts = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).expect("estate directory").flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if matches!(
                path.extension().and_then(|e| e.to_str()),
                Some("tf" | "tfvars")
            ) {
                texts.push(std::fs::read_to_string(&path).expect("readable file"));
            }
        }
    }
    texts
}

#[divan::bench(args = SIZES, sample_count = 20)]
fn parse_only(bencher: Bencher, instances: usize) {
    let estate = estate(instances);
    bencher.bench(|| {
        for text in &estate.texts {
            divan::black_box(hcl_edit::parser::parse_body(text).expect("valid HCL"));
        }
    });
}

#[divan::bench(args = SIZES, sample_count = 20)]
fn load(bencher: Bencher, instances: usize) {
    let estate = estate(instances);
    bencher.bench(|| load::load_root(&estate.root));
}

#[divan::bench(args = SIZES, sample_count = 20)]
fn read_state(bencher: Bencher, instances: usize) {
    let estate = estate(instances);
    bencher.bench(|| state::parse(&estate.state_text, "terraform.tfstate").expect("state"));
}

#[divan::bench(args = SIZES, sample_count = 10)]
fn evaluate_and_diff(bencher: Bencher, instances: usize) {
    let estate = estate(instances);
    bencher.bench(|| estate.evaluate());
}

#[divan::bench(args = SIZES, sample_count = 10)]
fn build_and_order(bencher: Bencher, instances: usize) {
    let estate = estate(instances);
    bencher
        .with_inputs(|| estate.evaluate())
        .bench_local_values(|evaluated| build::build(evaluated, estate.prior));
}

#[divan::bench(args = SIZES, sample_count = 20)]
fn render_text(bencher: Bencher, instances: usize) {
    let estate = estate(instances);
    let opts = text::TextOptions { color: false };
    bencher.bench(|| {
        let mut out = Vec::new();
        text::render_plan(&estate.plan, &mut out, &opts).expect("render");
        out
    });
}

#[divan::bench(args = SIZES, sample_count = 20)]
fn render_json(bencher: Bencher, instances: usize) {
    let estate = estate(instances);
    bencher.bench(|| {
        let mut out = Vec::new();
        json::render_plan(&estate.plan, &mut out).expect("render");
        out
    });
}
