package main

type E struct{ code int }

func (e E) Error() string { return "custom E" }

func main() {
	panic(E{7})
}
