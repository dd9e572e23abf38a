package main

func safe() (err any) {
	defer func() {
		err = recover()
	}()
	panic("boom")
}

func main() {
	println(safe() != nil)
}
