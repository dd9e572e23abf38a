//! The crate layout of STYLE.md §1, enforced: each crate may depend only on the loopc
//! crates listed for it here (dependencies point downward). A new edge fails this test
//! until the table — and STYLE.md — say why it is right.

use std::collections::BTreeSet;

/// Crate → the loopc crates it may depend on (normal dependencies).
const ALLOWED: &[(&str, &[&str])] = &[
    ("loopc-span", &[]),
    ("loopc-syntax", &["loopc-span"]),
    ("loopc-types", &["loopc-span", "loopc-syntax"]),
    ("loopc-ir", &["loopc-span"]),
    ("loopc-lower", &["loopc-span", "loopc-syntax", "loopc-types", "loopc-ir"]),
    ("loopc-passes", &["loopc-span", "loopc-ir"]),
    ("loopc-runtime", &["loopc-ir"]),
    ("loopc-codegen", &["loopc-ir"]),
    (
        "loopc-driver",
        &[
            "loopc-span",
            "loopc-syntax",
            "loopc-types",
            "loopc-ir",
            "loopc-lower",
            "loopc-passes",
            "loopc-runtime",
            "loopc-codegen",
        ],
    ),
    ("loopc", &["loopc-driver"]),
    ("loopc-filetest", &["loopc-span", "loopc-ir", "loopc-passes", "loopc-driver"]),
];

/// The loopc crates named in the `[dependencies]` table of a Cargo.toml.
fn loopc_dependencies(manifest: &str) -> BTreeSet<String> {
    let mut in_deps = false;
    let mut deps = BTreeSet::new();
    for line in manifest.lines() {
        let line = line.trim();
        if line.starts_with('[') {
            in_deps = line == "[dependencies]";
        } else if in_deps && line.starts_with("loopc") {
            let name = line.split(['.', '=', ' ']).next().unwrap_or("");
            deps.insert(name.to_string());
        }
    }
    deps
}

#[test]
fn crate_dependencies_follow_the_layering() {
    let crates = loopc_driver::repo_root().join("crates");
    let mut checked = 0;
    let mut problems = Vec::new();
    for entry in std::fs::read_dir(&crates).expect("crates/ is readable") {
        let dir = entry.expect("directory entry").path();
        let Ok(manifest) = std::fs::read_to_string(dir.join("Cargo.toml")) else { continue };
        let name = dir.file_name().expect("crate directory name").to_string_lossy().into_owned();
        let Some((_, allowed)) = ALLOWED.iter().find(|(n, _)| *n == name) else {
            problems.push(format!("{name}: not in the layering table"));
            continue;
        };
        for dep in loopc_dependencies(&manifest) {
            if !allowed.contains(&dep.as_str()) {
                problems.push(format!("{name} -> {dep}: edge not allowed"));
            }
        }
        checked += 1;
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    assert_eq!(checked, ALLOWED.len(), "every crate in the table exists");
}

#[test]
fn manifest_reader_sees_only_normal_dependencies() {
    let m = "[package]\nname = \"x\"\n[dependencies]\nloopc-ir.workspace = true\nloopc-span = { path = \"../s\" }\n\
             [dev-dependencies]\nloopc-driver.workspace = true\n";
    let deps: Vec<_> = loopc_dependencies(m).into_iter().collect();
    assert_eq!(deps, ["loopc-ir", "loopc-span"]);
}
