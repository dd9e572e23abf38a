//! The IR text printer. Output is deterministic (declaration and layout order only) and
//! [`parse`](crate::parse()) reads it back to an identical print.
//!
//! Grammar (one item or instruction per line; `;` starts a comment):
//! ```text
//! module   := item*
//! item     := global | declare | func
//! global   := "global" NAME "size" N "align" N ["readonly"] [linkage] ["=" "{" init,* "}"]
//! init     := N ":" ( STRING | INTTYPE INT | "addr" NAME ["+" INT | "-" INT] )
//! declare  := "declare" NAME sig
//! func     := "func" NAME sig [linkage] ["noinline"] ["srclocs"] "{" preamble* block* "}"
//! linkage  := "export" | "import"
//! sig      := "(" type,* ")" ["->" type,+]
//! preamble := "closure" NAME ["range_body" LOOP]
//!           | ENV "=" ("ref"|"val") STRING "size" N "align" N ["from" SLOT]
//!           | SLOT "=" "slot" STRING "size" N "align" N ["decl" SPAN] ["loop" LOOP] [placement]
//!           | LOOP "=" kind ["distinct"] ["for" SPAN] ["range" SPAN] ["end" SPAN] ["parent" LOOP]
//!                 ["vars" "(" SLOT,* ")"] ["body" NAME]
//!           | SIG "=" sig
//! block    := BLOCK ["(" (VALUE ":" type),* ")"] ":" inst*
//! inst     := [VALUE,+ "="] opcode operands ["!" SPAN]
//! SPAN     := FILE ":" LO "-" HI          (byte offsets, as in loopc_span::Span)
//! ```
//! `NAME` is `@ident` or `@"quoted"`; entities are `vN`, `blockN`, `ssN`, `loopN`, `sigN`,
//! `envN`. Instruction operand syntax is listed in the crate docs.

use crate::entities::{Block, FuncRef, Inst, Value};
use crate::function::Func;
use crate::instructions::{BlockCall, InstData, Placement, Site};
use crate::module::{CaptureMode, DataValue, Decls, Linkage, Module};
use crate::types::Type;
use loopc_span::Span;
use std::fmt::{self, Write};

/// Prints a whole module.
pub fn write_module(w: &mut dyn Write, m: &Module) -> fmt::Result {
    write_module_matching(w, m, &|_| true)
}

/// Prints the globals and functions of `m` whose symbol `keep` accepts, in module order
/// (e.g. one package's: `-emit=ir` prints the main package's, as `go tool compile -S` prints
/// only the package it compiles). The result parses only when it names every symbol it refers
/// to; a whole module always does.
pub fn write_module_matching(w: &mut dyn Write, m: &Module, keep: &dyn Fn(&str) -> bool) -> fmt::Result {
    let mut first = true;
    for data in m.decls.globals.values().filter(|g| keep(&g.name)) {
        write_global(w, &m.decls, data)?;
        first = false;
    }
    for f in m.decls.funcs.keys().filter(|&f| keep(&m.decls.funcs[f].name)) {
        if !first {
            writeln!(w)?;
        }
        first = false;
        write_func(w, &m.decls, f, &m.bodies[f])?;
    }
    Ok(())
}

/// The module as text.
pub fn module_to_string(m: &Module) -> String {
    let mut s = String::new();
    write_module(&mut s, m).expect("invariant: writing to a String cannot fail");
    s
}

/// The globals and functions of `m` whose symbol `keep` accepts, as text
/// ([`write_module_matching`]).
pub fn module_to_string_matching(m: &Module, keep: &dyn Fn(&str) -> bool) -> String {
    let mut s = String::new();
    write_module_matching(&mut s, m, keep).expect("invariant: writing to a String cannot fail");
    s
}

/// One function (with its declaration) as text.
pub fn func_to_string(decls: &Decls, f: FuncRef, body: &Func) -> String {
    let mut s = String::new();
    write_func(&mut s, decls, f, body).expect("invariant: writing to a String cannot fail");
    s
}

/// Writes `@name`, quoted if it is not a bare identifier.
pub fn write_name(w: &mut dyn Write, name: &str) -> fmt::Result {
    let bare = name.chars().next().is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && name.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '$'));
    if bare {
        write!(w, "@{name}")
    } else {
        w.write_str("@")?;
        write_string(w, name.as_bytes())
    }
}

/// Writes a quoted string with `\n \t \\ \" \xHH` escapes.
pub fn write_string(w: &mut dyn Write, bytes: &[u8]) -> fmt::Result {
    w.write_char('"')?;
    for &b in bytes {
        match b {
            b'\n' => w.write_str("\\n")?,
            b'\t' => w.write_str("\\t")?,
            b'\\' => w.write_str("\\\\")?,
            b'"' => w.write_str("\\\"")?,
            0x20..=0x7e => w.write_char(b as char)?,
            _ => write!(w, "\\x{b:02x}")?,
        }
    }
    w.write_char('"')
}

/// Writes a span as `FILE:LO-HI`.
pub fn write_span(w: &mut dyn Write, s: Span) -> fmt::Result {
    write!(w, "{}:{}-{}", s.file.0, s.lo, s.hi)
}

fn linkage_suffix(l: Linkage) -> &'static str {
    match l {
        Linkage::Local => "",
        Linkage::Export => " export",
        Linkage::Import => " import",
    }
}

fn write_global(w: &mut dyn Write, decls: &Decls, g: &crate::module::GlobalData) -> fmt::Result {
    w.write_str("global ")?;
    write_name(w, &g.name)?;
    write!(w, " size {} align {}", g.size, g.align)?;
    if g.readonly {
        w.write_str(" readonly")?;
    }
    w.write_str(linkage_suffix(g.linkage))?;
    if !g.init.is_empty() {
        w.write_str(" = { ")?;
        for (i, (off, item)) in g.init.iter().enumerate() {
            if i > 0 {
                w.write_str(", ")?;
            }
            write!(w, "{off}: ")?;
            match item {
                DataValue::Bytes(b) => write_string(w, b)?,
                DataValue::Int(t, v) => write!(w, "{t} {v}")?,
                DataValue::FuncAddr(f) => {
                    w.write_str("addr ")?;
                    write_name(w, &decls.funcs[*f].name)?;
                }
                DataValue::GlobalAddr(g, add) => {
                    w.write_str("addr ")?;
                    write_name(w, &decls.globals[*g].name)?;
                    if *add != 0 {
                        write!(w, "{}{}", if *add > 0 { "+" } else { "-" }, add.unsigned_abs())?;
                    }
                }
            }
        }
        w.write_str(" }")?;
    }
    writeln!(w)
}

/// Writes one function: `declare` for imports, `func` with its body otherwise.
pub fn write_func(w: &mut dyn Write, decls: &Decls, f: FuncRef, body: &Func) -> fmt::Result {
    let decl = &decls.funcs[f];
    if decl.linkage == Linkage::Import {
        w.write_str("declare ")?;
        write_name(w, &decl.name)?;
        return writeln!(w, "{}", decl.sig);
    }
    w.write_str("func ")?;
    write_name(w, &decl.name)?;
    write!(w, "{}{}", decl.sig, linkage_suffix(decl.linkage))?;
    if body.noinline {
        w.write_str(" noinline")?;
    }
    if body.require_srclocs {
        w.write_str(" srclocs")?;
    }
    writeln!(w, " {{")?;
    let mut preamble = false;
    if let Some(c) = &decl.closure {
        preamble = true;
        w.write_str("    closure ")?;
        write_name(w, &decls.funcs[c.parent].name)?;
        if let Some(l) = c.range_body {
            write!(w, " range_body {l}")?;
        }
        writeln!(w)?;
        for (i, cap) in c.captures.iter().enumerate() {
            let mode = match cap.mode {
                CaptureMode::ByRef => "ref",
                CaptureMode::ByVal => "val",
            };
            write!(w, "    env{i} = {mode} ")?;
            write_string(w, cap.name.as_bytes())?;
            write!(w, " size {} align {}", cap.size, cap.align)?;
            if let Some(s) = cap.slot {
                write!(w, " from {s}")?;
            }
            writeln!(w)?;
        }
    }
    for (ss, s) in body.slots.iter() {
        preamble = true;
        write!(w, "    {ss} = slot ")?;
        write_string(w, s.name.as_bytes())?;
        write!(w, " size {} align {}", s.size, s.align)?;
        if s.decl != Span::default() {
            w.write_str(" decl ")?;
            write_span(w, s.decl)?;
        }
        if let Some(l) = s.lp {
            write!(w, " loop {l}")?;
        }
        write_placement(w, s.placement)?;
        writeln!(w)?;
    }
    for (l, d) in body.loops.iter() {
        preamble = true;
        write!(w, "    {l} = {}", d.kind.name())?;
        if d.distinct {
            w.write_str(" distinct")?;
        }
        for (kw, span) in [("for", d.for_span), ("range", d.range_span), ("end", d.end)] {
            if span != Span::default() {
                write!(w, " {kw} ")?;
                write_span(w, span)?;
            }
        }
        if let Some(p) = d.parent {
            write!(w, " parent {p}")?;
        }
        if !d.vars.is_empty() {
            w.write_str(" vars(")?;
            write_list(w, &d.vars)?;
            w.write_str(")")?;
        }
        if let Some(b) = d.body {
            w.write_str(" body ")?;
            write_name(w, &decls.funcs[b].name)?;
        }
        writeln!(w)?;
    }
    for (s, sig) in body.dfg.sigs.iter() {
        preamble = true;
        writeln!(w, "    {s} = {sig}")?;
    }
    for (i, block) in body.layout.blocks().enumerate() {
        if i > 0 || preamble {
            writeln!(w)?;
        }
        write_block_header(w, body, block)?;
        for inst in body.layout.block_insts(block) {
            w.write_str("    ")?;
            write_inst(w, decls, body, inst)?;
            writeln!(w)?;
        }
    }
    writeln!(w, "}}")
}

fn write_placement(w: &mut dyn Write, p: Placement) -> fmt::Result {
    match p.keyword() {
        Some(k) => write!(w, " {k}"),
        None => Ok(()),
    }
}

fn write_site(w: &mut dyn Write, site: Site) -> fmt::Result {
    if let Some(l) = site.lp {
        write!(w, " in {l}")?;
    }
    if site.in_return {
        w.write_str(" in_return")?;
    }
    Ok(())
}

fn write_list<T: fmt::Display>(w: &mut dyn Write, items: &[T]) -> fmt::Result {
    for (i, x) in items.iter().enumerate() {
        if i > 0 {
            w.write_str(", ")?;
        }
        write!(w, "{x}")?;
    }
    Ok(())
}

fn write_block_header(w: &mut dyn Write, body: &Func, block: Block) -> fmt::Result {
    write!(w, "{block}")?;
    let params = body.dfg.block_params(block);
    if !params.is_empty() {
        w.write_str("(")?;
        for (i, p) in params.iter().enumerate() {
            if i > 0 {
                w.write_str(", ")?;
            }
            write!(w, "{p}: {}", body.dfg.value_type(*p))?;
        }
        w.write_str(")")?;
    }
    writeln!(w, ":")
}

fn write_block_call(w: &mut dyn Write, bc: &BlockCall) -> fmt::Result {
    write!(w, "{}", bc.block)?;
    if !bc.args.is_empty() {
        w.write_str("(")?;
        write_list(w, &bc.args)?;
        w.write_str(")")?;
    }
    Ok(())
}

fn write_offset(w: &mut dyn Write, off: i32) -> fmt::Result {
    match off {
        0 => Ok(()),
        o if o > 0 => write!(w, "+{o}"),
        o => write!(w, "-{}", o.unsigned_abs()),
    }
}

/// Writes a float immediate: shortest round-trip decimal, or raw `0x` bits for NaNs that
/// are not the canonical quiet NaN.
pub fn write_float(w: &mut dyn Write, ty: Type, bits: u64) -> fmt::Result {
    if ty == Type::F32 {
        let x = f32::from_bits(bits as u32);
        if x.is_nan() && bits as u32 != f32::NAN.to_bits() {
            return write!(w, "0x{:08x}", bits as u32);
        }
        write!(w, "{x:?}")
    } else {
        let x = f64::from_bits(bits);
        if x.is_nan() && bits != f64::NAN.to_bits() {
            return write!(w, "0x{bits:016x}");
        }
        write!(w, "{x:?}")
    }
}

/// Writes one instruction line (without indentation or newline), including its results and
/// srcloc suffix.
pub fn write_inst(w: &mut dyn Write, decls: &Decls, body: &Func, inst: Inst) -> fmt::Result {
    let results = body.dfg.inst_results(inst);
    if !results.is_empty() {
        write_list(w, results)?;
        w.write_str(" = ")?;
    }
    let data = &body.dfg.insts[inst];
    let op = data.opcode();
    match data {
        InstData::IntConst { ty, imm } => write!(w, "{op}.{ty} {imm}")?,
        InstData::FloatConst { ty, bits } => {
            write!(w, "{op}.{ty} ")?;
            write_float(w, *ty, *bits)?;
        }
        InstData::Unary { arg, .. } => write!(w, "{op} {arg}")?,
        InstData::Binary { args, .. } => write!(w, "{op} {}, {}", args[0], args[1])?,
        InstData::IntCompare { cond, args } => write!(w, "{op} {cond} {}, {}", args[0], args[1])?,
        InstData::FloatCompare { cond, args } => write!(w, "{op} {cond} {}, {}", args[0], args[1])?,
        InstData::Convert { ty, arg, .. } => write!(w, "{op}.{ty} {arg}")?,
        InstData::Select { args } => write!(w, "{op} {}, {}, {}", args[0], args[1], args[2])?,
        InstData::Load { ty, ptr, offset } => {
            write!(w, "{op}.{ty} {ptr}")?;
            write_offset(w, *offset)?;
        }
        InstData::Store { args, offset } => {
            write!(w, "{op} {}, {}", args[0], args[1])?;
            write_offset(w, *offset)?;
        }
        InstData::MemCopy { args, size } => write!(w, "{op} {}, {}, {size}", args[0], args[1])?,
        InstData::MemZero { ptr, size } => write!(w, "{op} {ptr}, {size}")?,
        InstData::Alloc { size, align, nullable, placement } => {
            write!(w, "{op} {size}, align {align}")?;
            if *nullable {
                write!(w, ", nullable")?;
            }
            write_placement(w, *placement)?;
        }
        InstData::GlobalAddr { global } => {
            write!(w, "{op} ")?;
            write_name(w, &decls.globals[*global].name)?;
        }
        InstData::FuncAddr { func } => {
            write!(w, "{op} ")?;
            write_name(w, &decls.funcs[*func].name)?;
        }
        InstData::SlotOp { slot, .. } => write!(w, "{op} {slot}")?,
        InstData::SlotAddr { slot, addrof, site } => {
            if *addrof {
                write!(w, "{op}.addrof {slot}")?;
                write_site(w, *site)?;
            } else {
                write!(w, "{op} {slot}")?;
            }
        }
        InstData::EnvAddr { ctx, index } => write!(w, "{op} {ctx}, {index}")?,
        InstData::Call { func, args } => {
            write!(w, "{op} ")?;
            write_name(w, &decls.funcs[*func].name)?;
            w.write_str("(")?;
            write_list(w, args)?;
            w.write_str(")")?;
        }
        InstData::CallIndirect { sig, callee, args, .. } => {
            write!(w, "{op} {sig}, {callee}(")?;
            write_list(w, args)?;
            w.write_str(")")?;
        }
        InstData::MakeClosure { func, args, placement, site } => {
            write!(w, "{op} ")?;
            write_name(w, &decls.funcs[*func].name)?;
            w.write_str("(")?;
            write_list(w, args)?;
            w.write_str(")")?;
            write_placement(w, *placement)?;
            write_site(w, *site)?;
        }
        InstData::LoopMarker { lp, .. } => write!(w, "{op} {lp}")?,
        InstData::Jump { dest } => {
            write!(w, "{op} ")?;
            write_block_call(w, dest)?;
        }
        InstData::Brif { cond, dests } => {
            write!(w, "{op} {cond}, ")?;
            write_block_call(w, &dests[0])?;
            w.write_str(", ")?;
            write_block_call(w, &dests[1])?;
        }
        InstData::BrTable { index, default, table } => {
            write!(w, "{op} {index}, ")?;
            write_block_call(w, default)?;
            w.write_str(", [")?;
            for (i, bc) in table.iter().enumerate() {
                if i > 0 {
                    w.write_str(", ")?;
                }
                write_block_call(w, bc)?;
            }
            w.write_str("]")?;
        }
        InstData::Return { args } => {
            w.write_str("return")?;
            if !args.is_empty() {
                w.write_str(" ")?;
                write_list(w, args)?;
            }
        }
        InstData::Unreachable => w.write_str("unreachable")?,
        InstData::Nullary { .. } => write!(w, "{op}")?,
        InstData::Trap { code } => write!(w, "{op} {code}")?,
    }
    let span = body.srclocs[inst];
    if span != Span::default() {
        w.write_str(" !")?;
        write_span(w, span)?;
    }
    Ok(())
}

/// Formats a value list for messages (`v1, v2`).
pub fn values_to_string(vs: &[Value]) -> String {
    let mut s = String::new();
    write_list(&mut s, vs).expect("invariant: writing to a String cannot fail");
    s
}

impl fmt::Display for Module {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write_module(f, self)
    }
}
