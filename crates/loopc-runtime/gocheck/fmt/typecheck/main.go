// Command typecheck type-checks loopc's runtime package (crates/loopc-runtime/go/runtime)
// with go/types, which, unlike the gc toolchain, accepts the body-less declarations of
// libc functions and intrinsics. Usage: go run . DIR
package main

import (
	"fmt"
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
	"strings"
)

func main() {
	dir := os.Args[1]
	fset := token.NewFileSet()
	names, _ := filepath.Glob(filepath.Join(dir, "*.go"))
	var files []*ast.File
	for _, n := range names {
		f, err := parser.ParseFile(fset, n, nil, parser.ParseComments)
		if err != nil {
			fmt.Println(err)
			os.Exit(1)
		}
		files = append(files, f)
	}
	nerr := 0
	conf := types.Config{Importer: importer.Default(), Error: func(err error) {
		if strings.Contains(err.Error(), "missing function body") {
			return
		}
		nerr++
		fmt.Println(err)
	}}
	conf.Check("runtime", fset, files, nil)
	fmt.Printf("typecheck %s: %d files, %d errors\n", dir, len(files), nerr)
	if nerr > 0 {
		os.Exit(1)
	}
}
