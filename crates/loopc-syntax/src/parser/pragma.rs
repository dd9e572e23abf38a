//! Compiler directives (`//go:...` comments), to the extent gc checks them while parsing.
//!
//! gc's parser hands each directive to the noder's pragma handler (`noder.go: pragma`) as it
//! is scanned, keeps the collected pragmas until a declaration takes them (`takePragma`), and
//! reports the ones nobody took when the next statement or declaration ends (`clearPragma`,
//! `checkUnusedDuringParse`). loopc reproduces the parse-time diagnostics:
//! - a directive that is not alone on its line: `misplaced compiler directive`;
//! - a flag directive (`//go:noinline`, `//go:nosplit`, ...) or `//go:build` that no
//!   declaration takes: `misplaced compiler directive`; an untaken `//go:embed`:
//!   `misplaced go:embed directive`;
//! - the usage and permission errors of `//go:linkname`, `//go:embed`, `//go:cgo_*` and the
//!   runtime-only directives.
//!
//! The checks gc makes later, after type checking (`writer.go: checkPragmas`, which directive
//! may apply to which declaration), are not made. A function declaration records the
//! directives it takes ([`crate::ast::FuncDecl::directives`]), together with loopc's own
//! `//loopc:` directives, which gc treats as ordinary comments and so are not checked here
//! (the type checker interprets them in loopc's standard packages).
//!
//! A `//go:build` line before the package clause is also recorded as the file's build
//! constraint ([`crate::ast::File::go_build`]).

use super::Parser;
use loopc_span::Span;

/// Directive flags (gc's `ir.PragmaFlag` bits that matter here).
mod flag {
    pub const GO_BUILD: u32 = 1 << 0;
    pub const NOESCAPE: u32 = 1 << 1;
    pub const NORACE: u32 = 1 << 2;
    pub const NOSPLIT: u32 = 1 << 3;
    pub const NOINLINE: u32 = 1 << 4;
    pub const NOCHECKPTR: u32 = 1 << 5;
    pub const SYSTEMSTACK: u32 = 1 << 6;
    pub const NOWRITEBARRIER: u32 = 1 << 7;
    pub const NOWRITEBARRIERREC: u32 = 1 << 8;
    pub const YESWRITEBARRIERREC: u32 = 1 << 9;
    pub const CGO_UNSAFE_ARGS: u32 = 1 << 10;
    pub const UINTPTR_KEEPALIVE: u32 = 1 << 11;
    pub const UINTPTR_ESCAPES: u32 = 1 << 12;
    pub const REGISTER_PARAMS: u32 = 1 << 13;
    pub const RUNTIME_ONLY: u32 = SYSTEMSTACK | NOWRITEBARRIER | NOWRITEBARRIERREC | YESWRITEBARRIERREC;
}

/// gc's `pragmaFlag`.
fn pragma_flag(verb: &str) -> u32 {
    use flag::*;
    match verb {
        "go:build" => GO_BUILD,
        "go:noescape" => NOESCAPE,
        "go:norace" => NORACE,
        "go:nosplit" => NOSPLIT | NOCHECKPTR,
        "go:noinline" => NOINLINE,
        "go:nocheckptr" => NOCHECKPTR,
        "go:systemstack" => SYSTEMSTACK,
        "go:nowritebarrier" => NOWRITEBARRIER,
        "go:nowritebarrierrec" => NOWRITEBARRIERREC | NOWRITEBARRIER,
        "go:yeswritebarrierrec" => YESWRITEBARRIERREC,
        "go:cgo_unsafe_args" => CGO_UNSAFE_ARGS | NOCHECKPTR,
        "go:uintptrkeepalive" => UINTPTR_KEEPALIVE,
        "go:uintptrescapes" => UINTPTR_ESCAPES | UINTPTR_KEEPALIVE,
        "go:registerparams" => REGISTER_PARAMS,
        _ => 0,
    }
}

/// The pragmas collected since the last `take`/`clear`.
#[derive(Default)]
pub(crate) struct PragmaState {
    active: bool,
    flags: u32,
    /// Each flag directive's flags and position.
    positions: Vec<(u32, u32)>,
    /// Positions of `//go:embed` directives.
    embeds: Vec<u32>,
    /// The text (without `//`) and span of each directive alone on its line, `//loopc:`
    /// ones included, for the declaration that takes them.
    pub(super) texts: Vec<(String, Span)>,
}

/// Which declaration takes a pragma (all accept it at parse time; gc checks later).
#[derive(Clone, Copy)]
pub(crate) enum Allowed {
    File,
    Decl,
}

impl Parser<'_> {
    /// Handles the directives the scanner queued during the last `next`.
    pub(super) fn take_directives(&mut self) {
        let directives = std::mem::take(&mut self.s.directives);
        for d in directives {
            if d.blank_line {
                let span = self.span(d.pos, d.pos + 2 + d.text.len() as u32);
                self.pragma.texts.push((d.text.clone(), span));
            }
            if d.text.starts_with("loopc:") {
                // loopc's own directives are ordinary comments to gc: no checks here.
                continue;
            }
            if self.top && d.text.starts_with("go:build") {
                let rest = &d.text["go:build".len()..];
                if rest.is_empty() || rest.starts_with([' ', '\t']) {
                    let constraint = rest.trim().to_string();
                    let span = self.span(d.pos, d.pos + 2 + d.text.len() as u32);
                    self.go_build = Some((constraint, span));
                }
            }
            self.pragma_directive(d.pos + 2, d.blank_line, &d.text);
        }
    }

    /// gc's `noder.pragma` for one directive at `pos` (just after `//`).
    fn pragma_directive(&mut self, pos: u32, blank_line: bool, text: &str) {
        if !blank_line {
            // A directive must be on a line by itself.
            self.uncounted_error_at(pos, "misplaced compiler directive".to_string());
            return;
        }
        self.pragma.active = true;
        let fields: Vec<&str> = text.split_whitespace().collect();
        let verb = fields.first().copied().unwrap_or("");
        if text.starts_with("go:wasmimport ") || text.starts_with("go:wasmexport ") {
            // Only meaningful when compiling to WebAssembly; usage is checked there.
            let (want, usage) = if text.starts_with("go:wasmimport ") {
                (3, "usage: //go:wasmimport importmodule importname")
            } else {
                (2, "usage: //go:wasmexport exportname")
            };
            if fields.len() != want {
                self.uncounted_error_at(pos, usage.to_string());
            }
            return;
        }
        if text.starts_with("go:linkname ") || text.starts_with("go:linknamestd ") {
            if !(2..=3).contains(&fields.len()) {
                self.uncounted_error_at(pos, format!("usage: //{verb} localname [linkname]"));
            }
            return;
        }
        if text == "go:embed" || text.starts_with("go:embed ") {
            if text["go:embed".len()..].trim().is_empty() {
                self.uncounted_error_at(pos, "usage: //go:embed pattern...".to_string());
                return;
            }
            self.pragma.embeds.push(pos);
            return;
        }
        if text.starts_with("go:cgo_") {
            // Outside cgo-generated files (names starting with _cgo_) these are refused.
            let base = self.name.rsplit('/').next().unwrap_or(self.name);
            if !base.starts_with("_cgo_") {
                self.uncounted_error_at(pos, format!("//{text} only allowed in cgo-generated code"));
            }
        }
        let f = pragma_flag(verb);
        if f & flag::RUNTIME_ONLY != 0 {
            self.uncounted_error_at(pos, format!("//{verb} only allowed in runtime"));
        }
        if f & flag::UINTPTR_KEEPALIVE != 0 {
            self.uncounted_error_at(pos, format!("//{verb} is only allowed in the standard library"));
        }
        self.pragma.flags |= f;
        self.pragma.positions.push((f, pos));
    }

    /// A declaration takes the collected pragmas.
    pub(crate) fn take_pragma_for(&mut self, _allowed: Allowed) {
        self.pragma = PragmaState::default();
    }

    /// The end of a construct that takes no pragmas: report the collected ones as misplaced.
    pub(crate) fn clear_pragma(&mut self) {
        self.pragma.texts.clear();
        if !self.pragma.active {
            return;
        }
        let p = std::mem::take(&mut self.pragma);
        for (f, pos) in p.positions {
            if f & p.flags != 0 {
                self.uncounted_error_at(pos, "misplaced compiler directive".to_string());
            }
        }
        for pos in p.embeds {
            self.uncounted_error_at(pos, "misplaced go:embed directive".to_string());
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::ast::Decl;
    use loopc_span::FileId;

    /// The directives each function declaration of `src` took, as text.
    fn taken(src: &str) -> Vec<(String, Vec<String>)> {
        let (file, errs) = crate::parse_file(FileId(0), src);
        assert!(errs.is_empty(), "{errs:?}");
        file.decls
            .iter()
            .filter_map(|d| match d {
                Decl::Func(f) => Some((f.name.name.clone(), f.directives.iter().map(|(t, _)| t.clone()).collect())),
                Decl::Gen(_) => None,
            })
            .collect()
    }

    #[test]
    fn function_declarations_record_their_directives() {
        let src = "package p\n\n//loopc:libc write\nfunc write(fd int32) int\n\n// doc\n//go:noinline\n//loopc:intrinsic getg\nfunc getg() int\n\nfunc body() {\n\t//loopc:libc inside\n\t_ = 1\n}\n\nvar x = 1 //loopc:libc trailing\n\nfunc plain() {}\n";
        let got = taken(src);
        let want = [
            ("write", vec!["loopc:libc write"]),
            ("getg", vec!["go:noinline", "loopc:intrinsic getg"]),
            ("body", vec![]),
            ("plain", vec![]),
        ];
        let want: Vec<(String, Vec<String>)> =
            want.iter().map(|(n, d)| (n.to_string(), d.iter().map(|s| s.to_string()).collect())).collect();
        assert_eq!(got, want);
        let (file, _) = crate::parse_file(FileId(0), src);
        let Decl::Func(f) = &file.decls[0] else { panic!("func") };
        assert_eq!(f.directives[0].1, loopc_span::Span::new(FileId(0), 11, 29));
    }
}
