package main

import "fmt"

func main() {
	fmt.Println(42, 0x2A, 0X2a, 0o52, 0O52, 052, 0b101010, 0B101010, 1_000_000, 0x_2A, 0b_1010_1010)
	fmt.Println(1.5, 1., .5, 1e3, 1E-3, 6.02e+23, 0x1p-2, 0x1.8p1, 0X.8P0, 1_0.2_5, 089.5)
	fmt.Println(2i, 1.5i, 0x10i, 0o7i, 089i, 1e2i)
	fmt.Println('a', '\n', '\'', '\\', '\x41', '\101', '\u00e9', '\U0001F600', 'é', '\a', '\b', '\f', '\r', '\t', '\v')
	fmt.Printf("%q\n", "tab\tquote\"backslash\\ nul\x00 oct\101 uni\u00e9 big\U0001F600")
	fmt.Printf("%q\n", `raw \n string
with a newline and "quotes"`)
	fmt.Println(len(""), len(``), "é" == "\u00e9")
}
