package main

func classify(x int) string {
	switch {
	case x > 0:
		return "pos"
	case x < 0:
		return "neg"
	}
}

func main() {
	println(classify(0))
}
