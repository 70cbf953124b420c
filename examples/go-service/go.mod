module perfgate.example/goservice

go 1.19
