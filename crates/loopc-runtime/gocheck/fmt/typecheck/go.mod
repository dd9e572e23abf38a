module typecheck

go 1.24
