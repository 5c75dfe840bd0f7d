//! Arbitrary text as a state file.

#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        if let Ok(state) = amplan::state::parse(text, "terraform.tfstate") {
            // What was read must write back without failing.
            let _ = amplan::state::to_json(&state);
        }
    }
});
