//! Round-trips the IR test corpus through the parser and printer (the file-test runner in
//! `loopc-filetest` is the full harness; this keeps `cargo test -p loopc-ir` meaningful).

use std::path::Path;

#[test]
fn print_tests_round_trip() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../ir-tests/ir");
    let mut n = 0;
    for entry in std::fs::read_dir(&dir).expect("ir-tests/ir exists") {
        let path = entry.expect("readable dir").path();
        let text = std::fs::read_to_string(&path).expect("readable file");
        if !text.starts_with("test print") {
            continue;
        }
        let body: String =
            text.lines().filter(|l| !l.starts_with(';') && !l.starts_with("test ")).map(|l| format!("{l}\n")).collect();
        let body = body.trim_start_matches('\n');
        let m = loopc_ir::parse(body).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let printed = loopc_ir::module_to_string(&m);
        assert_eq!(printed, body, "{}", path.display());
        if let Err(errs) = loopc_ir::verify(&m) {
            panic!("{}: {}", path.display(), errs.iter().map(|e| e.to_string()).collect::<Vec<_>>().join("\n"));
        }
        n += 1;
    }
    assert!(n > 0);
}
