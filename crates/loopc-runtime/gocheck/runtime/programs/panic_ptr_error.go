package main

type PE struct{ msg string }

func (e *PE) Error() string { return "pe: " + e.msg }

func main() {
	panic(&PE{"m"})
}
