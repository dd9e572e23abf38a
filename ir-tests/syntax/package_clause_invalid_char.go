package main @

func main() {}
