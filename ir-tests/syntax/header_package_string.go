package "main"

func main() {}
