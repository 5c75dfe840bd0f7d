//! One snapshot test per `testdata/` scenario: the text plan with its
//! diagnostics, and the JSON plan. Review every snapshot change like code.

mod common;

use amplan::pipeline::Options;

fn snapshot(name: &str, dir: &str, extra: impl FnOnce(&mut Options)) {
    let outcome = common::plan(dir, extra);
    common::snapshot_settings().bind(|| {
        insta::assert_snapshot!(format!("scenario_{name}_text"), common::text(&outcome));
        insta::assert_snapshot!(format!("scenario_{name}_json"), common::json(&outcome));
    });
}

macro_rules! scenario {
    ($test:ident, $dir:literal) => {
        #[test]
        fn $test() {
            snapshot(stringify!($test), $dir, |_| {});
        }
    };
    ($test:ident, $dir:literal, $extra:expr) => {
        #[test]
        fn $test() {
            snapshot(stringify!($test), $dir, $extra);
        }
    };
}

scenario!(quickstart, "examples/quickstart");
scenario!(create_from_empty, "testdata/create-from-empty");
scenario!(update_in_place, "testdata/update-in-place");
scenario!(replace_pe_subnet, "testdata/replace-pe-subnet");
scenario!(delete_reasons, "testdata/delete-reasons");
scenario!(public_style, "testdata/public-style");
scenario!(outputs_and_variables, "testdata/outputs-and-variables");
scenario!(data_sources, "testdata/data-sources", |o: &mut Options| o
    .context
    .push("testdata/data-sources/context.tfstate".into()));
scenario!(cycle, "testdata/cycle");
scenario!(prevent_destroy, "testdata/prevent-destroy");
scenario!(unknown_type, "testdata/unknown-type");
scenario!(registry_module, "testdata/registry-module");
scenario!(tainted, "testdata/tainted");
