package main /* open

func main() {}
