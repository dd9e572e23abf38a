//! Parses Go files and prints their diagnostics (gc format) and, with `-ast`, the AST dump.
//!
//! `cargo run -p loopc-syntax --example parse -- [-ast] FILE.go...`

use loopc_span::SourceMap;

fn main() {
    let mut ast = false;
    for arg in std::env::args().skip(1) {
        if arg == "-ast" {
            ast = true;
            continue;
        }
        let src = match std::fs::read_to_string(&arg) {
            Ok(s) => s,
            Err(e) => {
                eprintln!("{arg}: {e}");
                continue;
            }
        };
        let base = std::path::Path::new(&arg).file_name().map_or(arg.clone(), |n| n.to_string_lossy().into_owned());
        let mut map = SourceMap::new();
        let id = map.add(base.clone(), src.clone());
        let (file, diags) = loopc_syntax::parse_file_named(id, &format!("./{base}"), &src);
        if ast {
            print!("{}", loopc_syntax::dump::dump_file(&file, &map));
        }
        let mut diags = diags;
        loopc_span::sort_and_dedup(&map, &mut diags);
        for d in &diags {
            println!("{}", d.render_go(&map));
        }
    }
}
