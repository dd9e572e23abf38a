//! The abstract syntax tree of loopc's Go subset.
//!
//! The tree mirrors Go's `cmd/compile/internal/syntax` closely enough that positions and
//! error wording can match gc. Every expression and statement carries a [`NodeId`] (dense,
//! unique within one parsed file, allocated in source order) so later stages can key side
//! tables — types, constant values, resolved objects — by node without pointers into the tree.
//!
//! Position conventions (they decide where diagnostics are reported, so they follow gc):
//! - `Expr::span` covers the whole expression. Binary expressions also record the operator's
//!   span (`op_span`), because gc reports many operand errors at the operator.
//! - `Stmt::span` covers the whole statement, starting at its keyword (or first expression).
//! - Identifiers carry their own span; a declared name's position is its identifier's start.
//!
//! The parser never fails outright: after a syntax error it records the diagnostic and
//! builds `ExprKind::Bad` / `StmtKind::Bad` nodes so the tree stays well formed.

use loopc_span::Span;

/// Identity of an expression, statement, declaration or identifier node within one file.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct NodeId(pub u32);

/// A name with its position.
#[derive(Clone, Debug, PartialEq)]
pub struct Ident {
    /// The node id of this occurrence.
    pub id: NodeId,
    /// The name (`_` for the blank identifier).
    pub name: String,
    /// Where the name is written.
    pub span: Span,
}

impl Ident {
    /// Whether this is the blank identifier `_`.
    pub fn is_blank(&self) -> bool {
        self.name == "_"
    }
}

/// One source file.
#[derive(Clone, Debug, PartialEq)]
pub struct File {
    /// The `package` clause's name.
    pub package: Ident,
    /// The span of the `package` keyword.
    pub package_span: Span,
    /// `//go:build` constraint text (after `//go:build `), if the file has one before `package`.
    pub go_build: Option<(String, Span)>,
    /// Import declarations, in order.
    pub imports: Vec<ImportSpec>,
    /// Top-level declarations other than imports, in order.
    pub decls: Vec<Decl>,
    /// One past the last node id allocated while parsing this file.
    pub node_count: u32,
    /// The whole file.
    pub span: Span,
}

/// `import name "path"`.
#[derive(Clone, Debug, PartialEq)]
pub struct ImportSpec {
    /// Node id of the spec.
    pub id: NodeId,
    /// Explicit local name (`.`, `_` or an identifier).
    pub name: Option<Ident>,
    /// The unquoted import path.
    pub path: String,
    /// Span of the quoted path literal.
    pub path_span: Span,
    /// The whole spec.
    pub span: Span,
}

/// A top-level or local declaration.
// The AST's shape is a contract with the checker: variants stay unboxed.
#[allow(clippy::large_enum_variant)]
#[derive(Clone, Debug, PartialEq)]
pub enum Decl {
    /// `func name(...) ...` or a method.
    Func(FuncDecl),
    /// `var`, `const` or `type` declaration (possibly grouped).
    Gen(GenDecl),
}

/// `func (recv) name[T any](params) results { body }`.
#[derive(Clone, Debug, PartialEq)]
pub struct FuncDecl {
    /// Node id of the declaration.
    pub id: NodeId,
    /// The receiver parameter, for methods.
    pub recv: Option<Field>,
    /// The function's name.
    pub name: Ident,
    /// Type parameters (`[T any, U comparable]`).
    pub type_params: Vec<Field>,
    /// The signature.
    pub sig: FuncType,
    /// The body; `None` for a declaration without body.
    pub body: Option<Block>,
    /// From the `func` keyword to the end of the body.
    pub span: Span,
    /// The `//go:` and `//loopc:` directives before the declaration (since the previous
    /// declaration or statement, each alone on its line, as gc's pragmas): the comment text
    /// without `//` (`loopc:libc write`) and the comment's span.
    pub directives: Vec<(String, Span)>,
}

/// `var`, `const` or `type`, with its specs.
#[derive(Clone, Debug, PartialEq)]
pub struct GenDecl {
    /// Node id of the declaration.
    pub id: NodeId,
    /// What is declared.
    pub kind: GenKind,
    /// The specs, in order.
    pub specs: Vec<Spec>,
    /// Whether the specs were written in a parenthesized group.
    pub grouped: bool,
    /// From the keyword to the end.
    pub span: Span,
}

/// The keyword of a [`GenDecl`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GenKind {
    /// `var`
    Var,
    /// `const`
    Const,
    /// `type`
    Type,
}

/// One spec of a [`GenDecl`].
#[derive(Clone, Debug, PartialEq)]
pub enum Spec {
    /// `a, b T = x, y` in a `var` or `const` declaration.
    Value(ValueSpec),
    /// `Name[T any] U` or `Name = U`.
    Type(TypeSpec),
}

/// Names, optional type and values of a `var` or `const` spec.
#[derive(Clone, Debug, PartialEq)]
pub struct ValueSpec {
    /// Node id of the spec.
    pub id: NodeId,
    /// The declared names.
    pub names: Vec<Ident>,
    /// The declared type, if written.
    pub ty: Option<Expr>,
    /// The initializers as written. A `const` spec without values repeats the previous
    /// spec's type and values (the checker does that, using `iota`).
    pub values: Vec<Expr>,
    /// For `const`: the spec's index in its group (the value of `iota`).
    pub iota: u32,
    /// The whole spec.
    pub span: Span,
}

/// `type Name[T any] U` / `type Name = U`.
#[derive(Clone, Debug, PartialEq)]
pub struct TypeSpec {
    /// Node id of the spec.
    pub id: NodeId,
    /// The declared name.
    pub name: Ident,
    /// Type parameters.
    pub type_params: Vec<Field>,
    /// Whether this is an alias (`=`).
    pub alias: bool,
    /// The type expression.
    pub ty: Expr,
    /// The whole spec.
    pub span: Span,
}

/// A parameter, result, receiver, type parameter or struct field group: `a, b T`.
/// Unnamed parameters and embedded struct fields have no names.
#[derive(Clone, Debug, PartialEq)]
pub struct Field {
    /// Node id of the field group.
    pub id: NodeId,
    /// The names (empty for unnamed parameters and embedded fields).
    pub names: Vec<Ident>,
    /// The type (a constraint for type parameters). For a variadic parameter this is an
    /// [`ExprKind::DotsType`].
    pub ty: Expr,
    /// Struct field tag (raw literal text), if any.
    pub tag: Option<String>,
    /// The whole field.
    pub span: Span,
}

/// A function signature.
#[derive(Clone, Debug, PartialEq)]
pub struct FuncType {
    /// Parameters.
    pub params: Vec<Field>,
    /// Results (named or not).
    pub results: Vec<Field>,
    /// From `func` (or the `(` of the parameters for declarations) to the end of results.
    pub span: Span,
}

/// A braced statement list.
#[derive(Clone, Debug, PartialEq)]
pub struct Block {
    /// Node id of the block.
    pub id: NodeId,
    /// The statements.
    pub stmts: Vec<Stmt>,
    /// The `{`.
    pub lbrace: Span,
    /// The `}`.
    pub rbrace: Span,
}

/// An expression (or a type, which Go parses as an expression).
#[derive(Clone, Debug, PartialEq)]
pub struct Expr {
    /// Node id.
    pub id: NodeId,
    /// The whole expression.
    pub span: Span,
    /// What it is.
    pub kind: ExprKind,
}

/// Kinds of literal tokens.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LitKind {
    /// `42`, `0x2a`, `1_000`
    Int,
    /// `1.5`, `1e9`, `0x1p-2`
    Float,
    /// `2i`
    Imag,
    /// `'a'`
    Rune,
    /// `"a"` or `` `a` ``
    String,
}

/// Unary operators.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum UnaryOp {
    /// `+x`
    Plus,
    /// `-x`
    Neg,
    /// `!x`
    Not,
    /// `^x`
    BitNot,
    /// `&x`
    Addr,
    /// `<-x`
    Recv,
    /// `~T` in a constraint
    Tilde,
}

/// Binary operators (also the operator of `op=` assignments).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BinaryOp {
    /// `||`
    OrOr,
    /// `&&`
    AndAnd,
    /// `==`
    Eq,
    /// `!=`
    Ne,
    /// `<`
    Lt,
    /// `<=`
    Le,
    /// `>`
    Gt,
    /// `>=`
    Ge,
    /// `+`
    Add,
    /// `-`
    Sub,
    /// `|` (also unions in constraints)
    Or,
    /// `^`
    Xor,
    /// `*`
    Mul,
    /// `/`
    Div,
    /// `%`
    Rem,
    /// `<<`
    Shl,
    /// `>>`
    Shr,
    /// `&`
    And,
    /// `&^`
    AndNot,
}

impl BinaryOp {
    /// The operator as written in Go.
    pub fn as_str(self) -> &'static str {
        use BinaryOp::*;
        match self {
            OrOr => "||",
            AndAnd => "&&",
            Eq => "==",
            Ne => "!=",
            Lt => "<",
            Le => "<=",
            Gt => ">",
            Ge => ">=",
            Add => "+",
            Sub => "-",
            Or => "|",
            Xor => "^",
            Mul => "*",
            Div => "/",
            Rem => "%",
            Shl => "<<",
            Shr => ">>",
            And => "&",
            AndNot => "&^",
        }
    }

    /// Go's precedence (5 binds tightest).
    pub fn precedence(self) -> u8 {
        use BinaryOp::*;
        match self {
            OrOr => 1,
            AndAnd => 2,
            Eq | Ne | Lt | Le | Gt | Ge => 3,
            Add | Sub | Or | Xor => 4,
            Mul | Div | Rem | Shl | Shr | And | AndNot => 5,
        }
    }
}

impl UnaryOp {
    /// The operator as written in Go.
    pub fn as_str(self) -> &'static str {
        match self {
            UnaryOp::Plus => "+",
            UnaryOp::Neg => "-",
            UnaryOp::Not => "!",
            UnaryOp::BitNot => "^",
            UnaryOp::Addr => "&",
            UnaryOp::Recv => "<-",
            UnaryOp::Tilde => "~",
        }
    }
}

/// Channel direction in a channel type.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChanDir {
    /// `chan T`
    Both,
    /// `chan<- T`
    Send,
    /// `<-chan T`
    Recv,
}

/// An element of an interface type.
#[derive(Clone, Debug, PartialEq)]
pub enum InterfaceElem {
    /// `Name(params) results`
    Method {
        /// The method name.
        name: Ident,
        /// Its signature.
        sig: FuncType,
    },
    /// An embedded interface, a type, or a union/`~T` term list (a type expression).
    Embed(Expr),
}

/// What an expression is.
#[derive(Clone, Debug, PartialEq)]
pub enum ExprKind {
    /// A placeholder after a syntax error.
    Bad,
    /// A name.
    Name(String),
    /// A literal; `raw` is the source text of the token.
    BasicLit {
        /// The token kind.
        kind: LitKind,
        /// The literal exactly as written.
        raw: String,
    },
    /// `T{a, b}` or `{a, b}` (elided type inside another composite literal).
    CompositeLit {
        /// The literal's type, absent when elided.
        ty: Option<Box<Expr>>,
        /// The elements; keyed ones are [`ExprKind::KeyValue`].
        elts: Vec<Expr>,
        /// The `{`.
        lbrace: Span,
        /// The `}`.
        rbrace: Span,
    },
    /// `key: value` inside a composite literal.
    KeyValue {
        /// The key.
        key: Box<Expr>,
        /// The value.
        value: Box<Expr>,
    },
    /// `func(...) ... { body }`
    FuncLit {
        /// The signature.
        sig: FuncType,
        /// The body.
        body: Block,
    },
    /// `(x)`
    Paren(Box<Expr>),
    /// `x.sel`
    Selector {
        /// The operand.
        x: Box<Expr>,
        /// The selected name.
        sel: Ident,
    },
    /// `x[i]`, or an instantiation `f[int, string]`.
    Index {
        /// The operand.
        x: Box<Expr>,
        /// The index, or the type arguments.
        indices: Vec<Expr>,
        /// The `[`.
        lbrack: Span,
    },
    /// `x[lo:hi]` or `x[lo:hi:max]`.
    Slice {
        /// The operand.
        x: Box<Expr>,
        /// Low bound.
        lo: Option<Box<Expr>>,
        /// High bound.
        hi: Option<Box<Expr>>,
        /// Capacity bound (3-index form).
        max: Option<Box<Expr>>,
        /// Whether the 3-index form was used.
        full: bool,
        /// The `[`.
        lbrack: Span,
    },
    /// `x.(T)`, or `x.(type)` when `ty` is `None` (only valid in a type switch guard).
    TypeAssert {
        /// The operand.
        x: Box<Expr>,
        /// The asserted type.
        ty: Option<Box<Expr>>,
    },
    /// `f(args)` / `f(args...)`.
    Call {
        /// The callee (or a type, for a conversion).
        func: Box<Expr>,
        /// The arguments.
        args: Vec<Expr>,
        /// Position of `...` after the last argument, if present.
        dots: Option<Span>,
        /// The `(`.
        lparen: Span,
        /// The `)`.
        rparen: Span,
    },
    /// `*x`: a dereference or a pointer type.
    Star(Box<Expr>),
    /// `op x`.
    Unary {
        /// The operator.
        op: UnaryOp,
        /// The operand.
        x: Box<Expr>,
    },
    /// `x op y`.
    Binary {
        /// The operator.
        op: BinaryOp,
        /// Left operand.
        x: Box<Expr>,
        /// Right operand.
        y: Box<Expr>,
        /// The operator token.
        op_span: Span,
    },
    /// `[N]T`, `[...]T` (len is [`ExprKind::DotsLen`]) or `[]T` (len `None`).
    ArrayType {
        /// The length; `None` for a slice type.
        len: Option<Box<Expr>>,
        /// The element type.
        elem: Box<Expr>,
    },
    /// The `...` length of `[...]T`.
    DotsLen,
    /// `...T`, the type of a variadic parameter.
    DotsType(Box<Expr>),
    /// `map[K]V`
    MapType {
        /// Key type.
        key: Box<Expr>,
        /// Value type.
        value: Box<Expr>,
    },
    /// `chan T`, `chan<- T`, `<-chan T`
    ChanType {
        /// Direction.
        dir: ChanDir,
        /// Element type.
        elem: Box<Expr>,
    },
    /// `func(params) results`
    FuncType(FuncType),
    /// `struct { fields }`
    StructType {
        /// Field groups, in order (embedded fields have no names).
        fields: Vec<Field>,
    },
    /// `interface { elems }`
    InterfaceType {
        /// Methods and embedded elements, in order.
        elems: Vec<InterfaceElem>,
    },
}

/// A statement.
#[derive(Clone, Debug, PartialEq)]
pub struct Stmt {
    /// Node id.
    pub id: NodeId,
    /// The whole statement.
    pub span: Span,
    /// What it is.
    pub kind: StmtKind,
}

/// `break`, `continue`, `goto`, `fallthrough`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BranchKind {
    /// `break`
    Break,
    /// `continue`
    Continue,
    /// `goto`
    Goto,
    /// `fallthrough`
    Fallthrough,
}

/// What a statement is.
// The AST's shape is a contract with the checker: variants stay unboxed.
#[allow(clippy::large_enum_variant)]
#[derive(Clone, Debug, PartialEq)]
pub enum StmtKind {
    /// A placeholder after a syntax error.
    Bad,
    /// `;` alone.
    Empty,
    /// An expression used as a statement.
    Expr(Expr),
    /// `ch <- v`
    Send {
        /// The channel.
        ch: Expr,
        /// The value.
        value: Expr,
    },
    /// `x++` / `x--`
    IncDec {
        /// The operand.
        x: Expr,
        /// `true` for `++`.
        inc: bool,
    },
    /// `a, b = x, y`, `a, b := x, y`, or `a op= x`.
    Assign {
        /// Left-hand sides.
        lhs: Vec<Expr>,
        /// The operator of an `op=` assignment.
        op: Option<BinaryOp>,
        /// Whether this is `:=`.
        define: bool,
        /// Right-hand sides.
        rhs: Vec<Expr>,
        /// The `=`, `:=` or `op=` token.
        op_span: Span,
    },
    /// `go f(x)`
    Go(Expr),
    /// `defer f(x)`
    Defer(Expr),
    /// `return a, b`
    Return(Vec<Expr>),
    /// `break L`, `continue`, `goto L`, `fallthrough`.
    Branch {
        /// Which branch.
        kind: BranchKind,
        /// The label, if any.
        label: Option<Ident>,
    },
    /// A nested block.
    Block(Block),
    /// `if init; cond { then } else els`
    If {
        /// Init statement.
        init: Option<Box<Stmt>>,
        /// Condition.
        cond: Expr,
        /// Then branch.
        then: Block,
        /// Else branch: an `If` statement or a `Block` statement.
        els: Option<Box<Stmt>>,
    },
    /// `switch init; tag { clauses }`
    Switch {
        /// Init statement.
        init: Option<Box<Stmt>>,
        /// The tag expression (absent: `switch { ... }` switches on `true`).
        tag: Option<Expr>,
        /// The case clauses.
        clauses: Vec<CaseClause>,
        /// The closing `}` (gc reports some errors there).
        rbrace: Span,
    },
    /// `switch init; bind := x.(type) { clauses }`
    TypeSwitch {
        /// Init statement.
        init: Option<Box<Stmt>>,
        /// The bound variable, if any.
        bind: Option<Ident>,
        /// The operand `x` of `x.(type)`.
        x: Expr,
        /// The case clauses (each case lists types; `nil` allowed).
        clauses: Vec<CaseClause>,
        /// The closing `}`.
        rbrace: Span,
    },
    /// `select { ... }` — parsed only so loopc can say it is unsupported.
    Select {
        /// The communication clauses.
        clauses: Vec<CommClause>,
    },
    /// `for init; cond; post { body }` (any part optional; `for {}` and `for cond {}` too).
    For {
        /// Init statement.
        init: Option<Box<Stmt>>,
        /// Condition.
        cond: Option<Expr>,
        /// Post statement.
        post: Option<Box<Stmt>>,
        /// The body.
        body: Block,
    },
    /// `for k, v := range x { body }` / `for k, v = range x` / `for range x`.
    Range {
        /// The key operand (a new variable with `define`).
        key: Option<Expr>,
        /// The value operand.
        value: Option<Expr>,
        /// Whether `:=` was used.
        define: bool,
        /// The ranged-over expression.
        x: Expr,
        /// The body.
        body: Block,
        /// The `range` keyword (gc reports range loops there).
        range_span: Span,
    },
    /// `L: stmt`
    Labeled {
        /// The label.
        label: Ident,
        /// The labeled statement (an `Empty` statement for a label at the end of a block).
        stmt: Box<Stmt>,
    },
    /// A local `var`, `const` or `type` declaration.
    Decl(GenDecl),
}

/// `case a, b: body` or `default: body` of an expression or type switch.
#[derive(Clone, Debug, PartialEq)]
pub struct CaseClause {
    /// Node id.
    pub id: NodeId,
    /// The case expressions (types for a type switch); empty for `default`.
    pub exprs: Vec<Expr>,
    /// Whether this is `default`.
    pub is_default: bool,
    /// The clause's statements.
    pub body: Vec<Stmt>,
    /// The `case`/`default` keyword.
    pub span: Span,
    /// The `:`.
    pub colon: Span,
}

/// A clause of a `select` statement.
#[derive(Clone, Debug, PartialEq)]
pub struct CommClause {
    /// Node id.
    pub id: NodeId,
    /// The send or receive statement; `None` for `default`.
    pub comm: Option<Box<Stmt>>,
    /// The clause's statements.
    pub body: Vec<Stmt>,
    /// The `case`/`default` keyword.
    pub span: Span,
}
