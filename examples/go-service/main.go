// A small Go HTTP service for recording real pprof profiles (scripts/record-go-profiles.ts): GET /users and
// GET /orders answer JSON; with HOT_MS set, /orders also burns that many milliseconds of CPU in
// checksumOrders. net/http/pprof serves /debug/pprof/profile, perf-gate's Go recipe (docs/profiling.md).
package main

import (
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	_ "net/http/pprof"
	"os"
	"strconv"
	"sync/atomic"
	"time"
)

var served atomic.Int64
var sink uint32

func checksumOrders(ms int) {
	until := time.Now().Add(time.Duration(ms) * time.Millisecond)
	x := uint32(1)
	for time.Now().Before(until) {
		for i := 0; i < 1000; i++ {
			x = x*1103515245 + 12345
		}
	}
	sink ^= x
}

func answer(w http.ResponseWriter, items int) {
	list := make([]map[string]any, items)
	for i := range list {
		list[i] = map[string]any{"id": i, "name": fmt.Sprintf("item%d", i)}
	}
	w.Header().Set("content-type", "application/json")
	_ = json.NewEncoder(w).Encode(list)
}

func main() {
	hotMs, _ := strconv.Atoi(os.Getenv("HOT_MS"))
	http.HandleFunc("/users", func(w http.ResponseWriter, r *http.Request) {
		served.Add(1)
		answer(w, 20)
	})
	http.HandleFunc("/orders", func(w http.ResponseWriter, r *http.Request) {
		served.Add(1)
		if hotMs > 0 {
			checksumOrders(hotMs)
		}
		if r.Method == http.MethodPost {
			w.WriteHeader(http.StatusCreated)
		}
		answer(w, 20)
	})
	http.HandleFunc("/served", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, served.Load())
	})
	listener, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	fmt.Printf("url http://%s\n", listener.Addr())
	panic(http.Serve(listener, nil))
}
