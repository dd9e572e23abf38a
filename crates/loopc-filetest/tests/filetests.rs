//! Runs every `.lir` file under `ir-tests/{ir,verifier,passes,compile}/` as one named test
//! (`cargo test -p loopc-filetest -- ir/print-all-insts`). `BLESS=1` rewrites the
//! expectations of `test pass` files. Other `ir-tests/` directories belong to other runners
//! (`codegen/` run tests, Go-source corpora).

use libtest_mimic::{Arguments, Failed, Trial};
use std::path::{Path, PathBuf};

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect(&path, out);
        } else if path.extension().is_some_and(|e| e == "lir") {
            out.push(path);
        }
    }
}

/// The directories this runner owns.
const DIRS: [&str; 4] = ["ir", "verifier", "passes", "compile"];

fn main() {
    let args = Arguments::from_args();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../ir-tests");
    let bless = std::env::var_os("BLESS").is_some_and(|v| v == "1");
    let mut files = Vec::new();
    for dir in DIRS {
        collect(&root.join(dir), &mut files);
    }
    files.sort();
    let trials = files
        .into_iter()
        .map(|path| {
            let name = path.strip_prefix(&root).unwrap_or(&path).with_extension("").display().to_string();
            Trial::test(name, move || {
                let text =
                    std::fs::read_to_string(&path).map_err(|e| Failed::from(format!("{}: {e}", path.display())))?;
                match loopc_filetest::run(&text, bless) {
                    Ok(None) => Ok(()),
                    Ok(Some(new_text)) => std::fs::write(&path, new_text)
                        .map_err(|e| Failed::from(format!("{}: cannot bless: {e}", path.display()))),
                    Err(f) => Err(Failed::from(format!("{}:\n{f}", path.display()))),
                }
            })
        })
        .collect();
    libtest_mimic::run(&args, trials).exit();
}
