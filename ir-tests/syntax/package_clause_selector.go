package main.x

func main() {}
