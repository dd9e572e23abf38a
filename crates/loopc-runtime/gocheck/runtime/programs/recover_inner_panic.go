package main

func h() {
	defer func() {
		println("h recovers", recover().(string))
	}()
	panic("inner")
}

func main() {
	defer func() {
		h()
		println("after h")
	}()
	panic("outer")
}
