package main

import "fmt"

type Ω struct{ λ int }

func (o Ω) Größe() int { return o.λ * 2 }

func main() {
	π := 3.14159
	日本 := "日本語"
	ñ := Ω{λ: 21}
	fmt.Println(π, 日本, len(日本), ñ.Größe())
	for i, r := range "héllo" {
		fmt.Print(i, ":", string(r), " ")
	}
	fmt.Println()
	fmt.Println('世', "\u4e16", "\xe4\xb8\x96" == "世")
}
