package main

func main() {
	var v any
	var p struct{ x any }
	switch p.x := v.(type) {
	}
}
