//! The IR text reader: the inverse of [`write`](crate::write).
//!
//! `print(parse(text)) == text` for any text the printer produced. The parser keeps the
//! entity numbers of its input (`v7` stays value 7; unused numbers become unassigned
//! placeholders), so hand-written tests may number values freely. Slots, loops, signatures
//! and closure captures must be declared densely in order (`ss0`, `ss1`, ...).
//!
//! Parsing runs in two passes over the token stream: the first declares every global and
//! function with its signature (so names may be used before their definition), the second
//! fills in global contents and function bodies. Result types are inferred as the builder
//! would infer them; since a use may textually precede its definition, inference iterates
//! until every result is typed. Malformed input gives a [`ParseError`]; it never panics.

use crate::entities::{Block, FuncRef, Global, Inst, Loop, SigRef, Slot, Value};
use crate::function::{Func, LoopData, LoopKind, Signature, SlotData};
use crate::instructions::{BlockCall, FloatCC, InstData, IntCC, Opcode, Placement, Site, ValueList};
use crate::module::{
    Capture, CaptureMode, ClosureInfo, DataValue, Decls, FuncDecl, GlobalData, Linkage, Module, Symbol,
};
use crate::types::Type;
use crate::ValueDef;
use cranelift_entity::EntityRef;
use loopc_span::{FileId, Span};
use std::collections::BTreeMap;
use std::fmt;

/// A syntax or reference error in IR text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseError {
    /// 1-based line.
    pub line: u32,
    /// What is wrong.
    pub message: String,
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: {}", self.line, self.message)
    }
}

impl std::error::Error for ParseError {}

/// Where each parsed entity was written (1-based lines), to map verifier errors back to the
/// text (the file-test runner's `; error:` annotations).
#[derive(Clone, Debug, Default)]
pub struct SourceLines {
    /// `func`/`declare` lines.
    pub funcs: BTreeMap<FuncRef, u32>,
    /// `global` lines.
    pub globals: BTreeMap<Global, u32>,
    /// Instruction lines.
    pub insts: BTreeMap<(FuncRef, Inst), u32>,
    /// Block header lines.
    pub blocks: BTreeMap<(FuncRef, Block), u32>,
    /// Slot declaration lines.
    pub slots: BTreeMap<(FuncRef, Slot), u32>,
    /// Loop declaration lines.
    pub loops: BTreeMap<(FuncRef, Loop), u32>,
    /// `closure` lines.
    pub closures: BTreeMap<FuncRef, u32>,
}

/// A parsed module and the line of each entity.
#[derive(Clone, Debug)]
pub struct Parsed {
    /// The module.
    pub module: Module,
    /// Entity lines.
    pub lines: SourceLines,
}

/// Parses a module.
pub fn parse(text: &str) -> Result<Module, ParseError> {
    parse_with_lines(text).map(|p| p.module)
}

/// Parses a module and records where each entity was written.
pub fn parse_with_lines(text: &str) -> Result<Parsed, ParseError> {
    let toks = lex(text)?;
    let mut p = Parser { toks, pos: 0, decls: Decls::default(), lines: SourceLines::default() };
    p.declare_pass()?;
    p.pos = 0;
    let mut module = Module { decls: Decls::default(), bodies: Default::default() };
    let bodies = p.define_pass()?;
    module.decls = std::mem::take(&mut p.decls);
    for (f, body) in bodies {
        module.bodies[f] = body;
    }
    Ok(Parsed { module, lines: p.lines })
}

#[derive(Clone, Debug, PartialEq)]
enum Tok {
    Ident(String),
    Name(String),
    Int { value: u64, hex: bool },
    Float(String),
    Str(Vec<u8>),
    Punct(char),
    Arrow,
    Newline,
    Eof,
}

impl fmt::Display for Tok {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Tok::Ident(s) => write!(f, "`{s}`"),
            Tok::Name(s) => write!(f, "`@{s}`"),
            Tok::Int { value, .. } => write!(f, "`{value}`"),
            Tok::Float(s) => write!(f, "`{s}`"),
            Tok::Str(_) => f.write_str("a string"),
            Tok::Punct(c) => write!(f, "`{c}`"),
            Tok::Arrow => f.write_str("`->`"),
            Tok::Newline => f.write_str("end of line"),
            Tok::Eof => f.write_str("end of file"),
        }
    }
}

#[derive(Clone, Debug)]
struct Token {
    tok: Tok,
    line: u32,
}

fn lex(text: &str) -> Result<Vec<Token>, ParseError> {
    let b = text.as_bytes();
    let mut i = 0;
    let mut line = 1u32;
    let mut out = Vec::new();
    let err = |line, message: String| ParseError { line, message };
    while i < b.len() {
        let c = b[i];
        let start = i;
        let tok = match c {
            b'\n' => {
                out.push(Token { tok: Tok::Newline, line });
                line += 1;
                i += 1;
                continue;
            }
            b' ' | b'\t' | b'\r' => {
                i += 1;
                continue;
            }
            b';' => {
                while i < b.len() && b[i] != b'\n' {
                    i += 1;
                }
                continue;
            }
            b'@' => {
                i += 1;
                if i < b.len() && b[i] == b'"' {
                    let (s, n) = lex_string(&b[i..]).map_err(|m| err(line, m))?;
                    i += n;
                    let name = String::from_utf8(s).map_err(|_| err(line, "name is not UTF-8".into()))?;
                    Tok::Name(name)
                } else {
                    while i < b.len() && (b[i].is_ascii_alphanumeric() || matches!(b[i], b'_' | b'.' | b'$')) {
                        i += 1;
                    }
                    if i == start + 1 {
                        return Err(err(line, "expected a name after `@`".into()));
                    }
                    Tok::Name(text[start + 1..i].to_string())
                }
            }
            b'"' => {
                let (s, n) = lex_string(&b[i..]).map_err(|m| err(line, m))?;
                i += n;
                Tok::Str(s)
            }
            b'0'..=b'9' => {
                if c == b'0' && i + 1 < b.len() && b[i + 1] == b'x' {
                    i += 2;
                    while i < b.len() && b[i].is_ascii_hexdigit() {
                        i += 1;
                    }
                    let value = u64::from_str_radix(&text[start + 2..i], 16)
                        .map_err(|_| err(line, format!("bad hex number `{}`", &text[start..i])))?;
                    Tok::Int { value, hex: true }
                } else {
                    while i < b.len() && b[i].is_ascii_digit() {
                        i += 1;
                    }
                    let mut float = false;
                    if i + 1 < b.len() && b[i] == b'.' && b[i + 1].is_ascii_digit() {
                        float = true;
                        i += 1;
                        while i < b.len() && b[i].is_ascii_digit() {
                            i += 1;
                        }
                    }
                    if i < b.len() && (b[i] == b'e' || b[i] == b'E') {
                        let mut j = i + 1;
                        if j < b.len() && (b[j] == b'-' || b[j] == b'+') {
                            j += 1;
                        }
                        if j < b.len() && b[j].is_ascii_digit() {
                            float = true;
                            i = j;
                            while i < b.len() && b[i].is_ascii_digit() {
                                i += 1;
                            }
                        }
                    }
                    if float {
                        Tok::Float(text[start..i].to_string())
                    } else {
                        let value = text[start..i]
                            .parse::<u64>()
                            .map_err(|_| err(line, format!("number `{}` out of range", &text[start..i])))?;
                        Tok::Int { value, hex: false }
                    }
                }
            }
            c if c.is_ascii_alphabetic() || c == b'_' => {
                while i < b.len() && (b[i].is_ascii_alphanumeric() || matches!(b[i], b'_' | b'.')) {
                    i += 1;
                }
                Tok::Ident(text[start..i].to_string())
            }
            b'-' if i + 1 < b.len() && b[i + 1] == b'>' => {
                i += 2;
                Tok::Arrow
            }
            b'(' | b')' | b'{' | b'}' | b'[' | b']' | b',' | b'=' | b':' | b'+' | b'-' | b'!' => {
                i += 1;
                Tok::Punct(c as char)
            }
            _ => {
                let ch = text[i..].chars().next().unwrap_or('?');
                return Err(err(line, format!("unexpected character `{ch}`")));
            }
        };
        out.push(Token { tok, line });
    }
    out.push(Token { tok: Tok::Eof, line });
    Ok(out)
}

/// Lexes a quoted string starting at `b[0] == '"'`; returns the bytes and the length consumed.
fn lex_string(b: &[u8]) -> Result<(Vec<u8>, usize), String> {
    let mut out = Vec::new();
    let mut i = 1;
    loop {
        match b.get(i) {
            None | Some(b'\n') => return Err("unterminated string".into()),
            Some(b'"') => return Ok((out, i + 1)),
            Some(b'\\') => {
                match b.get(i + 1) {
                    Some(b'n') => out.push(b'\n'),
                    Some(b't') => out.push(b'\t'),
                    Some(b'\\') => out.push(b'\\'),
                    Some(b'"') => out.push(b'"'),
                    Some(b'x') => {
                        let hex = b.get(i + 2..i + 4).ok_or("bad \\x escape")?;
                        let s = std::str::from_utf8(hex).map_err(|_| "bad \\x escape")?;
                        out.push(u8::from_str_radix(s, 16).map_err(|_| "bad \\x escape")?);
                        i += 2;
                    }
                    _ => return Err("unknown escape in string".into()),
                }
                i += 2;
            }
            Some(&c) => {
                out.push(c);
                i += 1;
            }
        }
    }
}

fn entity_number(ident: &str, prefix: &str) -> Option<u32> {
    let digits = ident.strip_prefix(prefix)?;
    if digits.is_empty() || !digits.bytes().all(|c| c.is_ascii_digit()) || (digits.len() > 1 && digits.starts_with('0'))
    {
        return None;
    }
    digits.parse().ok()
}

struct Parser {
    toks: Vec<Token>,
    pos: usize,
    decls: Decls,
    lines: SourceLines,
}

type PResult<T> = Result<T, ParseError>;

/// Per-function parsing state.
struct Body {
    f: FuncRef,
    func: Func,
    closure: Option<ClosureInfo>,
    block_declared: Vec<bool>,
    block_first_use: BTreeMap<u32, u32>,
    value_defined: Vec<bool>,
    value_first_use: BTreeMap<u32, u32>,
    /// Result values written for each instruction, typed after the whole body is read.
    pending: Vec<(Inst, Vec<Value>, u32)>,
    current: Option<Block>,
    slot_loop_refs: Vec<(Loop, u32)>,
    slot_refs: Vec<(Slot, u32)>,
}

impl Parser {
    fn peek(&self) -> &Tok {
        &self.toks[self.pos].tok
    }

    fn peek_at(&self, n: usize) -> &Tok {
        &self.toks[(self.pos + n).min(self.toks.len() - 1)].tok
    }

    fn line(&self) -> u32 {
        self.toks[self.pos].line
    }

    fn next(&mut self) -> Tok {
        let t = self.toks[self.pos].tok.clone();
        if self.pos + 1 < self.toks.len() {
            self.pos += 1;
        }
        t
    }

    fn err<T>(&self, message: impl Into<String>) -> PResult<T> {
        Err(ParseError { line: self.line(), message: message.into() })
    }

    fn unexpected<T>(&self, what: &str) -> PResult<T> {
        self.err(format!("expected {what}, found {}", self.peek()))
    }

    fn skip_newlines(&mut self) {
        while *self.peek() == Tok::Newline {
            self.next();
        }
    }

    fn is_punct(&self, c: char) -> bool {
        *self.peek() == Tok::Punct(c)
    }

    fn eat_punct(&mut self, c: char) -> bool {
        if self.is_punct(c) {
            self.next();
            true
        } else {
            false
        }
    }

    fn expect_punct(&mut self, c: char) -> PResult<()> {
        if self.eat_punct(c) {
            Ok(())
        } else {
            self.unexpected(&format!("`{c}`"))
        }
    }

    fn is_kw(&self, kw: &str) -> bool {
        matches!(self.peek(), Tok::Ident(s) if s == kw)
    }

    fn eat_kw(&mut self, kw: &str) -> bool {
        if self.is_kw(kw) {
            self.next();
            true
        } else {
            false
        }
    }

    fn expect_kw(&mut self, kw: &str) -> PResult<()> {
        if self.eat_kw(kw) {
            Ok(())
        } else {
            self.unexpected(&format!("`{kw}`"))
        }
    }

    fn expect_eol(&mut self) -> PResult<()> {
        match self.peek() {
            Tok::Newline => {
                self.next();
                Ok(())
            }
            Tok::Eof => Ok(()),
            _ => self.unexpected("end of line"),
        }
    }

    fn ident(&mut self, what: &str) -> PResult<String> {
        match self.peek().clone() {
            Tok::Ident(s) => {
                self.next();
                Ok(s)
            }
            _ => self.unexpected(what),
        }
    }

    fn name(&mut self) -> PResult<String> {
        match self.peek().clone() {
            Tok::Name(s) => {
                self.next();
                Ok(s)
            }
            _ => self.unexpected("a `@name`"),
        }
    }

    fn uint(&mut self, what: &str) -> PResult<u64> {
        match *self.peek() {
            Tok::Int { value, .. } => {
                self.next();
                Ok(value)
            }
            _ => self.unexpected(what),
        }
    }

    fn u32(&mut self, what: &str) -> PResult<u32> {
        let v = self.uint(what)?;
        u32::try_from(v).or_else(|_| self.err(format!("{what} {v} is too large")))
    }

    /// An integer with an optional leading `-`, as the bits of an `i64` (values up to
    /// `u64::MAX` wrap).
    fn sint(&mut self, what: &str) -> PResult<i64> {
        let neg = self.eat_punct('-');
        let v = self.uint(what)?;
        if neg {
            if v > 1u64 << 63 {
                return self.err(format!("{what} -{v} is out of range"));
            }
            Ok((v as i64).wrapping_neg())
        } else {
            Ok(v as i64)
        }
    }

    fn ty(&mut self) -> PResult<Type> {
        match self.peek() {
            Tok::Ident(s) => match Type::from_name(s) {
                Some(t) => {
                    self.next();
                    Ok(t)
                }
                None => self.unexpected("a type"),
            },
            _ => self.unexpected("a type"),
        }
    }

    fn entity(&mut self, prefix: &str, what: &str) -> PResult<u32> {
        match self.peek() {
            Tok::Ident(s) => match entity_number(s, prefix) {
                Some(n) => {
                    self.next();
                    Ok(n)
                }
                None => self.unexpected(what),
            },
            _ => self.unexpected(what),
        }
    }

    fn span(&mut self) -> PResult<Span> {
        let file = self.u32("a file number")?;
        self.expect_punct(':')?;
        let lo = self.u32("a byte offset")?;
        self.expect_punct('-')?;
        let hi = self.u32("a byte offset")?;
        if lo > hi {
            return self.err(format!("span {file}:{lo}-{hi} ends before it starts"));
        }
        Ok(Span::new(FileId(file), lo, hi))
    }

    fn signature(&mut self) -> PResult<Signature> {
        self.expect_punct('(')?;
        let mut sig = Signature::default();
        if !self.is_punct(')') {
            loop {
                sig.params.push(self.ty()?);
                if !self.eat_punct(',') {
                    break;
                }
            }
        }
        self.expect_punct(')')?;
        if *self.peek() == Tok::Arrow {
            self.next();
            loop {
                sig.returns.push(self.ty()?);
                if !self.eat_punct(',') {
                    break;
                }
            }
        }
        Ok(sig)
    }

    fn linkage(&mut self) -> Linkage {
        if self.eat_kw("export") {
            Linkage::Export
        } else if self.eat_kw("import") {
            Linkage::Import
        } else {
            Linkage::Local
        }
    }

    fn func_ref(&mut self) -> PResult<FuncRef> {
        let line = self.line();
        let name = self.name()?;
        match self.decls.lookup(&name) {
            Some(Symbol::Func(f)) => Ok(f),
            Some(Symbol::Global(_)) => {
                Err(ParseError { line, message: format!("@{name} is a global, not a function") })
            }
            None => Err(ParseError { line, message: format!("unknown function @{name}") }),
        }
    }

    fn global_ref(&mut self) -> PResult<Global> {
        let line = self.line();
        let name = self.name()?;
        match self.decls.lookup(&name) {
            Some(Symbol::Global(g)) => Ok(g),
            Some(Symbol::Func(_)) => Err(ParseError { line, message: format!("@{name} is a function, not a global") }),
            None => Err(ParseError { line, message: format!("unknown global @{name}") }),
        }
    }

    /// Pass 1: declare every symbol.
    fn declare_pass(&mut self) -> PResult<()> {
        loop {
            self.skip_newlines();
            let line = self.line();
            match self.peek().clone() {
                Tok::Eof => return Ok(()),
                Tok::Ident(kw) if kw == "global" => {
                    self.next();
                    let name = self.name()?;
                    let g = self
                        .decls
                        .declare_global(GlobalData::zeroed(name, 0, 1))
                        .map_err(|e| ParseError { line, message: e.to_string() })?;
                    self.lines.globals.insert(g, line);
                    while !matches!(self.peek(), Tok::Newline | Tok::Eof) {
                        self.next();
                    }
                }
                Tok::Ident(kw) if kw == "declare" => {
                    self.next();
                    let name = self.name()?;
                    let sig = self.signature()?;
                    self.expect_eol()?;
                    let decl = FuncDecl { name, sig, linkage: Linkage::Import, closure: None };
                    let f = self.decls.declare_func(decl).map_err(|e| ParseError { line, message: e.to_string() })?;
                    self.lines.funcs.insert(f, line);
                }
                Tok::Ident(kw) if kw == "func" => {
                    self.next();
                    let name = self.name()?;
                    let sig = self.signature()?;
                    let linkage = self.linkage();
                    if linkage == Linkage::Import {
                        return self.err("a `func` with a body cannot be `import`; use `declare`");
                    }
                    self.eat_kw("noinline");
                    self.eat_kw("srclocs");
                    self.expect_punct('{')?;
                    let decl = FuncDecl { name, sig, linkage, closure: None };
                    let f = self.decls.declare_func(decl).map_err(|e| ParseError { line, message: e.to_string() })?;
                    self.lines.funcs.insert(f, line);
                    loop {
                        match self.next() {
                            Tok::Punct('}') => break,
                            Tok::Eof => return Err(ParseError { line, message: "function body is not closed".into() }),
                            _ => {}
                        }
                    }
                }
                _ => return self.unexpected("`global`, `declare` or `func`"),
            }
        }
    }

    /// Pass 2: global contents and function bodies.
    fn define_pass(&mut self) -> PResult<Vec<(FuncRef, Func)>> {
        let mut bodies = Vec::new();
        let mut next_global = 0usize;
        let mut next_func = 0usize;
        loop {
            self.skip_newlines();
            match self.peek().clone() {
                Tok::Eof => return Ok(bodies),
                Tok::Ident(kw) if kw == "global" => {
                    let g = Global::new(next_global);
                    next_global += 1;
                    self.global_def(g)?;
                }
                Tok::Ident(kw) if kw == "declare" => {
                    next_func += 1;
                    while !matches!(self.peek(), Tok::Newline | Tok::Eof) {
                        self.next();
                    }
                }
                Tok::Ident(_) => {
                    let f = FuncRef::new(next_func);
                    next_func += 1;
                    let body = self.func_def(f)?;
                    bodies.push((f, body));
                }
                _ => return self.unexpected("`global`, `declare` or `func`"),
            }
        }
    }

    fn global_def(&mut self, g: Global) -> PResult<()> {
        self.expect_kw("global")?;
        let name = self.name()?;
        self.expect_kw("size")?;
        let size = self.u32("a size")?;
        self.expect_kw("align")?;
        let align = self.u32("an alignment")?;
        let readonly = self.eat_kw("readonly");
        let linkage = self.linkage();
        let mut init = Vec::new();
        if self.eat_punct('=') {
            self.expect_punct('{')?;
            loop {
                if self.eat_punct('}') {
                    break;
                }
                let off = self.u32("an offset")?;
                self.expect_punct(':')?;
                let item = match self.peek().clone() {
                    Tok::Str(s) => {
                        self.next();
                        DataValue::Bytes(s)
                    }
                    Tok::Ident(kw) if kw == "addr" => {
                        self.next();
                        let line = self.line();
                        let target = self.name()?;
                        match self.decls.lookup(&target) {
                            Some(Symbol::Func(f)) => DataValue::FuncAddr(f),
                            Some(Symbol::Global(t)) => {
                                let add = if self.eat_punct('+') {
                                    self.uint("an addend")? as i64
                                } else if self.eat_punct('-') {
                                    (self.uint("an addend")? as i64).wrapping_neg()
                                } else {
                                    0
                                };
                                DataValue::GlobalAddr(t, add)
                            }
                            None => return Err(ParseError { line, message: format!("unknown symbol @{target}") }),
                        }
                    }
                    _ => {
                        let ty = self.ty()?;
                        if !ty.is_int() {
                            return self.err("data items are strings, integers or `addr`");
                        }
                        let v = self.sint("an integer")?;
                        DataValue::Int(ty, ty.normalize_imm(v))
                    }
                };
                init.push((off, item));
                if !self.eat_punct(',') {
                    self.expect_punct('}')?;
                    break;
                }
            }
        }
        self.expect_eol()?;
        self.decls.globals[g] = GlobalData { name, size, align, readonly, linkage, init };
        Ok(())
    }

    fn func_def(&mut self, f: FuncRef) -> PResult<Func> {
        self.expect_kw("func")?;
        self.name()?;
        self.signature()?;
        self.linkage();
        let noinline = self.eat_kw("noinline");
        let require_srclocs = self.eat_kw("srclocs");
        self.expect_punct('{')?;
        self.expect_eol()?;
        let mut b = Body {
            f,
            func: Func { require_srclocs, noinline, ..Func::default() },
            closure: None,
            block_declared: Vec::new(),
            block_first_use: BTreeMap::new(),
            value_defined: Vec::new(),
            value_first_use: BTreeMap::new(),
            pending: Vec::new(),
            current: None,
            slot_loop_refs: Vec::new(),
            slot_refs: Vec::new(),
        };
        loop {
            self.skip_newlines();
            let line = self.line();
            let tok = self.peek().clone();
            match tok {
                Tok::Punct('}') => {
                    self.next();
                    self.expect_eol()?;
                    break;
                }
                Tok::Eof => return self.err("function body is not closed"),
                Tok::Ident(ref s) if s == "closure" => self.closure_line(&mut b, line)?,
                Tok::Ident(ref s) if *self.peek_at(1) == Tok::Punct('=') && entity_number(s, "env").is_some() => {
                    self.env_line(&mut b)?
                }
                Tok::Ident(ref s) if *self.peek_at(1) == Tok::Punct('=') && entity_number(s, "ss").is_some() => {
                    self.slot_line(&mut b, line)?
                }
                Tok::Ident(ref s) if *self.peek_at(1) == Tok::Punct('=') && entity_number(s, "loop").is_some() => {
                    self.loop_line(&mut b, line)?
                }
                Tok::Ident(ref s) if *self.peek_at(1) == Tok::Punct('=') && entity_number(s, "sig").is_some() => {
                    self.sig_line(&mut b)?
                }
                Tok::Ident(ref s) if entity_number(s, "block").is_some() => self.block_header(&mut b, line)?,
                _ => self.inst_line(&mut b, line)?,
            }
        }
        self.finish_body(b)
    }

    fn closure_line(&mut self, b: &mut Body, line: u32) -> PResult<()> {
        self.expect_kw("closure")?;
        if b.closure.is_some() {
            return self.err("duplicate `closure` line");
        }
        let parent = self.func_ref()?;
        let range_body =
            if self.eat_kw("range_body") { Some(Loop::from_u32(self.entity("loop", "a loop")?)) } else { None };
        self.expect_eol()?;
        b.closure = Some(ClosureInfo { parent, range_body, captures: Vec::new() });
        self.lines.closures.insert(b.f, line);
        Ok(())
    }

    fn env_line(&mut self, b: &mut Body) -> PResult<()> {
        let n = self.entity("env", "a capture")?;
        self.expect_punct('=')?;
        let Some(c) = b.closure.as_mut() else {
            return self.err("`env` lines need a `closure` line first");
        };
        if n as usize != c.captures.len() {
            return self.err(format!("expected env{}", c.captures.len()));
        }
        let mode = match self.ident("`ref` or `val`")?.as_str() {
            "ref" => CaptureMode::ByRef,
            "val" => CaptureMode::ByVal,
            _ => return self.err("expected `ref` or `val`"),
        };
        let name = self.string("the variable's name")?;
        self.expect_kw("size")?;
        let size = self.u32("a size")?;
        self.expect_kw("align")?;
        let align = self.u32("an alignment")?;
        let slot = if self.eat_kw("from") { Some(Slot::from_u32(self.entity("ss", "a slot")?)) } else { None };
        self.expect_eol()?;
        let c = b.closure.as_mut().expect("invariant: checked above");
        c.captures.push(Capture { name, mode, size, align, slot });
        Ok(())
    }

    fn string(&mut self, what: &str) -> PResult<String> {
        match self.peek().clone() {
            Tok::Str(s) => {
                self.next();
                String::from_utf8(s).or_else(|_| self.err(format!("{what} is not UTF-8")))
            }
            _ => self.unexpected(what),
        }
    }

    fn placement(&mut self) -> Placement {
        if self.eat_kw("stack") {
            Placement::Stack
        } else if self.eat_kw("heap") {
            Placement::Heap
        } else {
            Placement::Undecided
        }
    }

    fn slot_line(&mut self, b: &mut Body, line: u32) -> PResult<()> {
        let n = self.entity("ss", "a slot")?;
        if n as usize != b.func.slots.len() {
            return self.err(format!("expected ss{}", b.func.slots.len()));
        }
        self.expect_punct('=')?;
        self.expect_kw("slot")?;
        let name = self.string("the variable's name")?;
        self.expect_kw("size")?;
        let size = self.u32("a size")?;
        self.expect_kw("align")?;
        let align = self.u32("an alignment")?;
        let mut data = SlotData::new(name, size, align, Span::default());
        if self.eat_kw("decl") {
            data.decl = self.span()?;
        }
        if self.eat_kw("loop") {
            let l = Loop::from_u32(self.entity("loop", "a loop")?);
            b.slot_loop_refs.push((l, line));
            data.lp = Some(l);
        }
        data.placement = self.placement();
        self.expect_eol()?;
        let ss = b.func.slots.push(data);
        self.lines.slots.insert((b.f, ss), line);
        Ok(())
    }

    fn loop_line(&mut self, b: &mut Body, line: u32) -> PResult<()> {
        let n = self.entity("loop", "a loop")?;
        if n as usize != b.func.loops.len() {
            return self.err(format!("expected loop{}", b.func.loops.len()));
        }
        self.expect_punct('=')?;
        let kind_name = self.ident("a loop kind")?;
        let Some(kind) = LoopKind::from_name(&kind_name) else {
            return self.err(format!("unknown loop kind `{kind_name}`"));
        };
        let mut data = LoopData::new(kind, Span::default());
        data.distinct = self.eat_kw("distinct");
        if self.eat_kw("for") {
            data.for_span = self.span()?;
        }
        if self.eat_kw("range") {
            data.range_span = self.span()?;
        }
        if self.eat_kw("end") {
            data.end = self.span()?;
        }
        if self.eat_kw("parent") {
            let l = Loop::from_u32(self.entity("loop", "a loop")?);
            b.slot_loop_refs.push((l, line));
            data.parent = Some(l);
        }
        if self.eat_kw("vars") {
            self.expect_punct('(')?;
            if !self.is_punct(')') {
                loop {
                    let s = Slot::from_u32(self.entity("ss", "a slot")?);
                    b.slot_refs.push((s, line));
                    data.vars.push(s);
                    if !self.eat_punct(',') {
                        break;
                    }
                }
            }
            self.expect_punct(')')?;
        }
        if self.eat_kw("body") {
            data.body = Some(self.func_ref()?);
        }
        self.expect_eol()?;
        let l = b.func.loops.push(data);
        self.lines.loops.insert((b.f, l), line);
        Ok(())
    }

    fn sig_line(&mut self, b: &mut Body) -> PResult<()> {
        let n = self.entity("sig", "a signature")?;
        if n as usize != b.func.dfg.sigs.len() {
            return self.err(format!("expected sig{}", b.func.dfg.sigs.len()));
        }
        self.expect_punct('=')?;
        let sig = self.signature()?;
        self.expect_eol()?;
        b.func.dfg.sigs.push(sig);
        Ok(())
    }

    fn block_ref(&mut self, b: &mut Body) -> PResult<Block> {
        let line = self.line();
        let n = self.entity("block", "a block")?;
        Ok(self.ensure_block(b, n, line))
    }

    fn ensure_block(&mut self, b: &mut Body, n: u32, line: u32) -> Block {
        while b.func.dfg.blocks.len() <= n as usize {
            b.func.dfg.make_block();
            b.block_declared.push(false);
        }
        b.block_first_use.entry(n).or_insert(line);
        Block::from_u32(n)
    }

    fn value_num(&mut self, b: &mut Body, n: u32) -> Value {
        while b.func.dfg.values.len() <= n as usize {
            b.func.dfg.make_unassigned_value();
            b.value_defined.push(false);
        }
        Value::from_u32(n)
    }

    fn value_use(&mut self, b: &mut Body) -> PResult<Value> {
        let line = self.line();
        let n = self.entity("v", "a value")?;
        b.value_first_use.entry(n).or_insert(line);
        Ok(self.value_num(b, n))
    }

    fn value_def(&mut self, b: &mut Body) -> PResult<Value> {
        let n = self.entity("v", "a value")?;
        let v = self.value_num(b, n);
        if b.value_defined[n as usize] {
            return self.err(format!("value v{n} is defined twice"));
        }
        b.value_defined[n as usize] = true;
        Ok(v)
    }

    fn block_header(&mut self, b: &mut Body, line: u32) -> PResult<()> {
        let n = self.entity("block", "a block")?;
        let block = self.ensure_block(b, n, line);
        if b.block_declared[n as usize] {
            return self.err(format!("block{n} is defined twice"));
        }
        b.block_declared[n as usize] = true;
        b.func.layout.append_block(block);
        if self.eat_punct('(') {
            if !self.is_punct(')') {
                loop {
                    let v = self.value_def(b)?;
                    self.expect_punct(':')?;
                    let ty = self.ty()?;
                    b.func.dfg.attach_block_param(block, v, ty);
                    if !self.eat_punct(',') {
                        break;
                    }
                }
            }
            self.expect_punct(')')?;
        }
        self.expect_punct(':')?;
        self.expect_eol()?;
        b.current = Some(block);
        self.lines.blocks.insert((b.f, block), line);
        Ok(())
    }

    fn value_list(&mut self, b: &mut Body, close: char) -> PResult<ValueList> {
        let mut out = ValueList::new();
        if !self.is_punct(close) {
            loop {
                out.push(self.value_use(b)?);
                if !self.eat_punct(',') {
                    break;
                }
            }
        }
        self.expect_punct(close)?;
        Ok(out)
    }

    fn block_call(&mut self, b: &mut Body) -> PResult<BlockCall> {
        let block = self.block_ref(b)?;
        let args = if self.eat_punct('(') { self.value_list(b, ')')? } else { ValueList::new() };
        Ok(BlockCall { block, args })
    }

    fn offset(&mut self) -> PResult<i32> {
        let neg = if self.eat_punct('+') {
            false
        } else if self.eat_punct('-') {
            true
        } else {
            return Ok(0);
        };
        let v = self.uint("an offset")? as i64;
        let v = if neg { -v } else { v };
        i32::try_from(v).or_else(|_| self.err(format!("offset {v} is out of range")))
    }

    fn site(&mut self, b: &mut Body, line: u32) -> PResult<Site> {
        let mut site = Site::default();
        loop {
            if self.eat_kw("in") {
                let l = Loop::from_u32(self.entity("loop", "a loop")?);
                b.slot_loop_refs.push((l, line));
                site.lp = Some(l);
            } else if self.eat_kw("in_return") {
                site.in_return = true;
            } else {
                return Ok(site);
            }
        }
    }

    fn two_values(&mut self, b: &mut Body) -> PResult<[Value; 2]> {
        let a = self.value_use(b)?;
        self.expect_punct(',')?;
        Ok([a, self.value_use(b)?])
    }

    fn float_imm(&mut self, ty: Type) -> PResult<u64> {
        let neg = self.eat_punct('-');
        let x: f64 = match self.next() {
            Tok::Int { value, hex: true } if !neg => return Ok(value),
            Tok::Int { value, hex: false } => value as f64,
            Tok::Float(s) => match s.parse::<f64>() {
                Ok(x) => x,
                Err(_) => return self.err(format!("bad float `{s}`")),
            },
            Tok::Ident(s) if s == "inf" => f64::INFINITY,
            Tok::Ident(s) if s == "NaN" => f64::NAN,
            t => return self.err(format!("expected a float, found {t}")),
        };
        let x = if neg { -x } else { x };
        Ok(if ty == Type::F32 { u64::from((x as f32).to_bits()) } else { x.to_bits() })
    }

    fn inst_line(&mut self, b: &mut Body, line: u32) -> PResult<()> {
        let Some(block) = b.current else {
            return self.unexpected("a block header or preamble line");
        };
        let mut results = Vec::new();
        if matches!(self.peek(), Tok::Ident(s) if entity_number(s, "v").is_some()) {
            loop {
                results.push(self.value_def(b)?);
                if !self.eat_punct(',') {
                    break;
                }
            }
            self.expect_punct('=')?;
        }
        let full = self.ident("an opcode")?;
        let (opname, suffix) = match full.split_once('.') {
            Some((o, s)) => (o, Some(s)),
            None => (full.as_str(), None),
        };
        let Some(op) = Opcode::from_name(opname) else {
            return self.err(format!("unknown opcode `{opname}`"));
        };
        let suffix_ty = |p: &Parser| -> PResult<Type> {
            match suffix.and_then(Type::from_name) {
                Some(t) => Ok(t),
                None => p.err(format!("`{opname}` needs a type suffix like `{opname}.i64`")),
            }
        };
        let wants_suffix = matches!(op, Opcode::Iconst | Opcode::Fconst | Opcode::Load) || op.is_conversion();
        if suffix.is_some() && !wants_suffix && !(op == Opcode::SlotAddr && suffix == Some("addrof")) {
            return self.err(format!("`{opname}` takes no suffix"));
        }
        let data = match op {
            Opcode::Iconst => {
                let ty = suffix_ty(self)?;
                let imm = self.sint("an integer")?;
                InstData::IntConst { ty, imm: ty.normalize_imm(imm) }
            }
            Opcode::Fconst => {
                let ty = suffix_ty(self)?;
                if !ty.is_float() {
                    return self.err("`fconst` needs `f32` or `f64`");
                }
                InstData::FloatConst { ty, bits: self.float_imm(ty)? }
            }
            Opcode::Neg | Opcode::Not | Opcode::Fneg | Opcode::DeferFrame | Opcode::DeferRun => {
                InstData::Unary { op, arg: self.value_use(b)? }
            }
            Opcode::Icmp => {
                let cc = self.ident("a condition code")?;
                let Some(cond) = IntCC::from_name(&cc) else { return self.err(format!("unknown condition `{cc}`")) };
                InstData::IntCompare { cond, args: self.two_values(b)? }
            }
            Opcode::Fcmp => {
                let cc = self.ident("a condition code")?;
                let Some(cond) = FloatCC::from_name(&cc) else { return self.err(format!("unknown condition `{cc}`")) };
                InstData::FloatCompare { cond, args: self.two_values(b)? }
            }
            _ if op.is_int_binary() || op.is_float_binary() || matches!(op, Opcode::PtrAdd | Opcode::DeferPush) => {
                InstData::Binary { op, args: self.two_values(b)? }
            }
            _ if op.is_conversion() => {
                let ty = suffix_ty(self)?;
                InstData::Convert { op, ty, arg: self.value_use(b)? }
            }
            Opcode::Select => {
                let [c, x] = self.two_values(b)?;
                self.expect_punct(',')?;
                InstData::Select { args: [c, x, self.value_use(b)?] }
            }
            Opcode::Load => {
                let ty = suffix_ty(self)?;
                let ptr = self.value_use(b)?;
                InstData::Load { ty, ptr, offset: self.offset()? }
            }
            Opcode::Store => {
                let args = self.two_values(b)?;
                InstData::Store { args, offset: self.offset()? }
            }
            Opcode::Memcpy => {
                let args = self.two_values(b)?;
                self.expect_punct(',')?;
                InstData::MemCopy { args, size: self.u32("a size")? }
            }
            Opcode::Memzero => {
                let ptr = self.value_use(b)?;
                self.expect_punct(',')?;
                InstData::MemZero { ptr, size: self.u32("a size")? }
            }
            Opcode::Alloc => {
                let size = self.u32("a size")?;
                self.expect_punct(',')?;
                self.expect_kw("align")?;
                let align = self.u32("an alignment")?;
                let nullable = self.eat_punct(',');
                if nullable {
                    self.expect_kw("nullable")?;
                }
                InstData::Alloc { size, align, nullable, placement: self.placement() }
            }
            Opcode::GlobalAddr => InstData::GlobalAddr { global: self.global_ref()? },
            Opcode::FuncAddr => InstData::FuncAddr { func: self.func_ref()? },
            Opcode::SlotStart | Opcode::SlotRenew => {
                let slot = Slot::from_u32(self.entity("ss", "a slot")?);
                b.slot_refs.push((slot, line));
                InstData::SlotOp { op, slot }
            }
            Opcode::SlotAddr => {
                let addrof = suffix == Some("addrof");
                let slot = Slot::from_u32(self.entity("ss", "a slot")?);
                b.slot_refs.push((slot, line));
                let site = if addrof { self.site(b, line)? } else { Site::default() };
                InstData::SlotAddr { slot, addrof, site }
            }
            Opcode::EnvAddr => {
                let ctx = self.value_use(b)?;
                self.expect_punct(',')?;
                InstData::EnvAddr { ctx, index: self.u32("a capture index")? }
            }
            Opcode::Call => {
                let func = self.func_ref()?;
                self.expect_punct('(')?;
                InstData::Call { func, args: self.value_list(b, ')')? }
            }
            Opcode::CallIndirect | Opcode::CallClosure => {
                let n = self.entity("sig", "a signature")?;
                if n as usize >= b.func.dfg.sigs.len() {
                    return self.err(format!("unknown signature sig{n}"));
                }
                self.expect_punct(',')?;
                let callee = self.value_use(b)?;
                self.expect_punct('(')?;
                InstData::CallIndirect { op, sig: SigRef::from_u32(n), callee, args: self.value_list(b, ')')? }
            }
            Opcode::MakeClosure => {
                let func = self.func_ref()?;
                self.expect_punct('(')?;
                let args = self.value_list(b, ')')?;
                let placement = self.placement();
                InstData::MakeClosure { func, args, placement, site: self.site(b, line)? }
            }
            Opcode::LoopNext | Opcode::LoopExit => {
                let lp = Loop::from_u32(self.entity("loop", "a loop")?);
                b.slot_loop_refs.push((lp, line));
                InstData::LoopMarker { op, lp }
            }
            Opcode::Jump => InstData::Jump { dest: self.block_call(b)? },
            Opcode::Brif => {
                let cond = self.value_use(b)?;
                self.expect_punct(',')?;
                let t = self.block_call(b)?;
                self.expect_punct(',')?;
                InstData::Brif { cond, dests: [t, self.block_call(b)?] }
            }
            Opcode::BrTable => {
                let index = self.value_use(b)?;
                self.expect_punct(',')?;
                let default = self.block_call(b)?;
                self.expect_punct(',')?;
                self.expect_punct('[')?;
                let mut table = Vec::new();
                if !self.is_punct(']') {
                    loop {
                        table.push(self.block_call(b)?);
                        if !self.eat_punct(',') {
                            break;
                        }
                    }
                }
                self.expect_punct(']')?;
                InstData::BrTable { index, default, table }
            }
            Opcode::Return => {
                let mut args = ValueList::new();
                if !matches!(self.peek(), Tok::Newline | Tok::Eof | Tok::Punct('!')) {
                    loop {
                        args.push(self.value_use(b)?);
                        if !self.eat_punct(',') {
                            break;
                        }
                    }
                }
                InstData::Return { args }
            }
            Opcode::Unreachable => InstData::Unreachable,
            Opcode::FrameAddr | Opcode::CallerFrame => InstData::Nullary { op },
            Opcode::Trap => InstData::Trap { code: self.u32("a trap code")? },
            _ => return self.err(format!("unhandled opcode `{opname}`")),
        };
        let span = if self.eat_punct('!') { self.span()? } else { Span::default() };
        self.expect_eol()?;
        let inst = b.func.dfg.make_inst(data);
        b.func.layout.append_inst(inst, block);
        b.func.srclocs[inst] = span;
        self.lines.insts.insert((b.f, inst), line);
        b.pending.push((inst, results, line));
        Ok(())
    }

    fn finish_body(&mut self, mut b: Body) -> PResult<Func> {
        for (&n, &line) in &b.block_first_use {
            if !b.block_declared[n as usize] {
                return Err(ParseError { line, message: format!("block{n} is used but never defined") });
            }
        }
        for (&n, &line) in &b.value_first_use {
            if !b.value_defined[n as usize] {
                return Err(ParseError { line, message: format!("value v{n} is used but never defined") });
            }
        }
        for &(l, line) in &b.slot_loop_refs {
            if l.index() >= b.func.loops.len() {
                return Err(ParseError { line, message: format!("unknown loop {l}") });
            }
        }
        for &(s, line) in &b.slot_refs {
            if s.index() >= b.func.slots.len() {
                return Err(ParseError { line, message: format!("unknown slot {s}") });
            }
        }
        // Type the results. A result's type may depend on operand types (`iadd`), and an
        // operand may be defined further down the text, so iterate until nothing changes.
        let mut pending = std::mem::take(&mut b.pending);
        while !pending.is_empty() {
            let before = pending.len();
            let mut rest = Vec::new();
            for (inst, results, line) in pending {
                let data = &b.func.dfg.insts[inst];
                if !type_operands(data).iter().all(|&v| b.func.dfg.value_def(v) != ValueDef::Unassigned) {
                    rest.push((inst, results, line));
                    continue;
                }
                let tys = b.func.dfg.result_types(data, &self.decls);
                if tys.len() != results.len() {
                    let op = data.opcode();
                    return Err(ParseError {
                        line,
                        message: format!("`{op}` has {} result(s), {} written", tys.len(), results.len()),
                    });
                }
                for (v, ty) in results.into_iter().zip(tys) {
                    b.func.dfg.attach_result(inst, v, ty);
                }
            }
            if rest.len() == before {
                let line = rest.first().map_or(0, |r| r.2);
                return Err(ParseError {
                    line,
                    message: "cannot infer result types: values defined in a cycle".into(),
                });
            }
            pending = rest;
        }
        if let Some(c) = b.closure {
            self.decls.funcs[b.f].closure = Some(c);
        }
        Ok(b.func)
    }
}

/// Operands whose types determine the instruction's result types.
fn type_operands(data: &InstData) -> Vec<Value> {
    match data {
        InstData::Unary { op, arg } if !matches!(op, Opcode::DeferFrame | Opcode::DeferRun) => vec![*arg],
        InstData::Binary { op, args } if !matches!(op, Opcode::PtrAdd | Opcode::DeferPush) => vec![args[0]],
        InstData::Select { args } => vec![args[1]],
        _ => Vec::new(),
    }
}
