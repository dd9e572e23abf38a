//! Tokens and operators, as gc's `syntax/tokens.go` defines them.
//!
//! The parser works on a small set of token classes (`Tok`) refined by an operator (`Op`) and
//! a precedence for the operator classes, exactly as gc does: every binary operator is one
//! `Tok::Operator` (or `Tok::Star` for `*`, which doubles as the pointer/dereference token),
//! and compound assignments are `Tok::AssignOp` carrying the operator. Keeping gc's classes
//! keeps the parser's decisions — and therefore its error messages — identical to gc's.

use crate::ast::{BinaryOp, UnaryOp};

/// A token class.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum Tok {
    Eof,
    Name,
    Literal,
    /// A unary or binary operator other than `*`; see the scanner's `op`.
    Operator,
    /// `op=`
    AssignOp,
    /// `++` or `--`
    IncOp,
    Assign,
    Define,
    Arrow,
    Star,
    Lparen,
    Lbrack,
    Lbrace,
    Rparen,
    Rbrack,
    Rbrace,
    Comma,
    Semi,
    Colon,
    Dot,
    DotDotDot,
    Break,
    Case,
    Chan,
    Const,
    Continue,
    Default,
    Defer,
    Else,
    Fallthrough,
    For,
    Func,
    Go,
    Goto,
    If,
    Import,
    Interface,
    Map,
    Package,
    Range,
    Return,
    Select,
    Struct,
    Switch,
    Type,
    Var,
}

impl Tok {
    /// The token as gc's `token.String()` spells it.
    pub(crate) fn as_str(self) -> &'static str {
        use Tok::*;
        match self {
            Eof => "EOF",
            Name => "name",
            Literal => "literal",
            Operator => "op",
            AssignOp => "op=",
            IncOp => "opop",
            Assign => "=",
            Define => ":=",
            Arrow => "<-",
            Star => "*",
            Lparen => "(",
            Lbrack => "[",
            Lbrace => "{",
            Rparen => ")",
            Rbrack => "]",
            Rbrace => "}",
            Comma => ",",
            Semi => ";",
            Colon => ":",
            Dot => ".",
            DotDotDot => "...",
            Break => "break",
            Case => "case",
            Chan => "chan",
            Const => "const",
            Continue => "continue",
            Default => "default",
            Defer => "defer",
            Else => "else",
            Fallthrough => "fallthrough",
            For => "for",
            Func => "func",
            Go => "go",
            Goto => "goto",
            If => "if",
            Import => "import",
            Interface => "interface",
            Map => "map",
            Package => "package",
            Range => "range",
            Return => "return",
            Select => "select",
            Struct => "struct",
            Switch => "switch",
            Type => "type",
            Var => "var",
        }
    }

    /// Whether the token is a keyword.
    pub(crate) fn is_keyword(self) -> bool {
        (self as u8) >= (Tok::Break as u8)
    }

    /// The English word gc uses for the token in "expected ..." messages (`tokstring`).
    pub(crate) fn describe(self) -> String {
        match self {
            Tok::Comma => "comma".to_string(),
            Tok::Semi => "semicolon or newline".to_string(),
            t if t.is_keyword() => format!("keyword {}", t.as_str()),
            t => t.as_str().to_string(),
        }
    }

    /// The keyword spelled `s`, if any.
    pub(crate) fn keyword(s: &str) -> Option<Tok> {
        use Tok::*;
        Some(match s {
            "break" => Break,
            "case" => Case,
            "chan" => Chan,
            "const" => Const,
            "continue" => Continue,
            "default" => Default,
            "defer" => Defer,
            "else" => Else,
            "fallthrough" => Fallthrough,
            "for" => For,
            "func" => Func,
            "go" => Go,
            "goto" => Goto,
            "if" => If,
            "import" => Import,
            "interface" => Interface,
            "map" => Map,
            "package" => Package,
            "range" => Range,
            "return" => Return,
            "select" => Select,
            "struct" => Struct,
            "switch" => Switch,
            "type" => Type,
            "var" => Var,
            _ => return None,
        })
    }
}

/// An operator, as gc's `syntax.Operator`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum Op {
    /// No operator (tokens that carry none).
    None,
    Not,
    Tilde,
    OrOr,
    AndAnd,
    Eql,
    Neq,
    Lss,
    Leq,
    Gtr,
    Geq,
    Add,
    Sub,
    Or,
    Xor,
    Mul,
    Div,
    Rem,
    And,
    AndNot,
    Shl,
    Shr,
}

/// Precedence of `||`.
pub(crate) const PREC_OROR: u8 = 1;
/// Precedence of `&&`.
pub(crate) const PREC_ANDAND: u8 = 2;
/// Precedence of comparisons.
pub(crate) const PREC_CMP: u8 = 3;
/// Precedence of `+ - | ^`.
pub(crate) const PREC_ADD: u8 = 4;
/// Precedence of `* / % << >> & &^`.
pub(crate) const PREC_MUL: u8 = 5;

impl Op {
    /// The operator as written.
    pub(crate) fn as_str(self) -> &'static str {
        use Op::*;
        match self {
            None => "",
            Not => "!",
            Tilde => "~",
            OrOr => "||",
            AndAnd => "&&",
            Eql => "==",
            Neq => "!=",
            Lss => "<",
            Leq => "<=",
            Gtr => ">",
            Geq => ">=",
            Add => "+",
            Sub => "-",
            Or => "|",
            Xor => "^",
            Mul => "*",
            Div => "/",
            Rem => "%",
            And => "&",
            AndNot => "&^",
            Shl => "<<",
            Shr => ">>",
        }
    }

    /// The AST binary operator, for operators that can be binary.
    pub(crate) fn binary(self) -> Option<BinaryOp> {
        use Op::*;
        Some(match self {
            OrOr => BinaryOp::OrOr,
            AndAnd => BinaryOp::AndAnd,
            Eql => BinaryOp::Eq,
            Neq => BinaryOp::Ne,
            Lss => BinaryOp::Lt,
            Leq => BinaryOp::Le,
            Gtr => BinaryOp::Gt,
            Geq => BinaryOp::Ge,
            Add => BinaryOp::Add,
            Sub => BinaryOp::Sub,
            Or => BinaryOp::Or,
            Xor => BinaryOp::Xor,
            Mul => BinaryOp::Mul,
            Div => BinaryOp::Div,
            Rem => BinaryOp::Rem,
            And => BinaryOp::And,
            AndNot => BinaryOp::AndNot,
            Shl => BinaryOp::Shl,
            Shr => BinaryOp::Shr,
            None | Not | Tilde => return Option::None,
        })
    }

    /// The AST unary operator for prefix operators other than `*` (which is
    /// [`crate::ast::ExprKind::Star`]).
    pub(crate) fn unary(self) -> Option<UnaryOp> {
        use Op::*;
        Some(match self {
            Add => UnaryOp::Plus,
            Sub => UnaryOp::Neg,
            Not => UnaryOp::Not,
            Xor => UnaryOp::BitNot,
            And => UnaryOp::Addr,
            Tilde => UnaryOp::Tilde,
            _ => return Option::None,
        })
    }
}
