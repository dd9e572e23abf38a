//! loopc's runtime and standard library, as sources that loopc compiles itself.
//!
//! Go's standard library is written in Go, and so is loopc's: `go/<pkg>/*.go` in this crate
//! holds loopc's implementation of the subset of each standard package that loopc supports
//! (`fmt`, `os`, `io`, `errors`, `iter`, `cmp`, `slices`, `maps`, `sort`, `strings`,
//! `strconv`, `testing`, `unicode/utf8`), with Go's exact exported signatures. The driver feeds these
//! sources through the same pipeline as user code whenever a program imports a package;
//! generated code calls only functions compiled from these sources (plus IR-built runtime
//! intrinsics) and libc, never Rust.
//!
//! Data flow: the driver resolves an import path with [`std_package_sources`] and gets the
//! package's files as `(file name, source text)` pairs, embedded into the compiler binary
//! with `include_str!`, so a loopc build needs no Go installation and no files at run time.
//!
//! Invariants (checked by this crate's tests):
//! - every path in [`STD_PACKAGES`] has at least one source file, whose package clause
//!   names the last element of the path;
//! - these packages import only each other, and the import graph is acyclic, so the driver
//!   can check and initialize them in dependency order.
//!
//! Functions that need run-time support (formatting values of any type, writing to file
//! descriptors, `os.Exit`, reflection-like helpers) are declared without a body and marked
//! `// Implemented by the runtime (issue 5).`; everything else is plain Go within loopc's
//! subset whose behaviour was compared with the real standard library. The Unicode tables
//! (`strings/unicode_tables.go`, `strconv/print_tables.go`) are generated from gc's by
//! `gocheck/unicodegen/run.sh`, which also checks their lookups on every code point.
//!
//! The std packages reach loopc's internal `runtime` package (`go/runtime`) with
//! `import "runtime"`: reflection over the compiler's type descriptors (`reflectlite.go`,
//! used by fmt, errors.As and sort.Slice), float bit casts, writes, exit and arguments
//! (`std.go`). [`std_package_sources`] serves it under the path `runtime`, but it is not in
//! [`STD_PACKAGES`]: the type checker lets only std packages import it.

/// Import paths of the standard packages loopc provides, sorted.
pub const STD_PACKAGES: &[&str] = &[
    "cmp",
    "errors",
    "fmt",
    "io",
    "iter",
    "maps",
    "os",
    "slices",
    "sort",
    "strconv",
    "strings",
    "testing",
    "unicode/utf8",
];

/// Embeds one source file of a package as a `(file name, source)` pair.
macro_rules! go_file {
    ($dir:literal, $file:literal) => {
        ($file, include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/go/", $dir, "/", $file)))
    };
}

/// The Go source files of the standard package with import path `path`, as
/// `(file name, source)` pairs, or `None` if loopc has no such package.
pub fn std_package_sources(path: &str) -> Option<&'static [(&'static str, &'static str)]> {
    const CMP: &[(&str, &str)] = &[go_file!("cmp", "cmp.go")];
    const ERRORS: &[(&str, &str)] = &[go_file!("errors", "errors.go")];
    const FMT: &[(&str, &str)] = &[
        go_file!("fmt", "fmt.go"),
        go_file!("fmt", "print.go"),
        go_file!("fmt", "format.go"),
        go_file!("fmt", "sort.go"),
        go_file!("fmt", "errors.go"),
    ];
    const IO: &[(&str, &str)] = &[go_file!("io", "io.go")];
    const ITER: &[(&str, &str)] = &[go_file!("iter", "iter.go")];
    const MAPS: &[(&str, &str)] = &[go_file!("maps", "maps.go")];
    const OS: &[(&str, &str)] = &[go_file!("os", "os.go")];
    const SLICES: &[(&str, &str)] = &[go_file!("slices", "slices.go")];
    const SORT: &[(&str, &str)] = &[go_file!("sort", "sort.go")];
    const STRCONV: &[(&str, &str)] = &[
        go_file!("strconv", "strconv.go"),
        go_file!("strconv", "decimal.go"),
        go_file!("strconv", "ftoa.go"),
        go_file!("strconv", "atof.go"),
        go_file!("strconv", "print_tables.go"),
    ];
    const STRINGS: &[(&str, &str)] = &[go_file!("strings", "strings.go"), go_file!("strings", "unicode_tables.go")];
    const TESTING: &[(&str, &str)] = &[go_file!("testing", "testing.go"), go_file!("testing", "benchmark.go")];
    const UTF8: &[(&str, &str)] = &[go_file!("unicode/utf8", "utf8.go")];
    // loopc's internal run-time package: importable only by the packages above.
    const RUNTIME: &[(&str, &str)] = &[
        go_file!("runtime", "abi.go"),
        go_file!("runtime", "alg.go"),
        go_file!("runtime", "api.go"),
        go_file!("runtime", "error.go"),
        go_file!("runtime", "ftoa.go"),
        go_file!("runtime", "iface.go"),
        go_file!("runtime", "malloc.go"),
        go_file!("runtime", "map.go"),
        go_file!("runtime", "panic.go"),
        go_file!("runtime", "print.go"),
        go_file!("runtime", "proc.go"),
        go_file!("runtime", "rangefunc.go"),
        go_file!("runtime", "reflectlite.go"),
        go_file!("runtime", "slice.go"),
        go_file!("runtime", "std.go"),
        go_file!("runtime", "string.go"),
    ];
    Some(match path {
        "cmp" => CMP,
        "errors" => ERRORS,
        "fmt" => FMT,
        "io" => IO,
        "iter" => ITER,
        "maps" => MAPS,
        "os" => OS,
        "slices" => SLICES,
        "sort" => SORT,
        "strconv" => STRCONV,
        "strings" => STRINGS,
        "testing" => TESTING,
        "unicode/utf8" => UTF8,
        "runtime" => RUNTIME,
        _ => return None,
    })
}

/// The runtime core written in loopc IR text, as `(file name, IR text)` pairs: allocation,
/// defer stacks, the goroutine record and the C `main` entry (ABI in `ir/rt.lir`'s header and
/// loopc-codegen's `runtime_abi`). The driver parses each with `loopc_ir::parse` and compiles
/// it together with the program.
pub const RUNTIME_IR: &[(&str, &str)] = &[("rt.lir", include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/ir/rt.lir")))];

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;

    /// The package name and imported paths of a Go source file. Only as much Go as these
    /// files use: line comments, one package clause, single and grouped imports.
    fn package_and_imports(src: &str) -> (String, Vec<String>) {
        let mut package = None;
        let mut imports = Vec::new();
        let mut in_group = false;
        for line in src.lines() {
            let line = line.split("//").next().unwrap_or("").trim();
            if in_group {
                if line == ")" {
                    in_group = false;
                } else if let Some(path) = quoted(line) {
                    imports.push(path);
                }
            } else if let Some(name) = line.strip_prefix("package ") {
                package = Some(name.trim().to_string());
            } else if line == "import (" {
                in_group = true;
            } else if let Some(rest) = line.strip_prefix("import ") {
                imports.extend(quoted(rest));
            }
        }
        (package.expect("every Go file has a package clause"), imports)
    }

    fn quoted(s: &str) -> Option<String> {
        let start = s.find('"')?;
        let end = s[start + 1..].find('"')?;
        Some(s[start + 1..start + 1 + end].to_string())
    }

    fn import_graph() -> BTreeMap<&'static str, Vec<String>> {
        let mut graph = BTreeMap::new();
        for &path in STD_PACKAGES {
            let files = std_package_sources(path).expect("listed package has sources");
            let mut imports = Vec::new();
            for (_, src) in files {
                imports.extend(package_and_imports(src).1);
            }
            imports.sort();
            imports.dedup();
            graph.insert(path, imports);
        }
        graph
    }

    #[test]
    fn every_package_has_sources_named_after_it() {
        assert!(STD_PACKAGES.windows(2).all(|w| w[0] < w[1]), "STD_PACKAGES is sorted");
        for &path in STD_PACKAGES {
            let files = std_package_sources(path).expect("listed package has sources");
            assert!(!files.is_empty(), "{path}");
            let last = path.rsplit('/').next().expect("non-empty path");
            for (name, src) in files {
                assert!(name.ends_with(".go"), "{path}/{name}");
                let (package, _) = package_and_imports(src);
                assert_eq!(package, last, "{path}/{name}");
                assert!(
                    src.starts_with(&format!("// Package {last} is loopc's implementation")),
                    "{path}/{name} starts with its package doc"
                );
            }
        }
        assert!(std_package_sources("net/http").is_none());
        assert!(std_package_sources("").is_none());
    }

    #[test]
    fn imports_stay_within_std_and_are_acyclic() {
        let graph = import_graph();
        for (path, imports) in &graph {
            for import in imports {
                assert!(
                    STD_PACKAGES.contains(&import.as_str()) || import == "runtime",
                    "{path} imports {import}, which loopc does not provide"
                );
            }
        }
        // Kahn's algorithm: repeatedly remove packages whose imports are all removed.
        // loopc's internal runtime package, which std packages may import, comes first.
        let mut done: Vec<&str> = vec!["runtime"];
        while done.len() < graph.len() + 1 {
            let ready: Vec<&str> = graph
                .iter()
                .filter(|(p, imports)| !done.contains(p) && imports.iter().all(|i| done.contains(&i.as_str())))
                .map(|(p, _)| *p)
                .collect();
            assert!(!ready.is_empty(), "import cycle among {:?}", graph);
            done.extend(ready);
        }
        // The dependencies the other packages rely on, as in Go.
        assert_eq!(graph["fmt"], ["errors", "io", "os", "runtime", "strconv", "unicode/utf8"]);
        assert_eq!(graph["strings"], ["iter", "unicode/utf8"]);
        assert!(graph["iter"].is_empty() && graph["cmp"].is_empty());
    }
}
